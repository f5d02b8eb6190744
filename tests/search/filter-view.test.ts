import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import { buildSiteIndex } from '../../src/lib/pages/site-index.ts';
import { searchFacets } from '../../src/lib/search/facets.ts';
import { type FilterOptionView, FOLDED_AFTER, searchFilterViews } from '../../src/lib/search/filter-view.ts';

const views = searchFilterViews(searchFacets(buildSiteIndex(loadCorpus('content'), '2026-11-22')));
const view = (name: string) => views.find((v) => v.name === name)!;
/** Every option, each before those within it, as the page lists them. */
const flat = (options: FilterOptionView[]): FilterOptionView[] => options.flatMap((o) => [o, ...flat(o.children)]);

describe('searchFilterViews', () => {
  it('nests each place under the place it is within, saying which places an option includes', () => {
    const [england] = view('locality').options;
    expect(view('locality').options).toHaveLength(1);
    expect(england.children.map((c) => c.label)).toEqual(['East Midlands', 'London']);
    const london = england.children[1];
    expect(london.includes).toBe('Includes North East London and South East London');
    const southEast = london.children[1];
    expect(southEast.children.map((c) => [c.id, c.label, c.includes])).toEqual([
      ['f-locality-bromley', 'Bromley', undefined],
    ]);
    expect(view('locality').hint).toBe('Each place includes the places within it.');
    // Other filters are flat lists, with nothing to explain.
    expect(view('body').options.every((o) => o.children.length === 0 && !o.includes)).toBe(true);
    expect(view('body').hint).toBeUndefined();
  });

  it('folds a long list after its first few options, and only a long list', () => {
    const places = flat(view('locality').options);
    expect(places).toHaveLength(20);
    expect(places.map((o) => o.folded)).toEqual(places.map((_, i) => i >= FOLDED_AFTER));
    expect(view('locality').fold).toEqual({ more: 'Show all 20', fewer: 'Show fewer' });
    expect(view('locality').listId).toBe('f-locality-options');
    expect(view('body').options).toHaveLength(5);
    expect(view('body').fold).toBeUndefined();
    expect(view('body').options.some((o) => o.folded)).toBe(false);
  });

  it('leaves out a filter with nothing to choose between', () => {
    expect(
      searchFilterViews([{ name: 'type', label: 'Type', options: [{ value: 'item', label: 'Agenda items' }] }]),
    ).toEqual([]);
  });
});
