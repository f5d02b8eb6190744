/**
 * What the search page asks Pagefind, worked out from the filters a visitor ticked. Runs in
 * the browser (src/scripts/search-page.ts): nothing here may need Node.
 *
 * Ticked options of one filter widen the search (2019 or 2020), different filters narrow it
 * (2019 and Rutland), as on GOV.UK's finders. Pagefind alone would want a page to have every
 * ticked value, so two years would find nothing.
 */
import type { SearchPartLink } from './parts.ts';

/** Ticked options by filter name, e.g. { year: ['2019', '2020'], locality: ['rutland'] }. */
export type Ticked = Record<string, string[]>;
/** Pagefind's counts: results under each option of each filter. */
export type Counts = Record<string, Record<string, number>>;
/** Filters as Pagefind takes them. */
export type PagefindFilters = Record<string, { any: string[] }>;

/**
 * Pagefind's filters for the ticked options: any of a filter's, all of the filters. Leaves
 * out `except`, to count that filter's options as if none were ticked (`facetCountSearches`).
 * Example: pagefindFilters({ year: ['2019', '2020'] }) → { year: { any: ['2019', '2020'] } }.
 */
export function pagefindFilters(ticked: Ticked, except?: string): PagefindFilters {
  return Object.fromEntries(
    Object.entries(ticked).flatMap(([name, values]) =>
      name === except || values.length === 0 ? [] : [[name, { any: values }]],
    ),
  );
}

/**
 * The searches whose counts the filters show: the search itself for the options of filters
 * with nothing ticked, and for a filter with ticks, the search without that filter, so each
 * of its options counts what ticking it would add.
 * Example: facetCountSearches({ year: ['2019'] }) → [{ filters: { year: { any: ['2019'] } } }, { filters: {}, only: 'year' }].
 */
export function facetCountSearches(ticked: Ticked): { filters: PagefindFilters; only?: string }[] {
  const widened = Object.keys(ticked).filter((name) => ticked[name].length > 0);
  return [
    { filters: pagefindFilters(ticked) },
    ...widened.map((name) => ({ filters: pagefindFilters(ticked, name), only: name })),
  ];
}

/**
 * One part's counts from the answers to `facetCountSearches`, in the same order: each
 * ticked filter's counts from the search without it, the others' from the search itself.
 */
export function facetCounts(searches: ReturnType<typeof facetCountSearches>, answers: Counts[]): Counts {
  const counts: Counts = { ...answers[0] };
  searches.forEach((search, i) => {
    if (search.only) counts[search.only] = answers[i][search.only] ?? {};
  });
  return counts;
}

/** Counts per filter option, added up over the parts of the index. */
export function sumCounts(counts: readonly Counts[]): Counts {
  const sum: Counts = {};
  for (const part of counts) {
    for (const [filter, values] of Object.entries(part)) {
      for (const [value, n] of Object.entries(values)) (sum[filter] ??= {})[value] = (sum[filter][value] ?? 0) + n;
    }
  }
  return sum;
}

/**
 * The parts of the index that can hold results from the ticked years: those whose meetings
 * span one of them. With no year ticked, every part.
 * Example: partsCovering([{ years: ['2017', '2018'] }, { years: ['2019', '2023'] }], ['2020']) → the second.
 */
export function partsCovering<T extends Pick<SearchPartLink, 'years'>>(
  parts: readonly T[],
  years: readonly string[],
): T[] {
  if (years.length === 0) return [...parts];
  return parts.filter(
    ({ years: span }) => span !== undefined && years.some((year) => span[0] <= year && year <= span[1]),
  );
}
