/** The meetings page lists the latest meetings, and every body with its count of meetings, by name. */
import { describe, expect, it } from 'vitest';
import { meetingsView } from '../../src/lib/pages/home.ts';
import { NEWEST_ITEMS } from '../../src/lib/pages/listings.ts';
import { searchFacets } from '../../src/lib/search/facets.ts';
import { syntheticSite } from './synthetic-site.ts';

const site = syntheticSite().siteData();
const { index } = site;

describe('the meetings page', () => {
  it('lists the latest meetings, and each body with its number of meetings and the years they span', () => {
    const view = meetingsView(site);
    expect(index.meetings.length).toBeGreaterThan(NEWEST_ITEMS);
    expect(view.latest.map((m) => m.meeting.id)).toEqual(
      [...index.meetings]
        .sort((a, b) => b.date.localeCompare(a.date))
        .slice(0, NEWEST_ITEMS)
        .map((m) => m.id),
    );
    expect(view.bodies.reduce((n, b) => n + b.count, 0)).toBe(index.meetings.length);
    for (const { body, count, years } of view.bodies) {
      const dates = index.meetings.filter((m) => m.body === body.id).map((m) => m.date);
      expect(count, body.id).toBe(dates.length);
      expect(years, body.id).toEqual([Number(dates.at(-1)!.slice(0, 4)), Number(dates[0].slice(0, 4))]);
    }
  });
});

describe('lists of boards', () => {
  it('read numbers in names as numbers: Board 2 before Board 10', () => {
    const numbered = (names: string[]) => names.map((name) => Number(/Board (\d+)$/.exec(name)![1]));
    const listed = meetingsView(site).bodies.map((b) => b.body.name);
    expect(listed.length).toBeGreaterThan(10);
    expect(numbered(listed)).toEqual(numbered(listed).toSorted((a, b) => a - b));
    expect(
      searchFacets(index)
        .find((f) => f.name === 'body')!
        .options.map((o) => o.label),
    ).toEqual(listed);
  });
});
