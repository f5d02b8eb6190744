/**
 * What the search page says of a search, above its results (and to screen readers, as a
 * live region). Runs in the browser (src/scripts/search-page.ts): nothing here may need Node.
 */
import { counted, type Unit } from '../text/counts.ts';

const RESULTS: Unit = ['result', 'results'];

/** A list in words. Example: inWords(['a', 'b', 'c']) === 'a, b and c'. */
function inWords(list: readonly string[]): string {
  return list.length < 2 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
}

/** What was searched for, quoted, or nothing for filters alone; a query with its own quotes (an exact phrase) is shown as typed. */
function searchedFor(q: string | null): string {
  if (!q) return '';
  return q.includes('"') ? ` for ${q}` : ` for “${q}”`;
}

/**
 * While the older parts of a large archive's index are still being searched.
 * Example: searchingStatus(10, 'care', ['April to December 2025']) === '10 results so far for “care”, from April to December 2025. Searching the rest of the archive…'.
 */
export function searchingStatus(count: number, q: string | null, periods: readonly string[]): string {
  return `${counted(count, RESULTS)} so far${searchedFor(q)}, from ${inWords(periods)}. Searching the rest of the archive…`;
}

/**
 * Once every part has answered. Results from several parts are ranked within each part,
 * newest part first (Pagefind's scores depend on each part's own pages), so it says so.
 * Example: searchStatus(9829, 'care', [], 'newest') === '9,829 results for “care”'.
 */
export function searchStatus(count: number, q: string | null, periods: readonly string[], sort: string): string {
  if (count === 0) return `No results${searchedFor(q)}. Try fewer words or fewer filters.`;
  const found = `${counted(count, RESULTS)}${searchedFor(q)}`;
  if (sort !== 'relevance' || periods.length < 2) return found;
  if (periods.length === 2) return `${found}, most relevant first from ${periods[0]}, then from ${periods[1]}`;
  return `${found}, most relevant first within each of ${periods.length} periods, from the newest (${periods[0]}) back to the oldest (${periods.at(-1)})`;
}
