/**
 * What decides every page but an item's minutes: the checked corpus without its items'
 * rendered minutes, and the build's date. While the key is the last build's, a page can
 * differ from the last site's only through the minutes it shows, so a rebuild after a
 * correction to some minutes works out those items' pages alone (page-reuse.ts).
 */
import type { Corpus } from '../corpus/model.ts';
import { textKey } from './page-key.ts';

/** The content a build's pages show: its key, and each item's minutes' digest by the item's id. */
export interface ContentState {
  key: string;
  minutes: Record<string, string>;
}

/**
 * The content state of a checked corpus on the build's date.
 * Example: contentState(corpus, '2026-12-07').key is the same after an edit to some minutes, and minutes[id] is not.
 */
export function contentState(corpus: Corpus, today: string): ContentState {
  const { items, kpis, ...rest } = corpus;
  const minutes: Record<string, string> = {};
  const withoutMinutes = items.map(({ minutes: rendered, ...item }) => {
    minutes[item.id] = rendered.digest;
    return item;
  });
  // As JSON: the indicators are the corpus's one Map (model.ts), written as its entries.
  const text = JSON.stringify([today, rest, { ...kpis, indicators: [...kpis.indicators] }, withoutMinutes]);
  return { key: textKey(text), minutes };
}
