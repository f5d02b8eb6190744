/**
 * A part of the search index and its changes (part-changes.ts) answering as one: the part's
 * results for pages changed or gone are left out, the changes' results are put among the
 * rest in the order of the search, and the counts beside the filters are corrected.
 */
import type { Counts } from './query.ts';
import { sumCounts } from './query.ts';

/** A result as Pagefind gives it, before its page is loaded. */
export interface RankedResult {
  id: string;
  score: number;
}

export interface PartAnswer<R extends RankedResult> {
  results: R[];
  filters: Counts;
}

/**
 * `part`'s answer less its `superseded` pages (by id, with their filters), with `changes`'
 * results among its own: by score for a search by relevance, or else by `keyOf` (a date,
 * read from the result's page), `descending` or not, each found by halving the part's
 * results, which loads a few of their pages rather than all.
 * Example: await mergeChanges({ results: [a, b], filters }, { results: [c], filters: f2 }, { [b.id]: { type: ['item'] } }) → results [c, a] when c scores highest.
 */
export async function mergeChanges<R extends RankedResult>(
  part: PartAnswer<R> | null,
  changes: PartAnswer<R> | null,
  superseded: Readonly<Record<string, Record<string, string[]>>>,
  order?: { keyOf: (result: R) => Promise<string>; descending: boolean },
): Promise<PartAnswer<R> | null> {
  if (!part && !changes) return null;
  const kept = (part?.results ?? []).filter((result) => !Object.hasOwn(superseded, result.id));
  const left: Counts = structuredClone(part?.filters ?? {});
  for (const result of part?.results ?? []) {
    for (const [filter, values] of Object.entries(superseded[result.id] ?? {}))
      for (const value of values) if (left[filter]?.[value]) left[filter][value] -= 1;
  }
  const results = [...kept];
  for (const result of changes?.results ?? []) {
    let [low, high] = [0, results.length];
    const key = order && (await order.keyOf(result));
    while (low < high) {
      const middle = (low + high) >> 1;
      const before = order
        ? (await order.keyOf(results[middle])).localeCompare(key!) * (order.descending ? -1 : 1) <= 0
        : results[middle].score >= result.score;
      if (before) low = middle + 1;
      else high = middle;
    }
    results.splice(low, 0, result);
  }
  return { results, filters: sumCounts([left, changes?.filters ?? {}]) };
}
