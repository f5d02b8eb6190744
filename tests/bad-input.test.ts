/**
 * The broken-input suite: each case breaks a copy of the sample content in one way a
 * council's files really break. Each must give a clear problem naming the file and the
 * line or field (or load correctly, where the input is odd but valid): never a crash,
 * never a hang, and never a half-written dist/.
 */
import { mkdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ContentProblem } from '../src/lib/content/content-error.ts';
import { loadCorpus } from '../src/lib/corpus/corpus.ts';
import { type Corpus } from '../src/lib/corpus/model.ts';
import { buildSite } from './support/build-site.ts';
import { copySampleContent, problemsOf, type ContentFixture } from './support/content-fixture.ts';

const LINCS = 'meetings/2019-03-01-lincolnshire-hwb';
const ITEM = `${LINCS}/01-neighbourhood-working.md`;
const MEETING = `${LINCS}/meeting.yaml`;
const NEW = 'meetings/2024-05-01-bromley-hwb';
const SMOKING = 'kpis/smoking-prevalence-adults.csv';
const item = (frontmatter: string, body = 'The Board discussed the report.') =>
  `---\nnumber: "2"\ntitle: A new item\n${frontmatter}---\n\n${body}\n`;
const newMeeting = (c: ContentFixture, files: Record<string, string | Buffer>) => {
  mkdirSync(join(c.dir, NEW), { recursive: true });
  c.write(`${NEW}/meeting.yaml`, 'body: bromley-hwb\ndate: 2024-05-01\nstatus: draft\n');
  for (const [name, text] of Object.entries(files)) c.write(`${NEW}/${name}`, text);
};
const replace = (c: ContentFixture, file: string, from: string | RegExp, to: string) =>
  c.edit(file, (t) => {
    const changed = t.replace(from, to);
    if (changed === t) throw new Error(`the test's change to ${file} matched nothing`);
    return changed;
  });

interface Expected {
  /** The file the problem names, under content/. */
  file: string;
  /** Words the problem's message (or advice) must contain. */
  says: string;
  /** The line it must point at: a number, or the line of the broken file starting with this text. */
  line?: number | string;
  field?: string;
}

