/** Meetings and their agenda items, each broken as councils' files break. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildDate } from '../../src/lib/config/hosting.ts';
import { describeBroken } from '../support/broken-content.ts';
import { LINCS, ITEM, MEETING, NEW, item, newMeeting, replace } from '../support/sample-edits.ts';

describeBroken('meetings (meeting.yaml and its folder)', [
  [
    'an impossible date, 2025-02-30',
    (c) => {
      mkdirSync(join(c.dir, 'meetings/2025-02-30-bromley-hwb'));
      c.write('meetings/2025-02-30-bromley-hwb/meeting.yaml', 'body: bromley-hwb\ndate: 2025-02-30\nstatus: draft\n');
    },
    {
      file: 'meetings/2025-02-30-bromley-hwb/meeting.yaml',
      message: '"2025-02-30" is not accepted.',
      advice: 'does not exist on the calendar',
      field: 'date',
      line: 'date:',
    },
  ],
  [
    'a thirteenth month',
    (c) => replace(c, MEETING, 'date: 2019-03-01', 'date: 2019-13-01'),
    {
      file: MEETING,
      message: '"2019-13-01" is not accepted.',
      advice: 'does not exist on the calendar',
      field: 'date',
    },
  ],
  [
    'a date written in words',
    (c) => replace(c, MEETING, 'date: 2019-03-01', 'date: 1 March 2019'),
    { file: MEETING, message: '"1 March 2019" is not accepted.', advice: 'YYYY-MM-DD', field: 'date' },
  ],
  [
    'an unknown minutes status',
    (c) => replace(c, MEETING, 'status: approved', 'status: final'),
    { file: MEETING, message: '"final" is not allowed here.', advice: '"draft", "approved"', field: 'status' },
  ],
  [
    'a time written "2pm"',
    (c) => c.edit(MEETING, (t) => `${t}time: 2pm\n`),
    { file: MEETING, message: '"2pm" is not accepted.', advice: 'HH:MM', field: 'time' },
  ],
  [
    'an unknown body',
    (c) => replace(c, MEETING, 'body: lincolnshire-hwb', 'body: lincolnshire-board'),
    { file: MEETING, message: 'There is no body with the id "lincolnshire-board".', field: 'body' },
  ],
  [
    'a meeting folder not named by date and body',
    (c) => mkdirSync(join(c.dir, 'meetings/Board 6 March')),
    {
      file: 'meetings/Board 6 March',
      message: 'The meeting folder "Board 6 March" is not named YYYY-MM-DD-<body id>.',
    },
  ],
  [
    'a meeting folder without meeting.yaml',
    (c) => {
      mkdirSync(join(c.dir, NEW));
      c.write(`${NEW}/02-item.md`, item(''));
    },
    { file: `${NEW}/meeting.yaml`, message: 'This file is missing.' },
  ],
  [
    'a meeting dated after today, with minutes',
    (c) => {
      mkdirSync(join(c.dir, 'meetings/2099-05-01-bromley-hwb'));
      c.write(
        'meetings/2099-05-01-bromley-hwb/meeting.yaml',
        'body: bromley-hwb\ndate: 2099-05-01\nstatus: approved\n',
      );
    },
    {
      file: 'meetings/2099-05-01-bromley-hwb/meeting.yaml',
      message: `The meeting is dated 2099-05-01, after the day of this build (${buildDate()}), yet it has minutes ("status: approved").`,
      advice: 'minutes can only be written once a meeting has been held',
      field: 'date',
      line: 2,
    },
  ],
  [
    'a date that differs from the folder',
    (c) => replace(c, MEETING, 'date: 2019-03-01', 'date: 2019-03-08'),
    {
      file: MEETING,
      message: 'The date 2019-03-08 does not match the folder name "2019-03-01-lincolnshire-hwb".',
      field: 'date',
    },
  ],
  [
    'a body that differs from the folder',
    (c) => replace(c, MEETING, 'body: lincolnshire-hwb', 'body: bromley-hwb'),
    {
      file: MEETING,
      message: 'The body "bromley-hwb" does not match the folder name "2019-03-01-lincolnshire-hwb".',
      field: 'body',
    },
  ],
  [
    "an unclosed list in an item's frontmatter",
    (c) =>
      replace(
        c,
        ITEM,
        'topics: [neighbourhood-working, social-prescribing, integrated-care]',
        'topics: [neighbourhood-working, social-prescribing',
      ),
    {
      file: ITEM,
      message:
        'This is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ].',
      advice: 'never closed',
      line: 'topics:',
    },
  ],
  [
    'a field given twice',
    (c) => c.edit(MEETING, (t) => `${t}status: draft\n`),
    { file: MEETING, message: 'This is not valid YAML: Map keys must be unique.', advice: 'appears twice' },
  ],
  [
    'indentation with a tab',
    (c) => c.edit(MEETING, (t) => `${t}attendees:\n\t- Cllr Smith\n`),
    { file: MEETING, message: 'This is not valid YAML: Tabs are not allowed as indentation.' },
  ],
]);

describeBroken('agenda items (the .md files)', [
  [
    'an empty title',
    (c) => replace(c, ITEM, /^title: .*$/m, 'title: ""'),
    { file: ITEM, message: '"" is not accepted.', field: 'title', line: 'title:' },
  ],
  [
    'a title left blank after its colon',
    (c) => replace(c, ITEM, /^title: .*$/m, 'title:'),
    { file: ITEM, message: 'The field is empty.', field: 'title', line: 'title:' },
  ],
  [
    'an item without frontmatter',
    (c) => newMeeting(c, { '02-item.md': 'RESOLVED that the report be noted.\n' }),
    {
      file: `${NEW}/02-item.md`,
      message:
        'The item has no frontmatter: it must start with a line "---", its details (number, title…), and another "---".',
      line: 1,
    },
  ],
  [
    'frontmatter that never closes',
    (c) => newMeeting(c, { '02-item.md': '---\nnumber: "2"\ntitle: Open ended\n\nThe Board discussed it.\n' }),
    {
      file: `${NEW}/02-item.md`,
      message: 'The frontmatter that starts on line 1 is never closed: no second "---" line follows it.',
    },
  ],
  [
    'a 0-byte item',
    (c) => newMeeting(c, { '02-item.md': '' }),
    { file: `${NEW}/02-item.md`, message: 'The file is empty.' },
  ],
  [
    'an unknown topic',
    (c) => replace(c, ITEM, 'topics: [neighbourhood-working', 'topics: [neighborhood-working'),
    {
      file: ITEM,
      message: 'There is no topic with the id "neighborhood-working".',
      advice: 'did you mean "neighbourhood-working"?',
      field: 'topics[0]',
    },
  ],
  [
    'two items with one number',
    (c) => c.write(`${LINCS}/02-copy.md`, item('').replace('number: "2"', 'number: "1"')),
    {
      file: `${LINCS}/02-copy.md`,
      message:
        'Item number "1" is also used by content/meetings/2019-03-01-lincolnshire-hwb/01-neighbourhood-working.md.',
      field: 'number',
    },
  ],
  [
    'an item with no number',
    (c) => replace(c, ITEM, 'number: "1"\n', ''),
    { file: ITEM, message: 'The field "number" is missing.', field: 'number' },
  ],
  [
    'an item with no minutes',
    (c) => newMeeting(c, { '02-item.md': item('', '') }),
    { file: `${NEW}/02-item.md`, message: 'The item has no minutes text below its frontmatter.' },
  ],
  [
    '5,000 nested blockquotes',
    (c) => newMeeting(c, { '02-item.md': item('', `Introduction.\n\n${'> '.repeat(5000)}deep`) }),
    {
      file: `${NEW}/02-item.md`,
      message:
        'The minutes are nested 5000 levels deep here (quotes or lists inside each other); Minuted reads up to 40.',
      line: 8,
    },
  ],
  [
    '3,000 nested lists',
    (c) => newMeeting(c, { '02-item.md': item('', `${'- '.repeat(3000)}deep`) }),
    {
      file: `${NEW}/02-item.md`,
      message:
        'The minutes are nested 3000 levels deep here (quotes or lists inside each other); Minuted reads up to 40.',
      line: 6,
    },
  ],
  [
    'an answer to an item that does not exist',
    (c) => newMeeting(c, { '02-item.md': item('follows: [2019-03-01-lincolnshire-hwb/01-neighborhood-working]\n') }),
    {
      file: `${NEW}/02-item.md`,
      message: 'There is no item "2019-03-01-lincolnshire-hwb/01-neighborhood-working".',
      advice: 'did you mean "2019-03-01-lincolnshire-hwb/01-neighbourhood-working"?',
      field: 'follows[0]',
    },
  ],
  [
    'an answer to a later meeting',
    (c) =>
      replace(
        c,
        ITEM,
        'source:',
        'follows: [2023-06-29-bromley-hwb/01-south-east-london-icb-joint-forward-plan-and-one-bromley-5-year-strategy-sign-off]\nsource:',
      ),
    {
      file: ITEM,
      message:
        '"2023-06-29-bromley-hwb/01-south-east-london-icb-joint-forward-plan-and-one-bromley-5-year-strategy-sign-off" is not from an earlier meeting, so this item cannot answer it.',
      field: 'follows[0]',
    },
  ],
  [
    'a hand-written decision with no outcome',
    (c) => replace(c, ITEM, 'source:', 'decisions:\n  - text: The Board thanked officers\nsource:'),
    {
      file: ITEM,
      message: 'No resolution in the minutes starts with "The Board thanked officers".',
      advice: 'give its outcome too',
      field: 'decisions[0].text',
    },
  ],
  [
    'a decision outcome that does not exist',
    (c) => replace(c, ITEM, 'source:', 'decisions:\n  - text: RESOLVED\n    outcome: accepted\nsource:'),
    {
      file: ITEM,
      message: '"accepted" is not allowed here.',
      advice: '"noted", "agreed"',
      field: 'decisions[0].outcome',
    },
  ],
  [
    'an item file name with spaces',
    (c) => newMeeting(c, { '02 Minutes.md': item('') }),
    { file: `${NEW}/02 Minutes.md`, message: 'The file name "02 Minutes.md" cannot be used in a web address.' },
  ],
  [
    'a stray Word document in a meeting folder',
    (c) => newMeeting(c, { 'minutes.docx': Buffer.from([0x50, 0x4b, 0x03, 0x04]) }),
    {
      file: `${NEW}/minutes.docx`,
      message: 'Minuted does not know what to do with this file, so it would be left out of the site.',
      advice: 'npm run import turns it into agenda items',
    },
  ],
  [
    'a javascript: source link',
    (c) => replace(c, ITEM, /^source: .*$/m, 'source: "javascript:alert(1)"'),
    { file: ITEM, message: '"javascript:alert(1)" is not accepted.', advice: 'https://', field: 'source' },
  ],
]);
