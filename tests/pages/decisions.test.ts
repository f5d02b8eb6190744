/** The decisions register lists every decision on the page of its year, or busy year's month, for the whole register and each body. */
import { describe, expect, it } from 'vitest';
import { bodyDecisions, bodyDecisionYearsRoute, decisionYearsRoute } from '../../src/lib/pages/decisions.ts';
import { allPages, byId, datePrefix, syntheticSite } from './synthetic-site.ts';

const { siteData } = syntheticSite();
const site = siteData();
const { index } = site;

describe("a body's decisions in the register", () => {
  it('lists its latest on its page, and each decision on the page of its year, with counts of all', () => {
    const latest = 5; // fewer than most boards here have (the site lists 50)
    const yearPages = allPages(bodyDecisionYearsRoute, site);
    for (const body of index.bodies.values()) {
      const all = index.decisionsOfBody(body.id);
      const view = bodyDecisions(site, body, latest);
      expect(view.total).toBe(all.length);
      expect(view.decisions).toEqual(all.slice(0, latest));
      expect(view.outcomes.reduce((n, o) => n + o.count, 0)).toBe(all.length);
      const onYearPages = view.years.flatMap(({ label }) =>
        yearPages
          .filter((p) => p.params.body === body.id && p.params.year === label)
          .flatMap((p) => p.view.decisions.map((d) => [label, d] as const)),
      );
      expect(onYearPages.map(([, d]) => d)).toEqual(all);
      for (const [year, decision] of onYearPages)
        expect(decision.meeting.date.startsWith(year), decision.id).toBe(true);
    }
  });

  it("lists a busy year's decisions a month a page, for the whole register and for each body", () => {
    const limit = 12;
    const busySite = siteData(limit);
    const register = allPages(decisionYearsRoute, busySite);
    const ofBodies = allPages(bodyDecisionYearsRoute, busySite);
    let busyYears = 0;
    for (const body of [undefined, ...busySite.index.bodies.keys()]) {
      const all = body ? busySite.index.decisionsOfBody(body) : busySite.index.decisions;
      const pages = body
        ? ofBodies.filter((p) => p.params.body === body).map((p) => p.view)
        : register.map((p) => p.view);
      expect(pages.flatMap((p) => p.decisions).sort(byId)).toEqual([...all].sort(byId));
      for (const { year, month, title, decisions, crumbs, total, months } of pages) {
        if (month !== undefined) {
          expect(title).toContain(
            ` in ${new Date(Date.UTC(year, month - 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' })} ${year}`,
          );
          expect(decisions.every((d) => d.meeting.date.startsWith(datePrefix(year, month)))).toBe(true);
          expect(crumbs.at(-1)).toEqual({
            label: String(year),
            href: body ? `decisions/body/${body}/${year}/` : `decisions/year/${year}/`,
          });
        } else if (months) {
          busyYears++;
          expect(decisions).toEqual([]);
          expect(total).toBe(all.filter((d) => d.meeting.date.startsWith(`${year}-`)).length);
          expect(total).toBeGreaterThan(limit);
          expect(months.reduce((n, m) => n + m.count, 0)).toBe(total);
        }
      }
    }
    expect(busyYears).toBeGreaterThan(0);
  });
});
