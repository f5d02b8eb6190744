/**
 * Pagefind as the search page uses it: a large archive's index in parts by date (see
 * lib/search/parts.ts), each part's Pagefind loaded when first searched.
 */
import type { SearchPartLink } from '../lib/search/parts.ts';
import type { Counts } from '../lib/search/query.ts';

/** What a result holds once loaded. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results: PagefindSubResult[];
}
export interface PagefindResult {
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
/** A part of the index, and its Pagefind once loaded. */
export interface Part extends SearchPartLink {
  pagefind?: Promise<Pagefind>;
  filtersLoaded?: boolean;
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
export async function hasEveryWord(pagefind: Pagefind, q: string | null): Promise<boolean> {
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
