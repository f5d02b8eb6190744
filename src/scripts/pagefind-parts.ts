/**
 * Pagefind as the search page uses it: a large archive's index in parts by date (see
 * lib/search/parts.ts), each part's Pagefind loaded when first searched.
 */
import type { SearchPartLink } from '../lib/search/parts.ts';
import type { Counts } from '../lib/search/query.ts';
import { mergeChanges } from '../lib/search/merge-changes.ts';

/** What a result holds once loaded. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results: PagefindSubResult[];
}
export interface PagefindResult {
  /** The page's id in its part (its fragment's name). */
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
/** A section of a page that matched: here, one of an item's decisions. */
export interface PagefindSubResult {
  url: string;
  title: string;
  excerpt: string;
  anchor?: { id: string };
}
export interface PagefindSearch {
  results: PagefindResult[];
  filters: Counts;
}
/** One part's index, as Pagefind's createInstance gives it. */
export interface Pagefind {
  init(): Promise<void>;
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options: Record<string, unknown>): Promise<PagefindSearch | null>;
  filters(): Promise<Counts>;
}
export interface PagefindModule {
  createInstance(options: { basePath: string }): Pagefind;
}
/** A part of the index, and its Pagefind once loaded; its changes' index (part-changes.ts) is a part of its own. */
export interface Part extends SearchPartLink {
  pagefind?: Promise<Pagefind>;
  filtersLoaded?: boolean;
  changesPart?: Part;
}

/** A part's Pagefind, loaded on first use from the site at `base`. */
export function loadPart(pagefind: PagefindModule, base: string | undefined, part: Part): Promise<Pagefind> {
  part.pagefind ??= (async () => {
    const instance = pagefind.createInstance({ basePath: `${base}${part.path}` });
    await instance.options({ baseUrl: base, excerptLength: 30 });
    await instance.init();
    return instance;
  })();
  return part.pagefind;
}

/** Whether a part of the index has every word searched for (each somewhere, not necessarily together). */
export function hasEveryWord(pagefind: Pagefind, q: string | null): Promise<boolean> {
  // Asked once per part and query: the counts beside the filters search each part several times.
  const known = (wordsChecked.get(pagefind) ?? wordsChecked.set(pagefind, new Map()).get(pagefind))!;
  if (!known.has(q)) {
    const check = findsEveryWord(pagefind, q);
    check.catch(() => known.delete(q)); // a part that failed to load is asked again next time
    known.set(q, check);
  }
  return known.get(q)!;
}

const wordsChecked = new WeakMap<Pagefind, Map<string | null, Promise<boolean>>>();

async function findsEveryWord(pagefind: Pagefind, q: string | null): Promise<boolean> {
  const words =
    q
      ?.replaceAll('"', ' ')
      .split(/\s+/)
      .filter((word) => /[\p{L}\p{N}]/u.test(word)) ?? [];
  if (words.length < 2) return true;
  for (const word of words) {
    if (!(await pagefind.search(word, {}))?.results.length) return false;
  }
  return true;
}

/**
 * One part's answer, with its changes when it has some (merge-changes.ts), or null when a
 * word searched for is nowhere in it (hasEveryWord). With `counting`, each index's filters
 * are loaded first, so that the answer counts the results under each filter.
 */
export async function searchPart(
  pagefind: PagefindModule,
  base: string | undefined,
  part: Part,
  q: string | null,
  options: { filters?: unknown; sort?: Record<string, string> },
  counting = false,
): Promise<PagefindSearch | null> {
  const search = async (index: Part) => {
    const instance = await loadPart(pagefind, base, index);
    if (!(await hasEveryWord(instance, q))) return null;
    if (counting) await instance.filters();
    return instance.search(q, options);
  };
  const own = await search(part);
  if (!part.changes) return own;
  const { path, superseded } = part.changes;
  part.changesPart ??= path ? { path, period: part.period } : undefined;
  const changes = part.changesPart ? await search(part.changesPart) : null;
  const date = options.sort?.date;
  return mergeChanges(
    own,
    changes,
    superseded,
    date
      ? { keyOf: async (result) => (await result.data()).meta.sort_date ?? '', descending: date === 'desc' }
      : undefined,
  );
}
