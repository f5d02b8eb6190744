import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectPageKind } from '../../src/lib/import/page/page-kind.ts';
import { cleanLines } from '../../src/lib/import/text/clean-lines.ts';
import { minutesToMarkdown } from '../../src/lib/import/write/minutes-markdown.ts';
import { escapeMarkdown } from '../../src/lib/import/write/markdown-escape.ts';
import { renderMinutes } from '../../src/lib/minutes/render.ts';
import { readFileSync } from 'node:fs';
import { SEEDS, readSeeds } from '../support/seeds.ts';
import { FIXTURES, importFile, importText } from './support.ts';

const kindOf = (path: string) => detectPageKind(cleanLines(readFileSync(path, 'utf8')).lines.map((l) => l.text));

describe('page kind, told by content', () => {
  it.each([
    [join(SEEDS, '002_030ff32f95fb53bc.txt'), 'agenda item'],
    [join(FIXTURES, 'item-llr-jhsc.txt'), 'agenda item'],
    [join(FIXTURES, 'decision-havering-hosc.txt'), 'decision'],
    [join(FIXTURES, 'meeting-lincolnshire-hwb.txt'), 'meeting'],
  ])('%s is a page of kind "%s"', (path, kind) => expect(kindOf(path)).toBe(kind));

  it('reads saved HTML as the page it is', async () =>
    expect((await importFile('agenda-item-bromley-hwb.html')).kind).toBe('agenda item'));
});

describe('the seeds', () => {
  it('gives each seed the one resolution the site recognises, with no frontmatter fallback', async () => {
    for (const seed of readSeeds()) {
      const [item] = (await importFile(join(SEEDS, seed.file), { body: 'bromley-hwb', date: '2020-01-01' })).items;
      expect(item.decisions, seed.file).toBe(1);
      expect(item.fallbackDecisions, seed.file).toEqual([]);
    }
  });

  it('finds the follow-ups of the Lincolnshire and Leicester seeds, with a due date six months on', async () => {
    const [lincs] = (
      await importFile(join(SEEDS, '002_030ff32f95fb53bc.txt'), { body: 'lincolnshire-hwb', date: '2019-03-01' })
    ).items;
    expect(lincs.actions).toMatchObject([{ who: 'Sarah-Jane Mills', due: '2019-09-01' }]);
    const [llr] = (await importFile(join(SEEDS, '004_014a5c5f59a2ccab.txt'), { body: 'llr-jhsc', date: '2019-01-21' }))
      .items;
    expect(llr.actions).toMatchObject([{ dueText: 'a future meeting' }]);
  });

  it('matches the east coast to Lincolnshire east coast only beside Lincolnshire', async () => {
    const [lincs] = (
      await importFile(join(SEEDS, '002_030ff32f95fb53bc.txt'), { body: 'lincolnshire-hwb', date: '2019-03-01' })
    ).items;
    expect(lincs.frontmatter.localities).toEqual([
      'lincolnshire',
      'gainsborough',
      'stamford',
      'spalding',
      'lincolnshire-east-coast',
      'mablethorpe',
    ]);
  });
});

const lincolnshire = await importFile('meeting-lincolnshire-hwb.txt', { body: 'lincolnshire-hwb' });
const bromley = await importFile('agenda-item-bromley-hwb.html');

