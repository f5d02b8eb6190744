/**
 * What the search page says of a search, above its results (and to screen readers, as a
 * live region). Runs in the browser (src/scripts/search-page.ts): nothing here may need Node.
 */
import { counted, type Unit } from '../text/counts.ts';
import { inWords } from '../text/lists.ts';
import { type ActiveFilter, filteredInWords } from './active-filters.ts';

const RESULTS: Unit = ['result', 'results'];

/** What was searched for, quoted (an exact phrase as typed, in its own quotes), then the filters on. */
function searchedFor(q: string | null, filters: readonly ActiveFilter[]): string {
  const words = !q ? '' : q.includes('"') ? ` for ${q}` : ` for “${q}”`;
  return `${words}${filteredInWords(filters)}`;
}

/**
 * While the older parts of a large archive's index are still being searched.
 * Example: searchingStatus(10, 'care', ['April to December 2025']) === '10 results so far for “care”, from April to December 2025. Searching the rest of the archive…'.
 */
export function searchingStatus(
  count: number,
  q: string | null,
  periods: readonly string[],
  filters: readonly ActiveFilter[] = [],
): string {
  const from = periods.length > 0 ? `, from ${inWords(periods)}` : '';
  return `${counted(count, RESULTS)} so far${searchedFor(q, filters)}${from}. Searching the rest of the archive…`;
}

/**
 * Once every part has answered. Results from several parts are ranked within each part,
 * newest part first (Pagefind's scores depend on each part's own pages), so it says so, and
 * that boards' and places' own pages come first when `led` (leading.ts).
 * Example: searchStatus(9829, 'care', [], 'newest') === '9,829 results for “care”'; with Bromley ticked, '6 results for “report” in Bromley'.
 */
export function searchStatus(
  count: number,
  q: string | null,
  periods: readonly string[],
  sort: string,
  filters: readonly ActiveFilter[] = [],
  led = false,
): string {
  if (count === 0) return `No results${searchedFor(q, filters)}. Try fewer words or fewer filters.`;
  const found = `${counted(count, RESULTS)}${searchedFor(q, filters)}`;
  const order = [
    ...(led ? ['pages of boards and places first'] : []),
    ...(sort !== 'relevance' || periods.length < 2
      ? []
      : periods.length === 2
        ? [`most relevant first from ${periods[0]}, then from ${periods[1]}`]
        : [
            `most relevant first within each of ${periods.length} periods, from the newest (${periods[0]}) back to the oldest (${periods.at(-1)})`,
          ]),
  ];
  return [found, order.join(', then ')].filter(Boolean).join(', ');
}
