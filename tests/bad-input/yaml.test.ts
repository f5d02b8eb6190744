/** YAML and frontmatter as clerks break them: each gives advice naming the file and line, never a stack trace. */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import { describeBroken } from '../support/broken-content.ts';
import { copySampleContent, problemsOf } from '../support/content-fixture.ts';
import { ITEM, MEETING, NEW, item, newMeeting, replace } from '../support/sample-edits.ts';

const ADDED = `${NEW}/02-item.md`;
const NOT_NEEDED = 'a YAML feature Minuted files do not need.';

describeBroken('YAML that the library refuses or would expand', [
  [
    'an alias bomb ("billion laughs")',
    (c) =>
      c.edit(MEETING, (t) => {
        const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
        for (const name of 'bcdefghi') {
          const previous = String.fromCharCode(name.charCodeAt(0) - 1);
          levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
        }
        return `${t}${levels.join('\n')}\n`;
      }),
    {
      file: MEETING,
      message: `This uses "&a", an anchor (a value marked to copy elsewhere), ${NOT_NEEDED}`,
      advice: 'remove "&a"',
      line: 'a: &a',
    },
  ],
  [
    'a title starting with "*", read as an alias',
    (c) => replace(c, ITEM, /^title: .*$/m, 'title: *Urgent'),
    {
      file: ITEM,
      message: `This uses "*Urgent", an alias (a copy of a value marked with "&"), ${NOT_NEEDED}`,
      advice: 'put it in double quotes',
      line: 'title:',
    },
  ],
  [
    'a title "&Co", read as an anchor',
    (c) => replace(c, ITEM, /^title: .*$/m, 'title: &Co'),
    {
      file: ITEM,
      message: `This uses "&Co", an anchor (a value marked to copy elsewhere), ${NOT_NEEDED}`,
      line: 'title:',
    },
  ],
  [
    'a !!binary value',
    (c) => c.edit(MEETING, (t) => `${t}venue: !!binary aGVsbG8=\n`),
    { file: MEETING, message: `This uses the tag "!!binary", ${NOT_NEEDED}`, advice: 'remove the tag', line: 'venue:' },
  ],
  [
    'an unknown tag',
    (c) => c.edit(MEETING, (t) => `${t}venue: !town Hall\n`),
    { file: MEETING, message: `This uses the tag "!town", ${NOT_NEEDED}`, line: 'venue:' },
  ],
  [
    'a << merge key',
    (c) => c.edit(MEETING, (t) => `${t}defaults: &defaults\n  venue: Hall\n<<: *defaults\n`),
    {
      file: MEETING,
      message: `This uses "&defaults", an anchor (a value marked to copy elsewhere), ${NOT_NEEDED}`,
      line: 'defaults:',
    },
  ],
  [
    '5,000 "[" nested in frontmatter',
    (c) => newMeeting(c, { '02-item.md': item(`topics: ${'['.repeat(5000)}${']'.repeat(5000)}\n`) }),
    {
      file: ADDED,
      message: 'This is not valid YAML: lists or "[" and "{" are nested inside each other too deeply to read.',
      advice: 'remove the extra',
    },
  ],
  [
    'frontmatter of 300,000 characters',
    (c) => newMeeting(c, { '02-item.md': item(`description: ${'word '.repeat(60_000)}\n`) }),
    {
      file: ADDED,
      message: 'The details here are 300,043 characters long; Minuted reads up to 200,000.',
      advice: 'put long text in the minutes',
      line: 2,
    },
  ],
  [
    'two YAML documents in meeting.yaml',
    (c) => c.edit(MEETING, (t) => `${t}---\nvenue: Council Chamber\n`),
    {
      file: MEETING,
      message: 'This is not valid YAML: line 9 is "---", which starts a second set of details Minuted would not read.',
      advice: 'delete the "---" line',
      line: 9,
    },
  ],
  [
    'a Windows path in double quotes',
    (c) => c.edit(MEETING, (t) => `${t}venue: "C:\\Users\\clerk"\n`),
    {
      file: MEETING,
      message: 'This is not valid YAML: inside double quotes a "\\" starts a code such as "\\n", and "\\U" is not one.',
      advice: 'single quotes',
      line: 'venue:',
    },
  ],
  [
    'a title with ": " in it',
    (c) => replace(c, ITEM, /^title: .*$/m, 'title: Item 1: Update'),
    {
      file: ITEM,
      message: 'This is not valid YAML: the value has ": " in it, which YAML reads as a second field on the line.',
      advice: 'title: "Item 1: Update"',
      line: 'title:',
    },
  ],
  [
    'a line that is not "field: value"',
    (c) => replace(c, MEETING, 'status: approved\n', 'status: approved\nCllr Smith\n'),
    {
      file: MEETING,
      message: 'This is not valid YAML: line 8 is not "field: value", nor part of the field above it.',
      advice: 'add the ":"',
      line: 'Cllr Smith',
    },
  ],
  [
    'a value starting with "@"',
    (c) => c.edit(MEETING, (t) => `${t}venue: @Town Hall\n`),
    {
      file: MEETING,
      message: 'This is not valid YAML: a value cannot start with "@".',
      advice: 'double quotes',
      line: 'venue:',
    },
  ],
  [
    'a quoted word followed by more text',
    (c) => replace(c, ITEM, /^title: .*$/m, 'title: "Neighbourhood" Working'),
    {
      file: ITEM,
      message: 'This is not valid YAML: something follows the value on this line that YAML cannot read.',
      advice: 'must be quoted whole',
      line: 'title:',
    },
  ],
]);

