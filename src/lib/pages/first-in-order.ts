/** Picking the first few of many values in order, without sorting them all. */

/**
 * The first `limit` values in the order a stable sort by `compare` would give, without
 * sorting them all: an item page keeps 5 related items of up to 100 a topic, a feed
 * the 50 newest entries of the whole archive.
 * Example: firstInOrder([3, 1, 2], 2, (a, b) => a - b) → [1, 2].
 */
export function firstInOrder<T>(values: Iterable<T>, limit: number, compare: (a: T, b: T) => number): T[] {
  const first: T[] = [];
  if (limit < 1) return first;
  for (const value of values) {
    if (first.length === limit && compare(value, first[limit - 1]) >= 0) continue;
    let at = first.length;
    while (at > 0 && compare(value, first[at - 1]) < 0) at -= 1;
    first.splice(at, 0, value);
    if (first.length > limit) first.pop();
  }
  return first;
}
