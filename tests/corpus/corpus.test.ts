import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ContentProblem } from '../../src/lib/content/content-error.ts';
import { corpusSize, loadCorpus } from '../../src/lib/corpus/corpus.ts';
import { copySampleContent, problemsOf, type ContentFixture } from '../support/content-fixture.ts';

const LINCS = 'meetings/2019-03-01-lincolnshire-hwb';
const LINCS_ITEM = `${LINCS}/01-neighbourhood-working.md`;

let fixture: ContentFixture;
afterEach(() => fixture?.remove());

/** Breaks a copy of the sample content and returns the problems loading it reports. */
function problemsAfter(breakIt: (content: ContentFixture) => void): ContentProblem[] {
  fixture = copySampleContent();
  breakIt(fixture);
  const problems = problemsOf(fixture.dir);
  if (problems.length === 0) throw new Error('the broken content loaded without a problem');
  return problems;
}

describe('loadCorpus on the sample content', () => {
  it('reads all six meetings and their items: one decision an item, none in the scheduled meeting agenda', () => {
    const corpus = loadCorpus('content');
    expect(corpus.meetings).toHaveLength(6);
    expect(corpus.items).toHaveLength(8);
    const agenda = corpus.items.filter((item) => item.meeting === '2027-01-28-bromley-hwb');
    expect(agenda.map((item) => item.title)).toEqual([
      'Minutes of the previous meeting',
      'Better Care Fund performance update',
      'Work programme',
    ]);
    expect(agenda.every((item) => item.decisionList.length === 0)).toBe(true);
    expect(corpus.items.every((item) => agenda.includes(item) || item.decisionList.length === 1)).toBe(true);
    expect(corpus.site.licence.name).toBe('Open Government Licence v3.0');
  });

  it('says its size in words, as the check and the build end by saying it', () => {
    expect(corpusSize(loadCorpus('content'))).toEqual({
      meetings: '6 meetings',
      items: '8 agenda items',
      decisions: '5 decisions',
      bodies: '5 boards and committees',
      localities: '20 localities',
      topics: '12 topics',
    });
  });
});

