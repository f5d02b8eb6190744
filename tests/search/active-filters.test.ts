import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import { buildSiteIndex } from '../../src/lib/pages/site-index.ts';
import { searchFacets } from '../../src/lib/search/facets.ts';
import { activeFilters, filteredInWords } from '../../src/lib/search/active-filters.ts';

const facets = searchFacets(buildSiteIndex(loadCorpus('content'), '2026-11-22'));

describe('activeFilters', () => {
  it('names each option ticked by its filter and its own label, in the order the page offers them', () => {
    expect(activeFilters(facets, { year: ['2019'], locality: ['rutland', 'bromley'] })).toEqual([
      // Places as a tree: Rutland, in the East Midlands, before Bromley, in London.
      { name: 'locality', value: 'rutland', filter: 'Locality', label: 'Rutland' },
      { name: 'locality', value: 'bromley', filter: 'Locality', label: 'Bromley' },
      { name: 'year', value: '2019', filter: 'Year', label: '2019' },
    ]);
    expect(activeFilters(facets, {})).toEqual([]);
  });

  it('names a value no option has, from an address typed by hand, as it is, so it can be removed', () => {
    expect(activeFilters(facets, { locality: ['atlantis'] })).toEqual([
      { name: 'locality', value: 'atlantis', filter: 'Locality', label: 'atlantis' },
    ]);
  });
});

describe('filteredInWords', () => {
  const inWords = (ticked: Record<string, string[]>) => filteredInWords(activeFilters(facets, ticked));

  it('says the places as "in", any of them', () => {
    expect(inWords({ locality: ['bromley'] })).toBe(' in Bromley');
    expect(inWords({ locality: ['bromley', 'rutland'] })).toBe(' in Rutland or Bromley');
  });

  it('names the other filters after the places: any option of one, and every filter', () => {
    expect(inWords({ year: ['2019', '2023'], type: ['meeting'], locality: ['london'] })).toBe(
      ' in London filtered by Type: Meetings and Year: 2023 or 2019',
    );
    expect(inWords({ outcome: ['endorsed'] })).toBe(' filtered by Decision outcome: Endorsed');
    expect(inWords({})).toBe('');
  });
});