describeBroken('values a clerk writes as people do', [
  [
    'a date written 01/03/2019',
    (c) => replace(c, MEETING, 'date: 2019-03-01', 'date: 01/03/2019'),
    {
      file: MEETING,
      message: '"01/03/2019" is not accepted.',
      advice: 'write the date as YYYY-MM-DD: for 1 March 2019, write 2019-03-01.',
      field: 'date',
      line: 'date:',
    },
  ],
  [
    'a date written 1.3.2019',
    (c) => replace(c, MEETING, 'date: 2019-03-01', 'date: 1.3.2019'),
    { file: MEETING, message: '"1.3.2019" is not accepted.', advice: 'write 2019-03-01', field: 'date' },
  ],
  [
    'a date written "Friday 1st March 2019"',
    (c) => replace(c, MEETING, 'date: 2019-03-01', 'date: Friday 1st March 2019'),
    { file: MEETING, message: '"Friday 1st March 2019" is not accepted.', advice: 'write 2019-03-01', field: 'date' },
  ],
  [
    'a time written 14.00, which YAML reads as the number 14',
    (c) => c.edit(MEETING, (t) => `${t}time: 14.00\n`),
    {
      file: MEETING,
      message: '"14.00" is not accepted.',
      advice: 'write the time as 14:00 (24-hour HH:MM).',
      field: 'time',
      line: 'time:',
    },
  ],
  [
    'a time written 2.30pm',
    (c) => c.edit(MEETING, (t) => `${t}time: 2.30pm\n`),
    { file: MEETING, message: '"2.30pm" is not accepted.', advice: 'write the time as 14:30', field: 'time' },
  ],
  [
    'a negative population',
    (c) => c.edit('localities/rutland.yaml', (t) => `${t}population: -5\n`),
    {
      file: 'localities/rutland.yaml',
      message: '-5 is not accepted.',
      advice: 'give the population as a whole number of people, 0 or more',
      field: 'population',
    },
  ],
  [
    'a topic with a pasted non-breaking space',
    (c) => replace(c, ITEM, 'topics: [neighbourhood-working,', 'topics: ["neighbourhood-working\u00a0",'),
    {
      file: ITEM,
      message:
        'This has a non-breaking space (U+00A0) after "neighbourhood-working", which looks like an ordinary character on screen but is not allowed here.',
      advice: 'type the value again by hand',
      field: 'topics[0]',
      line: 'topics:',
    },
  ],
  [
    'a body with a zero-width space',
    (c) => replace(c, MEETING, 'body: lincolnshire-hwb', 'body: lincolnshire\u200b-hwb'),
    {
      file: MEETING,
      message:
        'This has a zero-width space (U+200B) after "lincolnshire", which looks like an ordinary character on screen but is not allowed here.',
      field: 'body',
    },
  ],
  [
    'a body with an en dash for a hyphen',
    (c) => replace(c, MEETING, 'body: lincolnshire-hwb', 'body: lincolnshire\u2013hwb'),
    {
      file: MEETING,
      message:
        'This has an en dash "–" (U+2013) after "lincolnshire", which looks like an ordinary character on screen but is not allowed here.',
      advice: 'type an ordinary hyphen "-"',
      field: 'body',
    },
  ],
  [
    'an empty title',
    (c) => replace(c, ITEM, /^title: .*$/m, 'title: "  "'),
    { file: ITEM, message: '"  " is not accepted.', advice: 'write something here', field: 'title' },
  ],
  [
    'a body covering no locality',
    (c) => replace(c, 'bodies/bromley-hwb.yaml', '[bromley]', '[]'),
    {
      file: 'bodies/bromley-hwb.yaml',
      message: '[] is not accepted.',
      advice: 'list at least one',
      field: 'localities',
    },
  ],
]);