describe('a whole meeting page', () => {
  const result = lincolnshire;
  const item = (number: string) => result.items.find((i) => i.number === number)!;

  it('takes the date, time and venue from the page, and every numbered or coded item', async () => {
    expect(result.meetings[0]).toMatchObject({
      body: 'lincolnshire-hwb',
      date: '2016-04-05',
      time: '14:00',
      venue: 'Committee Room 1, County Offices, Newland, Lincoln LN1 1YL',
    });
    expect(result.items.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5', 'HCP1', '6']);
  });

  it('splits the minute reference from the title', async () => {
    expect(item('4').frontmatter).toMatchObject({
      title: 'Pharmaceutical Needs Assessment',
      minuteRef: 'HWB.05.04.2016/6',
    });
  });

  it('flags apologies, declarations, previous minutes and the exclusion of the public as procedural', async () => {
    expect(result.items.filter((i) => i.frontmatter.procedural).map((i) => i.number)).toEqual(['1', '2', '3', '6']);
  });

  it('writes resolutions the site recognises: RESOLVED –, RECOMMENDED, 7.10 AGREED:, carried unanimously, NOTED', async () => {
    expect(renderMinutes(item('4').markdown).decisions.map((d) => d.outcome)).toEqual(['approved', 'recommended']);
    // "The amendment was LOST", then "The recommendation was then carried unanimously": the motion was agreed, whatever its noun.
    expect(renderMinutes(item('5').markdown).decisions.map((d) => d.outcome)).toEqual(['agreed', 'rejected', 'agreed']);
    expect(renderMinutes(item('HCP1').markdown).decisions.map((d) => d.outcome)).toEqual(['noted']);
  });

  it('records the vote with its outcome, and the report asked for in three months', async () => {
    expect(item('5').votes).toEqual([{ for: 26, against: 32, abstain: 0, outcome: 'not agreed' }]);
    expect(item('5').actions).toMatchObject([{ due: '2016-07-05' }]);
  });

  it('nests lists and keeps markers Markdown cannot number in the text', async () => {
    expect(item('4').markdown).toContain(
      '- the consultation would run for 60 days and include:\n\n  - (a) community pharmacy contractors;',
    );
    expect(item('4').markdown).toContain('    - (i) Rutland; and\n\n    - (ii) Leicestershire.');
  });

  it('keeps documents without a web address as text in the minutes', async () => {
    expect(item('4').markdown).toContain('Supporting documents:\n\n- Pharmaceutical Needs Assessment, item 4.');
  });
});

describe('a numbered resolution list with no keyword', () => {
  it('is a decision the site finds in the minutes, so nothing is written to the frontmatter', async () => {
    const [item] = (await importFile('item-llr-jhsc.txt', { body: 'llr-jhsc', date: '2019-01-21' })).items;
    expect(item.fallbackDecisions).toEqual([]);
    expect(renderMinutes(item.markdown).decisions.map((d) => [d.outcome, d.text.split('\n')[0]])).toEqual([
      ['noted', 'The Committee:'],
      ['agreed', 'Agreed that – the terms of reference of the task group be approved.'],
      ['recommended', 'Resolved to RECOMMEND to the Executive that the winter plan be adopted.'],
    ]);
  });
});

describe("forms the site's recogniser misses", () => {
  it('writes a resolution inside a list into the frontmatter, so the site shows it', async () => {
    const page = [
      'Agenda item',
      'Winter plan',
      'Minutes:',
      'The Board heard:',
      '·         that the plan was late;',
      '·         RESOLVED that a revised plan be approved.',
    ];
    const [item] = (await importText(page.join('\n'), { body: 'bromley-hwb', date: '2020-01-01' })).items;
    expect(item.fallbackDecisions).toEqual([
      { text: 'RESOLVED that a revised plan be approved.', outcome: 'approved' },
    ]);
    expect(item.decisions).toBe(1);
  });

  it("writes a decision page's decision, with the outcome its status gives", async () => {
    const result = await importFile('decision-havering-hosc.txt');
    expect(result.meetings[0]).toMatchObject({ body: 'havering-hosc', date: '2017-03-14' });
    expect(result.items[0].fallbackDecisions).toMatchObject([{ outcome: 'approved' }]);
    expect(result.items[0].frontmatter).toMatchObject({
      minuteRef: 'Decision: 110611',
      localities: ['havering', 'havering-north', 'havering-south'],
    });
  });
});

describe('the body that met', () => {
  const page =
    'Meeting: 21/10/2021 - Joint Health Overview and Scrutiny Committee (Item 6)\n\n6 Winter plan\n\nMinutes:\n\nThe Committee noted the plan.';

  it("takes a committee whose name ends a known body's for that body only when no --body is given", async () => {
    expect((await importText(page)).meetings[0].body).toBe('sel-jhosc');
    // "Joint Health Overview and Scrutiny Committee" could be any council's: the clerk's --body stands.
    expect((await importText(page, { body: 'bromley-hwb' })).meetings[0].body).toBe('bromley-hwb');
  });

  it('takes a body the page names in full over --body', async () => {
    const named = page.replace(
      'Joint Health Overview and Scrutiny Committee',
      'Havering Health Overview and Scrutiny Sub-Committee',
    );
    expect((await importText(named, { body: 'bromley-hwb' })).meetings[0].body).toBe('havering-hosc');
  });
});

describe('saved HTML', () => {
  const result = bromley;
  const [item] = result.items;

  it("tells which Health and Wellbeing Board by the page's address, and takes date and number from the meeting line", async () => {
    expect(result.meetings[0]).toMatchObject({ body: 'bromley-hwb', date: '2023-10-19' });
    expect(item).toMatchObject({ number: '7', meetingFolder: '2023-10-19-bromley-hwb' });
    expect(item.frontmatter.source).toBe('https://cds.bromley.gov.uk/mgAi.aspx?ID=90412');
  });

  it('links supporting documents to their absolute address', async () => {
    expect(item.frontmatter.supportingDocuments).toEqual([
      {
        title: 'Primary care access report, item 7.',
        url: 'https://cds.bromley.gov.uk/documents/s50000/Primary%20care%20access%20report.pdf',
      },
    ]);
  });

  it('reads a named recorded vote', async () => {
    expect(item.votes).toEqual([
      {
        for: 3,
        against: 1,
        abstain: 1,
        outcome: 'carried',
        named: { for: ['Bennett', 'Dunn', 'Fawthrop'], against: ['Jefferys'], abstain: ['Allen'] },
      },
    ]);
  });
});

describe('safe, faithful Markdown', () => {
  it('renders to exactly the text typed, whatever Markdown would make of it', async () => {
    const line = '# 1. *not* _emphasis_ [link](x) <b>bold</b> | a & b &amp; `code` ~~x~~';
    expect(renderMinutes(minutesToMarkdown([line])).textBlocks).toEqual([line]);
    expect(renderMinutes(minutesToMarkdown(['1. A sentence that starts with a number.'])).textBlocks).toEqual([
      '1. A sentence that starts with a number.',
    ]);
  });

  it('never indents a paragraph into a code block', async () => {
    const markdown = minutesToMarkdown([
      'RESOLVED',
      '\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0 That the Board note the report.',
    ]);
    expect(markdown).toBe('RESOLVED\n\nThat the Board note the report.\n');
  });

  it('escapes a line start that would make a list, heading or quote', async () => {
    expect(escapeMarkdown('2) not a list')).toBe('2\\) not a list');
    expect(escapeMarkdown('> not a quote')).toBe('\\> not a quote');
  });
});
