import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/lib/corpus.ts';
import { expectedRecordCounts, itemText, searchFacets, searchRecords } from '../src/lib/search-records.ts';
import { buildSiteIndex } from '../src/lib/site-index.ts';

const corpus = loadCorpus('content');
const index = buildSiteIndex(corpus, '2026-11-22');
const records = searchRecords(index, itemText(corpus.items));
const ofType = (type: string) => records.filter((r) => r.filters.type[0] === type);

describe('searchRecords', () => {
  it('indexes every item, decision and meeting once, and nothing else', () => {
    expect(ofType('item')).toHaveLength(5);
    expect(ofType('decision')).toHaveLength(5);
    expect(ofType('meeting')).toHaveLength(5);
    expect(records).toHaveLength(15);
    expect(new Set(records.map((r) => r.url)).size).toBe(15);
    expect(expectedRecordCounts(index)).toEqual({ meeting: 5, item: 5, decision: 5 });
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

  it('gives every record a year, a body, a date to sort by and the metadata results show', () => {
    for (const record of records) {
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