describeBroken('frontmatter not where Minuted looks for it', [
  [
    'a blank line before the opening "---"',
    (c) => newMeeting(c, { '02-item.md': `\n${item('')}` }),
    {
      file: ADDED,
      message: 'The frontmatter must start on line 1, but line 1 is blank and its "---" is on line 2.',
      advice: 'delete the blank line above the first "---"',
      line: 1,
    },
  ],
  [
    'a byte-order mark, spaces and a blank line before it',
    (c) => newMeeting(c, { '02-item.md': `\uFEFF  \n\n${item('')}` }),
    {
      file: ADDED,
      message: 'The frontmatter must start on line 1, but lines 1 to 2 are blank and its "---" is on line 3.',
      line: 1,
    },
  ],
  [
    'a heading above the frontmatter',
    (c) => newMeeting(c, { '02-item.md': `# Item 2\n\n${item('')}` }),
    {
      file: ADDED,
      message: 'The frontmatter must start on line 1, but its "---" is on line 3, below other text.',
      line: 1,
    },
  ],
  [
    'TOML frontmatter between "+++" lines',
    (c) => newMeeting(c, { '02-item.md': '+++\nnumber = "2"\ntitle = "A new item"\n+++\n\nText.\n' }),
    {
      file: ADDED,
      message:
        'The frontmatter starts with "+++" (TOML, as Hugo writes it); Minuted reads frontmatter written in YAML.',
      advice: 'change both "+++" lines to "---"',
      line: 1,
    },
  ],
  [
    'frontmatter that never closes',
    (c) => newMeeting(c, { '02-item.md': '---\nnumber: "2"\ntitle: Open ended\n\nThe Board discussed it.\n' }),
    {
      file: ADDED,
      message: 'The frontmatter that starts on line 1 is never closed: no second "---" line follows it.',
      advice: 'add a line "---" after the last detail',
      line: 1,
    },
  ],
]);

describe('YAML read as the clerk wrote it', () => {
  const added = (frontmatter: string, body = 'The Board discussed the report.') => {
    const c = copySampleContent();
    try {
      newMeeting(c, { '02-item.md': `---\n${frontmatter}---\n\n${body}\n` });
      return loadCorpus(c.dir).items.find((i) => i.meeting === '2024-05-01-bromley-hwb')!;
    } finally {
      c.remove();
    }
  };

  it('keeps an item number 6.10 as written, never 6.1', () => {
    expect(added('number: 6.10\ntitle: Budget\n').number).toBe('6.10');
  });

  it('does not report 6.10 as a duplicate of 6.1', () => {
    const c = copySampleContent();
    try {
      newMeeting(c, {
        '01-a.md': '---\nnumber: 6.1\ntitle: A\n---\n\nText.\n',
        '02-b.md': '---\nnumber: 6.10\ntitle: B\n---\n\nText.\n',
      });
      const numbers = loadCorpus(c.dir).items.filter((i) => i.meeting === '2024-05-01-bromley-hwb');
      expect(numbers.map((i) => i.number)).toEqual(['6.1', '6.10']);
    } finally {
      c.remove();
    }
  });

  it('keeps numbers, true/false and exponents as written wherever text is wanted', () => {
    const read = added('number: 007\ntitle: true\nminuteRef: 1e3\ndescription: 0x1F\nreview: .inf\n');
    expect(read).toMatchObject({ number: '007', title: 'true', minuteRef: '1e3', description: '0x1F', review: '.inf' });
  });

  it('still reads numbers where numbers are wanted', () => {
    const read = added('number: "2"\ntitle: Vote\nvotes:\n  - for: 7\n    against: 0\n    outcome: carried\n');
    expect(read.votes[0]).toMatchObject({ for: 7, against: 0 });
  });

  it('reads "---" lines with trailing spaces, and frontmatter closed with "..."', () => {
    const c = copySampleContent();
    try {
      newMeeting(c, { '02-item.md': '---  \nnumber: "2"\ntitle: Dots\n...\n\nThe Board discussed it.\n' });
      const read = loadCorpus(c.dir).items.find((i) => i.meeting === '2024-05-01-bromley-hwb')!;
      expect(read.title).toBe('Dots');
      expect(read.minutes.text).toBe('The Board discussed it.');
    } finally {
      c.remove();
    }
  });

  it('a locality failing on one field gives one problem, not "no locality" wherever it is named', () => {
    const c = copySampleContent();
    try {
      c.edit('localities/rutland.yaml', (t) => `${t}population: -5\n`);
      expect(problemsOf(c.dir).map((p) => p.file)).toEqual(['content/localities/rutland.yaml']);
    } finally {
      c.remove();
    }
  });

  it('an indicator failing on one field gives one problem, not one for each row of its figures', () => {
    const c = copySampleContent();
    try {
      replace(c, 'indicators/smoking-prevalence-adults.yaml', 'decimals: 1', 'decimals: one');
      expect(problemsOf(c.dir)).toEqual([
        expect.objectContaining({ file: 'content/indicators/smoking-prevalence-adults.yaml', field: 'decimals' }),
      ]);
    } finally {
      c.remove();
    }
  });
});
