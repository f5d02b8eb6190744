/** An item's related items: others on its topics, as its page lists them. */
import { firstInOrder } from './first-in-order.ts';
import { countNewer, type ItemSummary, type ListedItem, type SiteIndex } from './site-index.ts';

/** How many items either side of an item, in date order, are looked at on each of its topics. */
const NEARBY_ON_TOPIC = 50;

/** A meeting date's time, parsed once: an item's related items compare a few hundred others'. */
const times = new Map<string, number>();
function timeOf(date: string): number {
  let time = times.get(date);
  if (time === undefined) times.set(date, (time = Date.parse(date)));
  return time;
}

/**
 * Other items sharing the most topics with `item`, nearest in date among equals, with the
 * names of the topics they share. Only the items nearest in date on each topic are looked
 * at, so the cost per page stays the same however large the archive grows.
 * Example: relatedItems(index, neighbourhoodWorking)[0].shared → ['Social prescribing'].
 */
export function relatedItems(index: SiteIndex, item: ItemSummary, limit = 5): (ListedItem & { shared: string[] })[] {
  const date = index.dateOf(item);
  const day = timeOf(date);
  const shared = new Map<ItemSummary, { item: ItemSummary; shared: string[]; apart: number }>();
  for (const topic of item.topics) {
    const onTopic = index.itemsOnTopic(topic);
    const name = index.topics.get(topic)!.name;
    const at = countNewer(onTopic, date, index.dateOf);
    const end = Math.min(onTopic.length, at + NEARBY_ON_TOPIC);
    for (let i = Math.max(0, at - NEARBY_ON_TOPIC); i < end; i++) {
      const other = onTopic[i];
      if (other.id === item.id) continue;
      let entry = shared.get(other);
      if (!entry) {
        entry = { item: other, shared: [], apart: Math.abs(timeOf(index.dateOf(other)) - day) };
        shared.set(other, entry);
      }
      entry.shared.push(name);
    }
  }
  return firstInOrder(shared.values(), limit, (a, b) => b.shared.length - a.shared.length || a.apart - b.apart).map(
    (entry) => ({ ...index.listedItem(entry.item), shared: entry.shared }),
  );
}
