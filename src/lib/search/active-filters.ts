/**
 * The filters a search has on, as the search page names them: listed above the results,
 * each to remove, and in words in what it says of the search. Runs in the browser
 * (src/scripts/search-page.ts): nothing here may need Node.
 */
import { inWords } from '../text/lists.ts';
import type { Ticked } from './query.ts';

/** A filter and its options' labels, as the search page offers them. */
export interface LabelledFilter {
  name: string;
  label: string;
  options: readonly { value: string; label: string }[];
}

/** One option ticked. */
export interface ActiveFilter {
  name: string;
  value: string;
  /** The filter's label, "Locality". */
  filter: string;
  /** The option's label, "Bromley". */
  label: string;
}

/**
 * The options ticked, in the order the page offers them; a value no option has (from an
 * address typed by hand) is named as it is, so it can be seen and removed.
 * Example: activeFilters(facets, { locality: ['bromley'] }) → [{ name: 'locality', value: 'bromley', filter: 'Locality', label: 'Bromley' }].
 */
export function activeFilters(filters: readonly LabelledFilter[], ticked: Ticked): ActiveFilter[] {
  return filters.flatMap(({ name, label: filter, options }) => {
    const values = ticked[name] ?? [];
    const offered = options.filter((o) => values.includes(o.value));
    const unknown = values.filter((v) => !options.some((o) => o.value === v)).map((v) => ({ value: v, label: v }));
    return [...offered, ...unknown].map(({ value, label }) => ({ name, value, filter, label }));
  });
}

/**
 * What the filters on narrow a search to, to follow "6 results for “report”": places first, as
 * "in …", then the other filters; options of one filter widen ("or"), filters narrow ("and").
 * Example: filteredInWords(activeFilters(facets, { locality: ['bromley'], year: ['2019', '2023'] })) === ' in Bromley filtered by Year: 2019 or 2023'.
 */
export function filteredInWords(active: readonly ActiveFilter[]): string {
  const places = active.filter((a) => a.name === 'locality').map((a) => a.label);
  const others = new Map<string, string[]>();
  for (const a of active) if (a.name !== 'locality') others.set(a.filter, [...(others.get(a.filter) ?? []), a.label]);
  const narrowed = [...others].map(([filter, labels]) => `${filter}: ${inWords(labels, 'or')}`);
  return `${places.length ? ` in ${inWords(places, 'or')}` : ''}${narrowed.length ? ` filtered by ${narrowed.join(' and ')}` : ''}`;
}
