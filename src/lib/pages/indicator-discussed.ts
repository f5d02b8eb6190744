/** Where a measure was discussed: the agenda items that list it in `indicators:`, and their decisions. */
import type { Measure } from '../kpi/figures.ts';
import { NEWEST_ITEMS } from './listings.ts';
import type { DecisionRecord, ListedItem, SiteIndex } from './site-index.ts';

/** The newest items that discussed a measure, their decisions, and how many items there are in all. */
export interface Discussed {
  total: number;
  items: ListedItem[];
  decisions: DecisionRecord[];
}

/**
 * The agenda items naming a measure or any of its editions, newest first, with their decisions.
 * Example: discussedIn(index, hleFemale).items[0].meeting.id === '2019-03-01-lincolnshire-hwb'.
 */
export function discussedIn(index: SiteIndex, measure: Measure): Discussed {
  const items = index.itemsOnIndicators([measure.id, ...measure.editions.map((edition) => edition.id)]);
  const newest = items.slice(0, NEWEST_ITEMS);
  return { total: items.length, items: newest.map(index.listedItem), decisions: index.decisionsOf(newest) };
}