const BROKEN: [string, (c: ContentFixture) => void, Expected][] = [
  // The site's settings
  ['site.yaml missing', (c) => rmSync(join(c.dir, 'site.yaml')), { file: 'site.yaml', says: 'This file is missing' }],
  ['site.yaml a 0-byte file', (c) => c.write('site.yaml', ''), { file: 'site.yaml', says: 'The file is empty' }],
  [
    'site.yaml malformed YAML',
    (c) => replace(c, 'site.yaml', 'sample: true', 'sample: {true'),
    { file: 'site.yaml', says: 'not valid YAML', line: 'sample:' },
  ],
  [
    'site.yaml an empty title',
    (c) => replace(c, 'site.yaml', /^title: .*$/m, 'title: ""'),
    { file: 'site.yaml', says: 'is not accepted', field: 'title', line: 'title:' },
  ],
  [
    'site.yaml a contact email that is not one',
    (c) => replace(c, 'site.yaml', 'accessibility@example.org', 'accessibility at example'),
    { file: 'site.yaml', says: 'email address', field: 'contact.email' },
  ],
  [
    'site.yaml a javascript: contact link',
    (c) => replace(c, 'site.yaml', 'https://example.org/contact', 'javascript:alert(1)'),
    { file: 'site.yaml', says: 'https://', field: 'contact.url' },
  ],
  [
    'site.yaml a header colour white text cannot be read on',
    (c) => replace(c, 'site.yaml', 'primary: "#1d70b8"', 'primary: "#ffdd00"'),
    { file: 'site.yaml', says: 'contrast', field: 'theme.primary' },
  ],
  [
    'site.yaml a misspelt field',
    (c) => replace(c, 'site.yaml', 'title:', 'titel:'),
    { file: 'site.yaml', says: 'did you mean "title"?', field: 'titel' },
  ],
  // Bodies
  [
    'a body covering an unknown locality',
    (c) => replace(c, 'bodies/bromley-hwb.yaml', '[bromley]', '[bromly]'),
    { file: 'bodies/bromley-hwb.yaml', says: 'did you mean "bromley"?', field: 'localities[0]' },
  ],
  [
    'a body of an unknown kind',
    (c) => replace(c, 'bodies/bromley-hwb.yaml', 'kind: health and wellbeing board', 'kind: cabinet'),
    { file: 'bodies/bromley-hwb.yaml', says: '"health and wellbeing board"', field: 'kind' },
  ],
  [
    'a duplicate id differing only in case',
    (c) => c.write('bodies/Bromley-HWB.yaml', readFileSync(join(c.dir, 'bodies/bromley-hwb.yaml'))),
    { file: 'bodies/Bromley-HWB.yaml', says: 'cannot be used as an id' },
  ],
  [
    'a body covering no locality',
    (c) => replace(c, 'bodies/bromley-hwb.yaml', '[bromley]', '[]'),
    { file: 'bodies/bromley-hwb.yaml', says: 'is not accepted', field: 'localities' },
  ],
  [
    'a .yml file',
    (c) => c.write('bodies/extra.yml', 'name: Extra\n'),
    { file: 'bodies/extra.yml', says: 'only reads .yaml' },
  ],
  // Localities and topics
  [
    'a locality with an unknown parent',
    (c) => replace(c, 'localities/stamford.yaml', 'parent: lincolnshire', 'parent: lincs'),
    { file: 'localities/stamford.yaml', says: 'There is no locality with the id "lincs"', field: 'parent' },
  ],
  [
    'localities in a circle',
    (c) => c.edit('localities/england.yaml', (t) => `${t}parent: london\n`),
    { file: 'localities/england.yaml', says: 'go round in a circle', field: 'parent' },
  ],
  [
    'a malformed ONS code',
    (c) => replace(c, 'localities/bromley.yaml', 'E09000006', 'E0900006'),
    { file: 'localities/bromley.yaml', says: 'a letter and eight digits', field: 'ons' },
  ],
  [
    'a population written as text',
    (c) => c.edit('localities/rutland.yaml', (t) => `${t}population: about 41,000\n`),
    { file: 'localities/rutland.yaml', says: 'is not a number', field: 'population' },
  ],
  [
    'a topic with no name',
    (c) => c.write('topics/governance.yaml', 'description: Oversight\n'),
    { file: 'topics/governance.yaml', says: 'The field "name" is missing', field: 'name' },
  ],
  // Meetings
  [
    'an impossible date, 2025-02-30',
    (c) => {
      mkdirSync(join(c.dir, 'meetings/2025-02-30-bromley-hwb'));
      c.write('meetings/2025-02-30-bromley-hwb/meeting.yaml', 'body: bromley-hwb\ndate: 2025-02-30\nstatus: draft\n');
    },
    {
      file: 'meetings/2025-02-30-bromley-hwb/meeting.yaml',
      says: 'does not exist on the calendar',
      field: 'date',
      line: 'date:',
    },
  ],
  [
    'a thirteenth month',
    (c) => replace(c, MEETING, 'date: 2019-03-01', 'date: 2019-13-01'),
    { file: MEETING, says: 'does not exist on the calendar', field: 'date' },
  ],
  [
    'a date written in words',
    (c) => replace(c, MEETING, 'date: 2019-03-01', 'date: 1 March 2019'),
    { file: MEETING, says: 'YYYY-MM-DD', field: 'date' },
  ],
  [
    'an unknown minutes status',
    (c) => replace(c, MEETING, 'status: approved', 'status: final'),
    { file: MEETING, says: '"draft", "approved"', field: 'status' },
  ],
  [
    'a time written "2pm"',
    (c) => c.edit(MEETING, (t) => `${t}time: 2pm\n`),
    { file: MEETING, says: 'HH:MM', field: 'time' },
  ],
  [
    'an unknown body',
    (c) => replace(c, MEETING, 'body: lincolnshire-hwb', 'body: lincolnshire-board'),
    { file: MEETING, says: 'There is no body with the id "lincolnshire-board"', field: 'body' },
  ],
  [
    'a meeting folder not named by date and body',
    (c) => mkdirSync(join(c.dir, 'meetings/Board 6 March')),
    { file: 'meetings/Board 6 March', says: 'is not named YYYY-MM-DD-<body id>' },
  ],
  [
    'a meeting folder without meeting.yaml',
    (c) => {
      mkdirSync(join(c.dir, NEW));
      c.write(`${NEW}/02-item.md`, item(''));
    },
    { file: `${NEW}/meeting.yaml`, says: 'This file is missing' },
  ],
  [
    'a date that differs from the folder',
    (c) => replace(c, MEETING, 'date: 2019-03-01', 'date: 2019-03-08'),
    { file: MEETING, says: 'does not match the folder name', field: 'date' },
  ],
  [
    'a body that differs from the folder',
    (c) => replace(c, MEETING, 'body: lincolnshire-hwb', 'body: bromley-hwb'),
    { file: MEETING, says: 'does not match the folder name', field: 'body' },
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
    { file: ITEM, says: 'never closed', line: 'topics:' },
  ],
  [
    'a field given twice',
    (c) => c.edit(MEETING, (t) => `${t}status: draft\n`),
    { file: MEETING, says: 'appears twice' },
  ],
  [
    'indentation with a tab',
    (c) => c.edit(MEETING, (t) => `${t}attendees:\n\t- Cllr Smith\n`),
    { file: MEETING, says: 'not valid YAML' },
  ],
  // Agenda items
  [
    'an empty title',
    (c) => replace(c, ITEM, /^title: .*$/m, 'title: ""'),
    { file: ITEM, says: 'is not accepted', field: 'title', line: 'title:' },
  ],
  [
    'a title left blank after its colon',
    (c) => replace(c, ITEM, /^title: .*$/m, 'title:'),
    { file: ITEM, says: 'The field is empty.', field: 'title', line: 'title:' },
  ],
  [
    'an item without frontmatter',
    (c) => newMeeting(c, { '02-item.md': 'RESOLVED that the report be noted.\n' }),
    { file: `${NEW}/02-item.md`, says: 'has no frontmatter', line: 1 },
  ],
  [
    'frontmatter that never closes',
    (c) => newMeeting(c, { '02-item.md': '---\nnumber: "2"\ntitle: Open ended\n\nThe Board discussed it.\n' }),
    { file: `${NEW}/02-item.md`, says: 'has no frontmatter' },
  ],
  [
    'a 0-byte item',
    (c) => newMeeting(c, { '02-item.md': '' }),
    { file: `${NEW}/02-item.md`, says: 'The file is empty' },
  ],
  [
    'an item saved as Latin-1',
    (c) =>
      newMeeting(c, {
        '02-item.md': Buffer.from(item('', 'Caf\xe9 and cr\xe8che provision were discussed.'), 'latin1'),
      }),
    { file: `${NEW}/02-item.md`, says: 'not saved as UTF-8' },
  ],
  [
    'an unknown topic',
    (c) => replace(c, ITEM, 'topics: [neighbourhood-working', 'topics: [neighborhood-working'),
    { file: ITEM, says: 'did you mean "neighbourhood-working"?', field: 'topics[0]' },
  ],
  [
    'two items with one number',
    (c) => c.write(`${LINCS}/02-copy.md`, item('').replace('number: "2"', 'number: "1"')),
    { file: `${LINCS}/02-copy.md`, says: 'is also used by', field: 'number' },
  ],
  [
    'an item with no number',
    (c) => replace(c, ITEM, 'number: "1"\n', ''),
    { file: ITEM, says: 'The field "number" is missing', field: 'number' },
  ],
  [
    'an item with no minutes',
    (c) => newMeeting(c, { '02-item.md': item('', '') }),
    { file: `${NEW}/02-item.md`, says: 'no minutes text' },
  ],
  [
    '5,000 nested blockquotes',
    (c) => newMeeting(c, { '02-item.md': item('', `Introduction.\n\n${'> '.repeat(5000)}deep`) }),
    { file: `${NEW}/02-item.md`, says: 'nested 5000 levels deep', line: 8 },
  ],
  [
    '3,000 nested lists',
    (c) => newMeeting(c, { '02-item.md': item('', `${'- '.repeat(3000)}deep`) }),
    { file: `${NEW}/02-item.md`, says: 'nested 3000 levels deep', line: 6 },
  ],
  [
    'an answer to an item that does not exist',
    (c) => newMeeting(c, { '02-item.md': item('follows: [2019-03-01-lincolnshire-hwb/01-neighborhood-working]\n') }),
    {
      file: `${NEW}/02-item.md`,
      says: 'did you mean "2019-03-01-lincolnshire-hwb/01-neighbourhood-working"?',
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
    { file: ITEM, says: 'not from an earlier meeting', field: 'follows[0]' },
  ],
  [
    'a hand-written decision with no outcome',
    (c) => replace(c, ITEM, 'source:', 'decisions:\n  - text: The Board thanked officers\nsource:'),
    { file: ITEM, says: 'give its outcome too', field: 'decisions[0].text' },
  ],
  [
    'a decision outcome that does not exist',
    (c) => replace(c, ITEM, 'source:', 'decisions:\n  - text: RESOLVED\n    outcome: accepted\nsource:'),
    { file: ITEM, says: '"noted", "agreed"', field: 'decisions[0].outcome' },
  ],
  [
    'an item file name with spaces',
    (c) => newMeeting(c, { '02 Minutes.md': item('') }),
    { file: `${NEW}/02 Minutes.md`, says: 'cannot be used in a web address' },
  ],
  [
    'a stray Word document in a meeting folder',
    (c) => newMeeting(c, { 'minutes.docx': Buffer.from([0x50, 0x4b, 0x03, 0x04]) }),
    { file: `${NEW}/minutes.docx`, says: 'does not know what to do with this file' },
  ],
  [
    'a javascript: source link',
    (c) => replace(c, ITEM, /^source: .*$/m, 'source: "javascript:alert(1)"'),
    { file: ITEM, says: 'https://', field: 'source' },
  ],
  // Performance figures
  [
    'a ragged CSV row',
    (c) => c.edit(SMOKING, (t) => `${t}smoking-prevalence-adults,bromley,2025\n`),
    { file: SMOKING, says: 'value', line: 'smoking-prevalence-adults,bromley,2025' },
  ],
  [
    'a figure written "n/a"',
    (c) => c.edit(SMOKING, (t) => `${t}smoking-prevalence-adults,bromley,2025,n/a\n`),
    { file: SMOKING, says: 'n/a', line: 'smoking-prevalence-adults,bromley,2025,n/a' },
  ],
  [
    'an unknown indicator in a CSV',
    (c) => c.edit(SMOKING, (t) => `${t}smoking-prevalance-adults,bromley,2025,6.1\n`),
    { file: SMOKING, says: 'smoking-prevalence-adults', line: 'smoking-prevalance-adults' },
  ],
  [
    'an unknown locality in a CSV',
    (c) => c.edit(SMOKING, (t) => `${t}smoking-prevalence-adults,bromly,2025,6.1\n`),
    { file: SMOKING, says: 'bromley', line: 'smoking-prevalence-adults,bromly' },
  ],
  [
    'the same figure twice',
    (c) => c.edit(SMOKING, (t) => `${t}smoking-prevalence-adults,bromley,2024,6.7\n`),
    { file: SMOKING, says: 'repeats the figure', line: 'smoking-prevalence-adults,bromley,2024,6.7' },
  ],
  [
    'a period Minuted cannot read',
    (c) => c.edit(SMOKING, (t) => `${t}smoking-prevalence-adults,bromley,Q3 2025,6.1\n`),
    { file: SMOKING, says: 'Q3 2025', line: 'smoking-prevalence-adults,bromley,Q3 2025' },
  ],
  [
    'an indicator with no source',
    (c) =>
      c.edit('indicators/smoking-prevalence-adults.yaml', (t) =>
        t.replace(/^source:[\s\S]*?^frequency:/m, 'frequency:'),
      ),
    { file: 'indicators/smoking-prevalence-adults.yaml', says: 'The field "source" is missing', field: 'source' },
  ],
  [
    'a chart of an unknown indicator in the minutes',
    (c) =>
      newMeeting(c, {
        '02-item.mdx': item('', 'Figures were presented.\n\n<KpiChart indicator="smoking-rate" locality="bromley" />'),
      }),
    { file: `${NEW}/02-item.mdx`, says: 'There is no indicator with the id "smoking-rate"', line: 8 },
  ],
  [
    'an import in an .mdx item',
    (c) => newMeeting(c, { '02-item.mdx': item('', 'import Evil from "../evil.js";\n\nText.') }),
    { file: `${NEW}/02-item.mdx`, says: 'runs no code', line: 6 },
  ],
];

const ODD_BUT_VALID: [string, (c: ContentFixture) => void, (corpus: Corpus) => void][] = [
  [
    'a byte-order mark and Windows line endings',
    (c) => c.edit(ITEM, (t) => `\uFEFF${t.replace(/\n/g, '\r\n')}`),
    (corpus) => {
      const lincs = corpus.items.find((i) => i.slug === '01-neighbourhood-working')!;
      expect(lincs.title).toBe('Neighbourhood Working');
      expect(lincs.decisionList).toHaveLength(1);
    },
  ],
  [
    'raw HTML and a script in the minutes',
    (c) =>
      newMeeting(c, {
        '02-item.md': item('', 'Before <script>alert(1)</script> after.\n\nRESOLVED that the report be noted.'),
      }),
    (corpus) => {
      const added = corpus.items.find((i) => i.meeting === '2024-05-01-bromley-hwb')!;
      expect(added.html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
      expect(added.decisionList.map((d) => d.outcome)).toEqual(['noted']);
    },
  ],
  [
    'a figure with a thousands separator, quoted as Excel saves it',
    (c) => c.edit(SMOKING, (t) => `${t}smoking-prevalence-adults,bromley,2025,"1,234"\n`),
    (corpus) => {
      const bromley = corpus.kpis.series.find(
        (s) => s.indicator === 'smoking-prevalence-adults' && s.locality === 'bromley',
      )!;
      expect(bromley.points.at(-1)).toMatchObject({ value: 1234, period: { label: '2025' } });
    },
  ],
  [
    'a chart embedded in an .mdx item',
    (c) =>
      newMeeting(c, {
        '02-item.mdx': item(
          '',
          'Figures were presented.\n\n<KpiChart indicator="smoking-prevalence-adults" locality="bromley" />\n\nRESOLVED that the figures be noted.',
        ),
      }),
    (corpus) => {
      const added = corpus.items.find((i) => i.meeting === '2024-05-01-bromley-hwb')!;
      expect(added.slug).toBe('02-item');
      expect(added.html).toContain(
        '<minuted-kpi-chart data-indicator="smoking-prevalence-adults" data-locality="bromley"></minuted-kpi-chart>',
      );
      expect(added.decisionList).toHaveLength(1);
    },
  ],
  [
    'control characters in the text',
    (c) => newMeeting(c, { '02-item.md': item('', 'A form feed \f and a NUL \u0000 in pasted text.') }),
    (corpus) => {
      expect(corpus.items.find((i) => i.meeting === '2024-05-01-bromley-hwb')!.text).toContain('pasted text');
    },
  ],
  [
    'quotes and lists nested 40 deep, the most Minuted reads',
    (c) => newMeeting(c, { '02-item.md': item('', `${'> '.repeat(40)}deep`) }),
    (corpus) => {
      expect(corpus.items.find((i) => i.meeting === '2024-05-01-bromley-hwb')!.html).toContain('deep');
    },
  ],
];

let fixture: ContentFixture | undefined;
afterEach(() => {
  fixture?.remove();
  fixture = undefined;
});

function problemsAfter(breakIt: (c: ContentFixture) => void): ContentProblem[] {
  fixture = copySampleContent();
  breakIt(fixture);
  return problemsOf(fixture.dir);
}

describe('broken content: a clear problem naming the file and the line or field', () => {
  it(`has at least 40 cases (${BROKEN.length})`, () => {
    expect(BROKEN.length).toBeGreaterThanOrEqual(40);
  });

  it.each(BROKEN)('%s', (_, breakIt, expected) => {
    const problems = problemsAfter(breakIt);
    const match = problems.find(
      (p) => p.file === `content/${expected.file}` && `${p.message} ${p.advice}`.includes(expected.says),
    );
    expect(
      match,
      `no problem in content/${expected.file} saying "${expected.says}"; got:\n${JSON.stringify(problems, null, 1)}`,
    ).toBeDefined();
    if (expected.line !== undefined)
      expect(match!.line).toBe(
        typeof expected.line === 'number' ? expected.line : fixture!.lineOf(expected.file, expected.line),
      );
    if (expected.field !== undefined) expect(match!.field).toBe(expected.field);
    // Every problem says where it is and how to fix it.
    for (const p of problems) {
      expect(p.message.length).toBeGreaterThan(10);
      expect(p.advice.length).toBeGreaterThan(10);
    }
  });
});

describe('odd but valid content loads correctly', () => {
  it.each(ODD_BUT_VALID)('%s', (_, change, check) => {
    fixture = copySampleContent();
    change(fixture);
    check(loadCorpus(fixture.dir));
  });

  it('a 10 MB item builds into its page, all of it', () => {
    fixture = copySampleContent();
    const paragraph = 'The Board was advised that Stamford was a very good example of neighbourhood working. ';
    const body = Array.from({ length: 23_000 }, (_, i) =>
      `${i}. ${paragraph.repeat(5)}`.replace(/^(\d+)\./, '$1\\.'),
    ).join('\n\n');
    expect(body.length).toBeGreaterThan(10_000_000);
    newMeeting(fixture, { '02-item.md': item('', `${body}\n\nThe last paragraph of a very long item.`) });
    const added = loadCorpus(fixture.dir).items.find((i) => i.meeting === '2024-05-01-bromley-hwb')!;
    expect(added.text).toContain('22999. The Board was advised');
    expect(added.html.endsWith('<p>The last paragraph of a very long item.</p>')).toBe(true);
  }, 60_000);
});

describe('a failed build never writes a half site', () => {
  it.each([BROKEN[2], BROKEN[33], BROKEN[39]])(
    '%s: exits 1, names the file, keeps the previous dist/',
    (_, breakIt, expected) => {
      fixture = copySampleContent();
      breakIt(fixture);
      const dist = join(fixture.dir, '..', 'dist');
      mkdirSync(dist);
      writeFileSync(join(dist, 'index.html'), 'the site as it was');
      const result = buildSite({ dist, contentDir: fixture.dir });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`content/${expected.file}`);
      expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('the site as it was');
    },
  );

  it('a cache folder that is a file: exits 1, names MINUTED_CACHE_DIR, keeps the previous dist/', () => {
    fixture = copySampleContent();
    const dist = join(fixture.dir, '..', 'dist');
    mkdirSync(dist);
    writeFileSync(join(dist, 'index.html'), 'the site as it was');
    const cacheDir = join(fixture.dir, '..', 'cache-is-a-file');
    writeFileSync(cacheDir, 'not a folder');
    const result = buildSite({ dist, contentDir: fixture.dir, cacheDir });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`The build cannot keep its cache in ${cacheDir}`);
    expect(result.stderr).toContain('Set MINUTED_CACHE_DIR to such a folder');
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('the site as it was');
  });

  it('a build that runs out of memory: exits 1, says how to give it more, keeps the previous dist/', () => {
    fixture = copySampleContent();
    const dist = join(fixture.dir, '..', 'dist');
    mkdirSync(dist);
    writeFileSync(join(dist, 'index.html'), 'the site as it was');
    // 48 MB is far less than the sample needs: a very large archive meets the same end with Node's default.
    const result = buildSite({ dist, contentDir: fixture.dir, nodeOptions: '--max-old-space-size=48' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('JavaScript heap out of memory');
    expect(result.stderr).toMatch(
      /✗ The build ran out of memory: Node let it use about \d+\.\d GB, and this archive needs more\. How to fix: .*NODE_OPTIONS=--max-old-space-size=8192 npm run build/,
    );
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('the site as it was');
  }, 60_000);
});
