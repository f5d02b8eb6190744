/** A place's or topic's items: the newest on its own page, every one on the page of its year or, in a busy year, its month. */
import { describe, expect, it } from 'vitest';
import { itemsOfPeriods, type Listing, NEWEST_ITEMS, newestItems } from '../../src/lib/pages/listings.ts';
import { paths } from '../../src/lib/pages/paths.ts';
import { byId, datePrefix, syntheticSite } from './synthetic-site.ts';

const { index } = syntheticSite().siteData();
const lists = [
  ...index.localities.roots().map((l) => index.itemsWithin(l.id)),
  ...[...index.topics.keys()].map((t) => index.itemsOnTopic(t)),
];
const yearPath = (year: number) => paths.topicYear('a-topic', year);
const listing = (items: Listing<{ topic: string }>['items']): Listing<{ topic: string }> => ({
  params: { topic: 'a-topic' },
  items,
  yearPath,
  about: { caption: 'Topic', name: 'A topic', crumbs: [], section: 'topics', feed: 'feeds/topics/a-topic' },
});

describe("a locality's or topic's own page", () => {
  it('lists the newest items with their decisions, and links to every year, newest first, with its count', () => {
    expect(Math.max(...lists.map((l) => l.length))).toBeGreaterThan(NEWEST_ITEMS);
    for (const items of lists) {
      const { total, newest, newestDecisions, years } = newestItems(index, listing(items), 300);
      expect(total).toBe(items.length);
      expect(newest.map((n) => n.item)).toEqual(items.slice(0, NEWEST_ITEMS));
      expect(newestDecisions.map((d) => d.item)).toEqual(
        newest.flatMap(({ item }) => item.decisionList.map(() => item)),
      );
      expect(years.reduce((n, y) => n + y.count, 0)).toBe(items.length);
      expect(years.map((y) => Number(y.label))).toEqual([
        ...new Set(items.map((i) => Number(index.dateOf(i).slice(0, 4)))),
      ]);
      expect(years.map((y) => Number(y.label))).toEqual(years.map((y) => Number(y.label)).sort((a, b) => b - a));
      for (const y of years) expect(y.path).toBe(yearPath(Number(y.label)));
    }
  });
});

describe("a locality's or topic's pages of years", () => {
  it('list every item once, each on the page of its year', () => {
    for (const items of lists) {
      const pages = itemsOfPeriods(index, listing(items), 300);
      expect(pages.flatMap((p) => p.view.listed.map((l) => l.item))).toEqual(items);
      for (const { params, view } of pages) {
        expect(params).toEqual({ topic: 'a-topic', year: String(view.year), month: undefined });
        expect(view.listed.every(({ item }) => index.dateOf(item).startsWith(`${view.year}-`))).toBe(true);
        expect(view.decisions).toEqual(index.decisionsOf(view.listed.map((l) => l.item)));
      }
    }
  });

  it('list a busy year a month a page: each item on exactly one page, of its month', () => {
    const limit = 12; // this small archive's busiest years have about 40 items about England
    let busyYears = 0;
    for (const items of lists) {
      const pages = itemsOfPeriods(index, listing(items), limit);
      const counts = new Map(newestItems(index, listing(items), limit).years.map((y) => [Number(y.label), y.count]));
      // Every item is listed once, on its year's page if the year is quiet, or else on its month's.
      expect(pages.flatMap((p) => p.view.listed.map((l) => l.item)).sort(byId)).toEqual([...items].sort(byId));
      for (const { view } of pages) {
        const { year, month, months, listed, total } = view;
        expect(listed.every(({ item }) => index.dateOf(item).startsWith(datePrefix(year, month)))).toBe(true);
        const busy = counts.get(year)! > limit;
        expect(months !== undefined).toBe(busy);
        if (busy && month === undefined) {
          // A busy year's own page lists its months, newest first, and counts all its items and decisions.
          busyYears++;
          expect(listed).toEqual([]);
          expect(total).toBe(counts.get(year));
          expect(months!.map((m) => m.label)).toEqual(
            [...months!].sort((a, b) => b.path.localeCompare(a.path)).map((m) => m.label),
          );
          expect(months!.reduce((n, m) => n + m.count, 0)).toBe(total);
          const ofYear = items.filter((i) => index.dateOf(i).startsWith(`${year}-`));
          expect(view.decisionCount).toBe(index.decisionsOf(ofYear).length);
        } else {
          expect(listed).toHaveLength(total);
          // A month's page leads back to its year's.
          if (month !== undefined) expect(view.crumbs.at(-1)).toEqual({ label: String(year), href: yearPath(year) });
        }
      }
    }
    expect(busyYears).toBeGreaterThan(0);
  });
});