describe('bad content stops with a problem naming the file, the line or field, and the fix', () => {
  it('an unknown body, with a suggestion', () => {
    const [problem] = problemsAfter((c) =>
      c.edit(`${LINCS}/meeting.yaml`, (t) => t.replace('body: lincolnshire-hwb', 'body: lincs-hwb')),
    );
    expect(problem).toMatchObject({
      file: `content/${LINCS}/meeting.yaml`,
      field: 'body',
      line: fixture.lineOf(`${LINCS}/meeting.yaml`, 'body:'),
    });
    expect(problem.message).toBe('There is no body with the id "lincs-hwb".');
    expect(problem.advice).toContain('content/bodies/');
  });

  it('an unknown locality in an item, with "did you mean"', () => {
    const problems = problemsAfter((c) => c.edit(LINCS_ITEM, (t) => t.replace('stamford,', 'stamferd,')));
    expect(problems).toEqual([
      expect.objectContaining({
        file: `content/${LINCS_ITEM}`,
        field: 'localities[2]',
        message: 'There is no locality with the id "stamferd".',
        advice: expect.stringContaining('did you mean "stamford"?'),
      }),
    ]);
    expect(problems[0].line).toBe(fixture.lineOf(LINCS_ITEM, 'localities:'));
  });

  it('a date that does not exist', () => {
    const problems = problemsAfter((c) =>
      c.edit(`${LINCS}/meeting.yaml`, (t) => t.replace('date: 2019-03-01', 'date: 2019-02-30')),
    );
    expect(problems[0]).toMatchObject({
      field: 'date',
      line: fixture.lineOf(`${LINCS}/meeting.yaml`, 'date:'),
      message: '"2019-02-30" is not accepted.',
      advice: 'this date does not exist on the calendar.',
    });
  });

  it('a date that does not match its folder', () => {
    const problems = problemsAfter((c) =>
      c.edit(`${LINCS}/meeting.yaml`, (t) => t.replace('date: 2019-03-01', 'date: 2019-03-02')),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        field: 'date',
        message: 'The date 2019-03-02 does not match the folder name "2019-03-01-lincolnshire-hwb".',
      }),
    ]);
  });

  it('malformed YAML, with its line', () => {
    const problems = problemsAfter((c) => c.edit('site.yaml', (t) => t.replace('sample: true', 'sample: [true')));
    expect(problems[0]).toMatchObject({ file: 'content/site.yaml', line: expect.any(Number) });
    expect(problems[0].message).toMatch(/^This is not valid YAML/);
  });

  it('an unknown field, with the field it was probably meant to be', () => {
    const problems = problemsAfter((c) =>
      c.edit(`${LINCS}/meeting.yaml`, (t) => t.replace('status: approved', 'staus: approved')),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          field: 'staus',
          message: 'Minuted does not know the field "staus".',
          advice: 'did you mean "status"?',
        }),
        expect.objectContaining({ field: 'status', message: 'The field "status" is missing.' }),
      ]),
    );
  });

  it('a value outside the list', () => {
    const [problem] = problemsAfter((c) =>
      c.edit(`${LINCS}/meeting.yaml`, (t) => t.replace('status: approved', 'status: final')),
    );
    expect(problem).toMatchObject({
      field: 'status',
      message: '"final" is not allowed here.',
      advice: 'use one of: "scheduled", "cancelled", "draft", "approved".',
    });
  });

  it('an empty title', () => {
    const [problem] = problemsAfter((c) => c.edit(LINCS_ITEM, (t) => t.replace(/^title: .*$/m, 'title: ""')));
    expect(problem).toMatchObject({
      file: `content/${LINCS_ITEM}`,
      field: 'title',
      line: fixture.lineOf(LINCS_ITEM, 'title:'),
    });
  });

  it('two items with the same number', () => {
    const problems = problemsAfter((c) =>
      c.write(`${LINCS}/02-copy.md`, '---\nnumber: "1"\ntitle: Copy\n---\n\nText.\n'),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file: `content/${LINCS}/02-copy.md`,
        field: 'number',
        message: `Item number "1" is also used by content/${LINCS_ITEM}.`,
      }),
    ]);
  });

  it('localities whose parents go round in a circle', () => {
    const problems = problemsAfter((c) => c.edit('localities/england.yaml', (t) => `${t}parent: bromley\n`));
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(problem).toMatchObject({ file: 'content/localities/bromley.yaml', field: 'parent' });
    expect(problem.message).toBe(
      "The localities' parents go round in a circle: bromley > south-east-london > london > england > bromley.",
    );
  });

  it('an item with no frontmatter, an empty file, a binary file and a stray file', () => {
    const problems = problemsAfter((c) => {
      c.write(`${LINCS}/02-no-frontmatter.md`, 'RESOLVED that the report be noted.\n');
      c.write(`${LINCS}/03-empty.md`, '');
      c.write(`${LINCS}/04-binary.md`, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0xff]));
      c.write(`${LINCS}/notes.txt`, 'to do');
    });
    expect(problems.map((p) => [p.file.split('/').at(-1), p.message.split(/[,:.]/)[0]])).toEqual([
      ['02-no-frontmatter.md', 'The item has no frontmatter'],
      ['03-empty.md', 'The file is empty'],
      ['04-binary.md', 'The file is not text'],
      ['notes.txt', 'Minuted does not know what to do with this file'],
    ]);
  });

  it('a meeting folder that is not named by date and body, and a file name unusable in a web address', () => {
    const problems = problemsAfter((c) => {
      mkdirSync(join(c.dir, 'meetings/March 2019 board'));
      c.write(`${LINCS}/05 Minutes.md`, '---\nnumber: "5"\ntitle: x\n---\n\nText.\n');
    });
    expect(problems.map((p) => p.message).sort()).toEqual([
      'The file name "05 Minutes.md" cannot be used in a web address.',
      'The meeting folder "March 2019 board" is not named YYYY-MM-DD-<body id>.',
    ]);
  });

  it('a frontmatter decision with no outcome that matches no resolution', () => {
    const [problem] = problemsAfter((c) =>
      c.edit(LINCS_ITEM, (t) => t.replace('source:', 'decisions:\n  - text: The Board thanked the officers\nsource:')),
    );
    expect(problem).toMatchObject({ field: 'decisions[0].text', line: fixture.lineOf(LINCS_ITEM, '  - text:') });
    expect(problem.advice).toContain('give its outcome too');
  });

  it('reads a file with a byte-order mark and Windows line endings', () => {
    fixture = copySampleContent();
    fixture.edit(LINCS_ITEM, (t) => `\uFEFF${t.replace(/\n/g, '\r\n')}`);
    const item = loadCorpus(fixture.dir).items.find((i) => i.slug === '01-neighbourhood-working')!;
    expect(item.title).toBe('Neighbourhood Working');
    expect(item.decisionList).toHaveLength(1);
  });
});
