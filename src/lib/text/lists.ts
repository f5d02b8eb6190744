/** Lists as a sentence says them. */

/**
 * A list in words, its last two joined by `conjunction`.
 * Example: inWords(['a', 'b', 'c']) === 'a, b and c'; inWords(['2019', '2020'], 'or') === '2019 or 2020'.
 */
export function inWords(list: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  return list.length < 2 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} ${conjunction} ${list.at(-1)}`;
}
