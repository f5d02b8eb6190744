/**
 * What the search page asks Pagefind for the filters ticked: any option of a filter, all of
 * the filters; and the counts beside the options, each saying what ticking it would give.
 * (The browser tests run these against Pagefind itself on the sample site.)
 */
import { describe, expect, it } from 'vitest';
import { facetCounts, facetCountSearches, pagefindFilters, sumCounts } from '../../src/lib/search/query.ts';

describe('pagefindFilters', () => {
  it('asks for any of the options ticked under a filter, and every filter ticked', () => {
    expect(pagefindFilters({ year: ['2019', '2023'], locality: ['rutland'] })).toEqual({
      year: { any: ['2019', '2023'] },
      locality: { any: ['rutland'] },
    });
    expect(pagefindFilters({ year: ['2019'], locality: ['rutland'] }, 'year')).toEqual({
      locality: { any: ['rutland'] },
    });
    expect(pagefindFilters({})).toEqual({});
  });
});

describe('facetCounts', () => {
  it("counts a ticked filter's options without that filter, and the other filters' with every tick", () => {
    const searches = facetCountSearches({ year: ['2019'] });
    expect(searches).toEqual([{ filters: { year: { any: ['2019'] } } }, { filters: {}, only: 'year' }]);
    // Counts in Pagefind's shape: with 2019 ticked, the other years count nothing; without it, what each holds.
    const withTicks = { year: { '2017': 0, '2019': 4, '2023': 0 }, type: { meeting: 2, item: 2 } };
    const withoutYear = { year: { '2017': 1, '2019': 4, '2023': 2 }, type: { meeting: 5, item: 5 } };
    expect(facetCounts(searches, [withTicks, withoutYear])).toEqual({
      year: { '2017': 1, '2019': 4, '2023': 2 },
      type: { meeting: 2, item: 2 },
    });
  });

  it('asks nothing more with no filter ticked', () => {
    expect(facetCountSearches({})).toEqual([{ filters: {} }]);
    expect(facetCountSearches({ year: [] })).toEqual([{ filters: {} }]);
  });
});

describe('sumCounts', () => {
  it("adds up the parts' counts, option by option", () => {
    expect(sumCounts([{ year: { '2019': 4 } }, { year: { '2019': 1, '2023': 2 }, type: { item: 3 } }])).toEqual({
      year: { '2019': 5, '2023': 2 },
      type: { item: 3 },
    });
  });
});
