/**
 * A part of the search index amended rather than indexed again. Indexing a 2,500-page part
 * takes Pagefind about 6 s; a clerk's correction changes a page or two of it. So when few
 * of a part's pages changed since the site's copy of it was indexed, that copy stays, the
 * changed and new pages go into a small index of their own beside it ("part-3-changes"),
 * and the search page drops the old copy's results for the pages changed or gone (their
 * ids, with their filters so the counts beside the filters can be corrected). A part
 * changed more than that is indexed whole again, which merges its changes into it.
 */
import type { SearchRecord } from './records.ts';

/** A page of the site's copy of a part: Pagefind's id for it, the hash of its record, and its filters. */
export type IndexedPage = [id: string, hash: string, filters: Record<string, string[]>];

/** What the search page needs of a part's changes: where their index is (none when pages only went), and the old copy's pages to leave out, by id, with their filters. */
export interface PartChangesLink {
  path?: string;
  superseded: Record<string, Record<string, string[]>>;
}

/** The changes of a part: the records to index beside it, and the pages of its old copy they replace or that are gone. */
export interface PartChanges {
  records: SearchRecord[];
  superseded: PartChangesLink['superseded'];
}

/**
 * The share of a part's pages that may change before it is indexed whole again, and the
 * most: the search page carries the id and filters of each page replaced (about 0.5 kB).
 */
export const AMENDED_SHARE = 1 / 20;
export const MOST_AMENDED = 50;

/** The name of the index holding a part's changes. Example: changesPart('part-3') === 'part-3-changes'. */
export const changesPart = (part: string) => `${part}-changes`;

/**
 * The changes of a part whose records are now `records` (with their `hashes`, in order)
 * since its copy of `indexed` pages, or undefined when more than AMENDED_SHARE of its pages
 * (or MOST_AMENDED) changed, came or went, or when none did (then its copy is the part as it is).
 * Example: partChanges({ '/a/': ['en_1', 'h1', {}] }, [{ url: '/a/', … }], ['h2']) → { records: [that record], superseded: { en_1: {} } }.
 */
export function partChanges(
  indexed: Readonly<Record<string, IndexedPage>>,
  records: readonly SearchRecord[],
  hashes: readonly string[],
): PartChanges | undefined {
  const changed = records.filter((record, i) => indexed[record.url]?.[1] !== hashes[i]);
  const now = new Map(records.map((record, i) => [record.url, hashes[i]]));
  const superseded = Object.fromEntries(
    Object.entries(indexed)
      .filter(([url, [, hash]]) => now.get(url) !== hash)
      .map(([, [id, , filters]]) => [id, filters]),
  );
  const moved = Math.max(changed.length, Object.keys(superseded).length);
  if (moved === 0 || moved > Math.min(Math.floor(records.length * AMENDED_SHARE), MOST_AMENDED)) return undefined;
  return { records: changed, superseded };
}
