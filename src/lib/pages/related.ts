/** An item's related items: others on its topics, as its page lists them. */
import { firstInOrder } from './first-in-order.ts';
import { countNewer, type ItemSummary, type ListedItem, type SiteIndex } from './site-index.ts';

/** How many items either side of an item, in date order, are looked at on each of its topics. */
const NEARBY_ON_TOPIC = 50;

/** Each topic's items' meeting times, newest first, worked out once a build: each item on the topic looks at up to 100 of them. */
const topicTimes = new WeakMap<readonly ItemSummary[], Float64Array>();
function timesOf(index: SiteIndex, onTopic: readonly ItemSummary[]): Float64Array {
  let times = topicTimes.get(onTopic);
  if (!times) topicTimes.set(onTopic, (times = Float64Array.from(onTopic, (item) => Date.parse(index.dateOf(item)))));
  return times;
}

/**
 * Other items sharing the most topics with `item`, nearest in date among equals, with the
 * names of the topics they share. Only the items nearest in date on each topic are looked
 * at, so the cost per page stays the same however large the archive grows.
 * Example: relatedItems(index, neighbourhoodWorking)[0].shared → ['Social prescribing'].
 */
export function relatedItems(index: SiteIndex, item: ItemSummary, limit = 5): (ListedItem & { shared: string[] })[] {
  const date = index.dateOf(item);
  const day = Date.parse(date);
  const shared = new Map<ItemSummary, { item: ItemSummary; shared: string[]; apart: number }>();
  for (const topic of item.topics) {
    const onTopic = index.itemsOnTopic(topic);
    const times = timesOf(index, onTopic);
    const name = index.topics.get(topic)!.name;
    const at = countNewer(onTopic, date, index.dateOf);
    const end = Math.min(onTopic.length, at + NEARBY_ON_TOPIC);
    for (let i = Math.max(0, at - NEARBY_ON_TOPIC); i < end; i++) {
      const other = onTopic[i];
      if (other.id === item.id) continue;
      let entry = shared.get(other);
      if (!entry) {
        entry = { item: other, shared: [], apart: Math.abs(times[i] - day) };
        shared.set(other, entry);
      }
      entry.shared.push(name);
    }
  }
  return firstInOrder(shared.values(), limit, (a, b) => b.shared.length - a.shared.length || a.apart - b.apart).map(
    (entry) => ({ ...index.listedItem(entry.item), shared: entry.shared }),
  );
}
