/** The follow-up tracker lists every follow-up on the page of the year, or busy year's month, it was asked in. */
import { describe, expect, it } from 'vitest';
import { actionsOfPeriodRoute, actionsView } from '../../src/lib/pages/follow-ups.ts';
import { NEWEST_ITEMS } from '../../src/lib/pages/listings.ts';
import { allPages, datePrefix, syntheticSite, TODAY } from './synthetic-site.ts';

const { siteData } = syntheticSite();
const site = siteData();
const { index } = site;

describe('the follow-up tracker', () => {
  it('lists the most recently asked of each status on its page, and every follow-up on the page of the year it was asked', () => {
    const view = actionsView(site);
    expect(view.asAt).toBe(TODAY);
    const overdue = view.groups.find((g) => g.status === 'overdue')!;
    expect(overdue.total).toBeGreaterThan(NEWEST_ITEMS);
    for (const group of view.groups) {
      const all = index.actions.filter((a) => a.status === group.status);
      const shown = group.actions.map((a) => a.action);
      expect(group.total).toBe(all.length);
      expect(shown).toHaveLength(Math.min(all.length, NEWEST_ITEMS));
      const oldestShown = shown.at(-1)?.meeting.date ?? '';
      for (const left of all.filter((a) => !shown.includes(a)))
        expect(left.meeting.date <= oldestShown, left.id).toBe(true);
    }
    expect(view.years.map((y) => Number(y.label))).toEqual(
      [...new Set(index.actions.map((a) => Number(a.meeting.date.slice(0, 4))))].sort((a, b) => b - a),
    );
    const onYearPages = allPages(actionsOfPeriodRoute, site).flatMap(({ view: page }) =>
      page.groups.flatMap((g) => g.actions.map(({ action }) => [page.year, action] as const)),
    );
    expect(onYearPages.map(([, a]) => a.id).sort()).toEqual(index.actions.map((a) => a.id).sort());
    for (const [year, action] of onYearPages)
      expect(action.meeting.date.startsWith(String(year)), action.id).toBe(true);
  });

  it('lists a busy year a month a page, each follow-up on the page of the month it was asked', () => {
    const pages = allPages(actionsOfPeriodRoute, siteData(12)).map((p) => p.view);
    const listed = pages.flatMap((page) =>
      page.groups.flatMap((g) => g.actions.map(({ action }) => ({ page, action }))),
    );
    expect(listed.map(({ action }) => action.id).sort()).toEqual(index.actions.map((a) => a.id).sort());
    for (const { page, action } of listed)
      expect(action.meeting.date.startsWith(datePrefix(page.year, page.month)), action.id).toBe(true);
    const busy = pages.filter((p) => p.months && p.month === undefined);
    expect(busy.length).toBeGreaterThan(0);
    // A busy year's own page still counts its follow-ups by status, and links to each month with its count.
    for (const { year, groups, months } of busy) {
      const ofYear = index.actions.filter((a) => a.meeting.date.startsWith(`${year}-`));
      expect(groups.reduce((n, g) => n + g.total, 0)).toBe(ofYear.length);
      expect(months!.reduce((n, m) => n + m.count, 0)).toBe(ofYear.length);
      expect(months![0].path).toMatch(new RegExp(`^actions/${year}/\\d\\d/$`));
    }
  });

  it('shows each follow-up with the meetings of the items that answer it, or might', () => {
    for (const { action, answeredBy, suggestions } of actionsView(site).groups.flatMap((g) => g.actions)) {
      expect(answeredBy.map((a) => a.item)).toEqual(action.answeredBy);
      expect(suggestions.map((s) => s.item)).toEqual(action.suggestions);
      for (const { item, meeting } of [...answeredBy, ...suggestions]) expect(meeting.id).toBe(item.meeting);
    }
  });
});
