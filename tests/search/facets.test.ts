import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import { searchFacets } from '../../src/lib/search/facets.ts';
import { itemText, searchRecords } from '../../src/lib/search/records.ts';
import { buildSiteIndex } from '../../src/lib/pages/site-index.ts';
import { buildFigures } from '../../src/lib/kpi/figures.ts';

const corpus = loadCorpus('content');
const index = buildSiteIndex(corpus, '2026-11-22');
const figures = buildFigures(corpus.kpis.indicators, corpus.kpis.series, index.localities);
const records = searchRecords(index, itemText(corpus.items), figures);

describe('searchFacets', () => {
  it('offers places as a tree: each after the place it is within, one deeper', () => {
    const places = searchFacets(index).find((f) => f.name === 'locality')!.options;
    expect(places).toHaveLength(index.localities.all().length);
    places.forEach((place, i) => {
      const parent = index.localities.get(place.value)!.parent;
      expect(place.depth).toBe(index.localities.ancestors(place.value).length);
      if (parent) expect(places.slice(0, i).map((p) => p.value)).toContain(parent);
    });
    const labels = places.map((p) => p.label);
    expect(labels.slice(labels.indexOf('London'))).toEqual([
      'London',
      'North East London',
      'Havering',
      'Havering Central',
      'Havering North',
      'Havering South',
      'South East London',
      'Bromley',
    ]);
  });

  it('labels every filter value the records use', () => {
    const facets = new Map(searchFacets(index).map((f) => [f.name, new Set(f.options.map((o) => o.value))]));
    for (const record of records) {
      for (const [name, values] of Object.entries(record.filters)) {
        for (const value of values) expect(facets.get(name as never)?.has(value), `${name}=${value}`).toBe(true);
      }
    }
  });
});
