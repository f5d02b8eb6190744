/** A body's page lists its latest meetings, and its pages of years every one, each on the page of its year. */
import { describe, expect, it } from 'vitest';
import { bodyRoute, bodyYearRoute } from '../../src/lib/pages/body.ts';
import { NEWEST_ITEMS } from '../../src/lib/pages/listings.ts';
import { allPages, syntheticSite } from './synthetic-site.ts';

const site = syntheticSite().siteData();
const { index } = site;

describe("a body's pages", () => {
  it('list all its meetings on the pages of their years, and its latest on its own page', () => {
    const yearPages = allPages(bodyYearRoute, site);
    const bodyPages = allPages(bodyRoute, site);
    for (const body of index.bodies.values()) {
      const onYearPages = yearPages
        .filter((p) => p.params.body === body.id)
        .flatMap(({ view }) => view.meetings.map(({ meeting }) => [view.year, meeting] as const));
      const meetings = index.meetings.filter((m) => m.body === body.id);
      expect(
        onYearPages.map(([, m]) => m.id),
        body.id,
      ).toEqual(meetings.map((m) => m.id));
      for (const [year, meeting] of onYearPages) expect(meeting.date.startsWith(String(year)), meeting.id).toBe(true);
      const own = bodyPages.find((p) => p.params.body === body.id)!.view;
      expect(own.totalMeetings).toBe(meetings.length);
      expect(own.latest.map(({ meeting }) => meeting.id)).toEqual(meetings.slice(0, NEWEST_ITEMS).map((m) => m.id));
      expect(own.years.reduce((n, y) => n + y.count, 0)).toBe(meetings.length);
    }
  });
});
