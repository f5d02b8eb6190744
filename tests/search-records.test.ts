import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/lib/corpus.ts';
import { expectedRecordCounts, itemText, searchFacets, searchRecords } from '../src/lib/search-records.ts';
import { buildSiteIndex } from '../src/lib/site-index.ts';
import { buildFigures } from '../src/lib/kpi/figures.ts';

const corpus = loadCorpus('content');
const index = buildSiteIndex(corpus, '2026-11-22');
const figures = buildFigures(corpus.kpis.indicators, corpus.kpis.series, index.localities);
const records = searchRecords(index, itemText(corpus.items), figures);
const ofType = (type: string) => records.filter((r) => r.filters.type[0] === type);

describe('searchRecords', () => {
  it('indexes every item, decision, meeting and measure once, and nothing else', () => {
    expect(ofType('item')).toHaveLength(5);
    expect(ofType('decision')).toHaveLength(5);
    expect(ofType('meeting')).toHaveLength(5);
    expect(ofType('indicator')).toHaveLength(figures.measures.length);
    expect(records).toHaveLength(15 + figures.measures.length);
    expect(new Set(records.map((r) => r.url)).size).toBe(records.length);
    expect(expectedRecordCounts(index, figures)).toEqual({ meeting: 5, item: 5, decision: 5, indicator: figures.measures.length });
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

  it('lets a decision be found on its own, landing on its place in the item page', () => {
    const decision = ofType('decision').find((r) => r.content.startsWith('RESOLVED that the statement be endorsed'))!;
    expect(decision.url).toBe('/meetings/2023-06-29-bromley-hwb/01-south-east-london-icb-joint-forward-plan-and-one-bromley-5-year-strategy-sign-off/#decision-1');
    expect(decision.filters.outcome).toEqual(['endorsed']);
    expect(decision.meta.title).toBe('Decision (endorsed): SOUTH EAST LONDON ICB JOINT FORWARD PLAN AND ONE BROMLEY 5 YEAR STRATEGY - SIGN OFF');
  });

  it('files an item about Stamford under Lincolnshire, the East Midlands and England too', () => {
    const lincs = ofType('item').find((r) => r.meta.title === 'Neighbourhood Working')!;
    expect(lincs.filters.locality).toEqual(expect.arrayContaining(['stamford', 'lincolnshire', 'east-midlands', 'england']));
    expect(lincs.filters.locality).not.toContain('london');
  });

  it('gives every record of the minutes a year, a body, a date to sort by and the metadata results show', () => {
    for (const record of records.filter((r) => r.filters.type[0] !== 'indicator')) {
      expect(record.filters.year[0]).toMatch(/^\d{4}$/);
      expect(record.filters.body).toHaveLength(1);
      expect(record.sort.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(record.meta).toMatchObject({ title: expect.any(String), date: expect.any(String), body: expect.any(String) });
    }
    expect(ofType('item').every((r) => r.filters.procedural[0] === 'no')).toBe(true);
  });
});

describe('searchFacets', () => {
  it('labels every filter value the records use', () => {
    const facets = new Map(searchFacets(index).map((f) => [f.name, new Set(f.options.map((o) => o.value))]));
    for (const record of records) {
      for (const [name, values] of Object.entries(record.filters)) {
        for (const value of values) expect(facets.get(name as never)?.has(value), `${name}=${value}`).toBe(true);
      }
    }
  });
});
