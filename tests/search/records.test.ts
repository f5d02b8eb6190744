import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import { expectedRecordCounts, itemText, searchRecords, withoutDecisions } from '../../src/lib/search/records.ts';
import { buildSiteIndex } from '../../src/lib/pages/site-index.ts';
import { searchParts } from '../../src/lib/search/parts.ts';
import { buildFigures } from '../../src/lib/kpi/figures.ts';

const corpus = loadCorpus('content');
const index = buildSiteIndex(corpus, '2026-11-22');
const figures = buildFigures(corpus.kpis.indicators, corpus.kpis.series, index.localities);
const records = searchRecords(index, itemText(corpus.items), figures);
const ofType = (type: string) => records.filter((r) => r.filters.type[0] === type);

describe('searchRecords', () => {
  it('indexes every item, meeting, measure, board and place once, each decision as a section of its item, and nothing else', () => {
    // The meeting still to come is found too, and the three items of its agenda.
    expect(ofType('item')).toHaveLength(8);
    expect(ofType('meeting')).toHaveLength(6);
    expect(ofType('indicator')).toHaveLength(figures.measures.length);
    expect(ofType('board')).toHaveLength(index.bodies.size);
    expect(ofType('place')).toHaveLength(index.localities.all().length);
    expect(records).toHaveLength(14 + figures.measures.length + index.bodies.size + index.localities.all().length);
    expect(records.flatMap((r) => r.sections).filter((s) => s.type === 'decision')).toHaveLength(5);
    expect(new Set(records.map((r) => r.url)).size).toBe(records.length);
    expect(expectedRecordCounts(index, figures)).toEqual({
      meeting: 6,
      item: 8,
      decision: 5,
      indicator: figures.measures.length,
      board: index.bodies.size,
      place: index.localities.all().length,
    });
  });

  it('splits into parts that hold every record once: each its meetings and their items, the figures, boards and places in the oldest', () => {
    // Two meetings of one item each a part, and the meeting still to come, of three items, one of its own.
    const parts = searchParts(index.meetings, 4);
    expect(parts).toHaveLength(4);
    const byPart = parts.map((part) => searchRecords(index, itemText(corpus.items), figures, part));
    expect(
      byPart
        .flat()
        .map((r) => r.url)
        .sort(),
    ).toEqual(records.map((r) => r.url).sort());
    const siteWide = ['indicator', 'board', 'place'];
    expect(byPart.map((list) => list.filter((r) => siteWide.includes(r.filters.type[0])).length)).toEqual([
      figures.measures.length + index.bodies.size + index.localities.all().length,
      0,
      0,
      0,
    ]);
    const oldest = index.meetings.find((m) => m.date === parts[0].first)!;
    expect(byPart[0].map((r) => r.url)).toContain(`/meetings/${oldest.id}/`);
    // What each part must hold adds up to what the site must.
    const counts = parts.map((part) => expectedRecordCounts(index, figures, part));
    for (const type of ['meeting', 'item', 'decision', 'indicator', 'board', 'place'] as const)
      expect(counts.reduce((n, c) => n + c[type], 0)).toBe(expectedRecordCounts(index, figures)[type]);
    expect(counts.map((c) => c.meeting)).toEqual(parts.map((p) => p.meetings.size));
  });

  it('finds a board by its short name and organisation, and a place by the names of the places in it', () => {
    const jhosc = ofType('board').find((r) => r.url === '/bodies/sel-jhosc/')!;
    expect(jhosc.name).toBe('Our Healthier South East London Joint Health Overview and Scrutiny Committee');
    expect(jhosc.content).toContain('South East London JHOSC');
    expect(jhosc.filters.locality).toEqual(expect.arrayContaining(['south-east-london', 'london', 'england']));
    const bromley = ofType('place').find((r) => r.url === '/localities/bromley/')!;
    expect(bromley.meta).toEqual({ title: 'Place: Bromley', body: 'Borough', localities: 'in South East London' });
    expect(bromley.content.split('\n')).toEqual(expect.arrayContaining(['Orpington', 'Penge', 'E09000006']));
  });

  it('finds a measure by the places it has figures for', () => {
    const smoking = ofType('indicator').find((r) => r.url === '/indicators/smoking-prevalence-adults/')!;
    expect(smoking.filters.locality).toEqual(expect.arrayContaining(['bromley', 'havering', 'england']));
    expect(smoking.meta.title).toBe('Figures: Smoking prevalence in adults (18+) - current smokers (APS)');
  });

  it('indexes the minutes text, not page chrome', () => {
    const lincs = ofType('item').find((r) => r.meta.title === 'Neighbourhood Working')!;
    expect(lincs.content).toContain('Social prescribing would look for opportunities to connect people with systems');
    expect(lincs.content).not.toContain('Skip to main content');
  });

  it('lets a decision be found on its own, as a section landing on its place in the item page', () => {
    const item = ofType('item').find((r) =>
      r.sections.some((s) => s.text.startsWith('RESOLVED that the statement be endorsed')),
    )!;
    expect(item.url).toBe(
      '/meetings/2023-06-29-bromley-hwb/01-south-east-london-icb-joint-forward-plan-and-one-bromley-5-year-strategy-sign-off/',
    );
    expect(item.sections).toEqual([
      { type: 'decision', id: 'decision-1', text: expect.stringMatching(/^RESOLVED that the statement be endorsed/) },
    ]);
    // Filtering by type or outcome finds the items whose decisions match.
    expect(item.filters.type).toEqual(['item', 'decision']);
    expect(item.filters.outcome).toEqual(['endorsed']);
    expect(JSON.parse(item.meta.decisions)).toEqual([
      {
        id: 'decision-1',
        heading: 'Decision (endorsed)',
        headline: 'RESOLVED that the statement be endorsed, and the plans approved.',
      },
    ]);
  });

  it("indexes each decision's words once, in its own section, and every other word of the minutes in the item", () => {
    for (const item of corpus.items) {
      const record = records.find((r) => r.sections.length > 0 && r.sections[0].text === item.decisionList[0]?.text);
      if (!record) continue;
      const indexed = [record.content, ...record.sections.map((s) => s.text)].join('\n');
      for (const line of item.minutes.text.split('\n')) expect(indexed).toContain(line);
      for (const decision of item.decisionList) expect(record.content).not.toContain(decision.text);
    }
    expect(records.filter((r) => r.sections.length > 0)).toHaveLength(5);
  });

  it('keeps a decision reworded in the frontmatter in the minutes as written', () => {
    expect(
      withoutDecisions('Discussed.\nRESOLVED that it be noted.', [{ text: 'RESOLVED that the report be noted.' }]),
    ).toBe('Discussed.\nRESOLVED that it be noted.');
  });

  it('files an item about Stamford under Lincolnshire, the East Midlands and England too', () => {
    const lincs = ofType('item').find((r) => r.meta.title === 'Neighbourhood Working')!;
    expect(lincs.filters.locality).toEqual(
      expect.arrayContaining(['stamford', 'lincolnshire', 'east-midlands', 'england']),
    );
    expect(lincs.filters.locality).not.toContain('london');
  });

  it('files every record under the places above its own, measures too, so a place finds what its places have', () => {
    for (const record of records)
      for (const id of record.filters.locality ?? [])
        for (const above of index.localities.ancestors(id)) expect(record.filters.locality).toContain(above.id);
    const bromleyFigures = ofType('indicator').filter((r) => r.filters.locality.includes('bromley'));
    expect(bromleyFigures.length).toBeGreaterThan(0);
    for (const record of bromleyFigures)
      expect(record.filters.locality).toEqual(expect.arrayContaining(['south-east-london', 'london', 'england']));
  });

  it('gives every record of the minutes a year, a body, a date to sort by and the metadata results show', () => {
    for (const record of records.filter((r) => ['meeting', 'item'].includes(r.filters.type[0]))) {
      expect(record.filters.year[0]).toMatch(/^\d{4}$/);
      expect(record.filters.body).toHaveLength(1);
      expect(record.sort.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(record.meta).toMatchObject({
        title: expect.any(String),
        date: expect.any(String),
        body: expect.any(String),
      });
    }
    // The one procedural item is on the agenda still to come.
    expect(
      ofType('item')
        .filter((r) => r.filters.procedural[0] !== 'no')
        .map((r) => r.meta.title),
    ).toEqual(['Minutes of the previous meeting']);
  });
});
