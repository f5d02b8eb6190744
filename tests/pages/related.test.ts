/** An item's related items, checked against a plain scan of a synthetic archive. */
import { describe, expect, it } from 'vitest';
import { relatedItems } from '../../src/lib/pages/related.ts';
import type { ItemSummary } from '../../src/lib/pages/site-index.ts';
import { syntheticSite } from './synthetic-site.ts';

const { corpus, siteData } = syntheticSite();
const { index } = siteData();
const items = corpus.items.map((item) => index.item(item.id));
const sharedTopics = (a: ItemSummary, b: ItemSummary) => a.topics.filter((t) => b.topics.includes(t)).length;

describe('related items', () => {
  it('share the most topics with the item, never the item itself, at most five', () => {
    // Small enough that every topic's items are within the window looked at (50 either side).
    for (const topic of index.topics.keys()) expect(index.itemsOnTopic(topic).length).toBeLessThanOrEqual(50);
    for (const item of items) {
      const related = relatedItems(index, item);
      const best = items
        .filter((other) => other.id !== item.id && sharedTopics(other, item) > 0)
        .map((other) => sharedTopics(other, item))
        .sort((a, b) => b - a)
        .slice(0, 5);
      expect(
        related.map((r) => r.shared.length),
        item.id,
      ).toEqual(best);
      expect(related.map((r) => r.item.id)).not.toContain(item.id);
      // Listed as every list shows an item: the same object, with its meeting and body.
      for (const r of related) expect(r.meeting).toBe(index.listedItem(r.item).meeting);
    }
  });

  it('prefers, among equals, the items nearest in date', () => {
    const item = items[150];
    const related = relatedItems(index, item);
    const apart = (other: ItemSummary) => Math.abs(Date.parse(index.dateOf(other)) - Date.parse(index.dateOf(item)));
    const equals = related.filter((r) => r.shared.length === related.at(-1)!.shared.length);
    const nearestLeftOut = items.filter(
      (o) =>
        o.id !== item.id &&
        sharedTopics(o, item) === equals[0].shared.length &&
        !related.some((r) => r.item.id === o.id),
    );
    for (const left of nearestLeftOut)
      expect(apart(left)).toBeGreaterThanOrEqual(Math.max(...equals.map((r) => apart(r.item))));
  });
});
