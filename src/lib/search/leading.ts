/**
 * A board's or a place's own page leads the results of a search that names it, as GOV.UK's
 * search puts an organisation's page above the news that mentions it. Pagefind ranks only
 * within a part of the index, and the search page asks the newest part first while these
 * pages are held by the oldest (parts.ts), so a search for "Havering" in a large archive
 * listed every Havering item before Havering's page. The search page therefore asks that
 * part for these pages first, on their own, lists first those named by the words searched
 * for, and leaves those out when it lists the part's other results. Runs in the browser
 * (src/scripts/search-page.ts): nothing here may need Node.
 */
import { pagefindFilters, type PagefindFilters, type Ticked } from './query.ts';

/** The types of search record that lead: pages about a board or a place rather than from its minutes. */
export const LEADING_TYPES: readonly string[] = ['board', 'place'];

/**
 * The filters that find the leading pages among those ticked, or null when the ticks rule
 * them all out: another type, or a year (they have none).
 * Example: leadingFilters({ locality: ['bromley'] }) → { locality: { any: ['bromley'] }, type: { any: ['board', 'place'] } }.
 */
export function leadingFilters(ticked: Ticked): PagefindFilters | null {
  const ticks = ticked.type ?? [];
  const types = ticks.length > 0 ? ticks.filter((type) => LEADING_TYPES.includes(type)) : LEADING_TYPES;
  if (types.length === 0 || (ticked.year?.length ?? 0) > 0) return null;
  return pagefindFilters({ ...ticked, type: [...types] });
}

/** A name as typed or as written: lower case, its words alone. */
const normalised = (name: string) =>
  name
    .toLowerCase()
    .replaceAll('&', ' and ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');

/** Whether a name, normalised, begins with the words searched for, normalised: whole words only. */
const beginsWith = (name: string, searched: string) => `${name} `.startsWith(`${searched} `);

/**
 * Whether any board's or place's name begins with the words searched for, so that a search
 * for them is worth asking the part that holds them before the first results: "care" is
 * not, and its first results wait for no other part.
 * Example: mayLead(['Havering', 'Bromley Health and Wellbeing Board'], 'bromley') === true.
 */
export function mayLead(names: readonly string[], q: string | null): boolean {
  const searched = normalised(q ?? '');
  return searched !== '' && names.some((name) => beginsWith(normalised(name), searched));
}

/**
 * The results that lead: those whose name begins with the words searched for, in Pagefind's
 * order but for the one named exactly, which comes first. "Havering" leads with the
 * borough's page, then its board's and its areas'; "health" leads with none of the many
 * boards that have the word further on, nor Leicester for being "in Leicester, Leicestershire
 * and Rutland". `names` are the results' names, in order, as far as they are known.
 * Example: named(['a', 'b', 'c'], ['Havering North', 'Leicester', 'Havering'], 'havering') → ['c', 'a'].
 */
export function named<T>(results: readonly T[], names: readonly (string | undefined)[], q: string | null): T[] {
  const searched = normalised(q ?? '');
  if (!searched) return [];
  const led = results.flatMap((result, i) => {
    const name = normalised(names[i] ?? '');
    return beginsWith(name, searched) ? [{ result, exact: name === searched }] : [];
  });
  return [...led.filter((r) => r.exact), ...led.filter((r) => !r.exact)].map((r) => r.result);
}
