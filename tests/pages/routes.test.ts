/**
 * Every route's pages as data: each page's parameters are its own, and its view is plain
 * data (no lookups, no functions), so the page key made from it is all the page shows,
 * and the same for the same content.
 */
import { describe, expect, it } from 'vitest';
import { pageKey } from '../../src/lib/build/page-key.ts';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import { bodyRoute, bodyYearRoute } from '../../src/lib/pages/body.ts';
import { bodyDecisionsRoute, bodyDecisionYearsRoute, decisionYearsRoute } from '../../src/lib/pages/decisions.ts';
import {
  actionsOfBodyPeriodRoute,
  actionsOfBodyRoute,
  actionsOfPeriodRoute,
  actionsOfStatusPeriodRoute,
  actionsOfStatusRoute,
} from '../../src/lib/pages/follow-ups.ts';
import { indicatorRoute } from '../../src/lib/pages/indicators.ts';
import { itemRoute } from '../../src/lib/pages/item.ts';
import { meetingPageRoute } from '../../src/lib/pages/meeting.ts';
import { localityRoute, localityYearRoute, topicRoute, topicYearRoute } from '../../src/lib/pages/place.ts';
import { type Route, type RouteParams, siteDataOf } from '../../src/lib/pages/routes.ts';
import { allPages, TODAY } from './synthetic-site.ts';

const routes: Record<string, Route<RouteParams, unknown>> = {
  meetingPageRoute,
  itemRoute,
  bodyRoute,
  bodyYearRoute,
  decisionYearsRoute,
  bodyDecisionsRoute,
  bodyDecisionYearsRoute,
  actionsOfPeriodRoute,
  actionsOfStatusRoute,
  actionsOfStatusPeriodRoute,
  actionsOfBodyRoute,
  actionsOfBodyPeriodRoute,
  indicatorRoute,
  localityRoute,
  localityYearRoute,
  topicRoute,
  topicYearRoute,
};

/** Where in `value` there is something other than plain data: a function, a Map or Set, a class instance. */
function notPlain(value: unknown, path = 'view', seen = new Set<object>()): string[] {
  if (typeof value === 'function') return [path];
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  const proto = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return [path];
  return Object.entries(value).flatMap(([key, v]) => notPlain(v, `${path}.${key}`, seen));
}

// A year page limit of 1 gives the sample's years pages of months.
const site = siteDataOf(loadCorpus('content'), TODAY, 1);
const sameContent = siteDataOf(loadCorpus('content'), TODAY, 1);

describe.each(Object.entries(routes))('%s', (_, route) => {
  const pages = allPages(route, site);

  it('makes pages, each with parameters of its own', () => {
    expect(pages.length).toBeGreaterThan(0);
    const params = pages.map((p) => JSON.stringify(p.params));
    expect(new Set(params).size).toBe(params.length);
  });

  it('gives each page a view of plain data', () => {
    for (const { params, view } of pages) expect(notPlain(view), JSON.stringify(params)).toEqual([]);
  });

  it('keys each page the same for the same content', () => {
    const again = allPages(route, sameContent);
    expect(again.map((p) => pageKey(p.view))).toEqual(pages.map((p) => pageKey(p.view)));
  });
});

describe("an item's minutes", () => {
  it('are read by the routes that show them alone, each saying so with withMinutes', () => {
    for (const [name, route] of Object.entries(routes)) {
      let read = 0;
      const counted = { ...site, minutesOf: (id: string) => ((read += 1), site.minutesOf(id)) };
      allPages(route, counted);
      expect([name, read > 0]).toEqual([name, route.withMinutes !== undefined]);
    }
  });
});
