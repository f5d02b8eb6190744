/** The site data of a synthetic archive of 200 items made from the sample minutes, removed when the file's tests are done. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { writeSyntheticCorpus } from '../../src/lib/build/synthetic-corpus.ts';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import { DEFAULT_YEAR_PAGE_LIMIT } from '../../src/lib/pages/busy-years.ts';
import { type Route, type RouteParams, type SiteData, siteDataOf } from '../../src/lib/pages/routes.ts';

/** A date after every meeting, so every follow-up with a due date is overdue, none answered. */
export const TODAY = '2030-01-01';

export function syntheticSite() {
  const work = mkdtempSync(join(tmpdir(), 'minuted-pages-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  writeSyntheticCorpus(join(work, 'content'), 200, 'content');
  const corpus = loadCorpus(join(work, 'content'));
  return { corpus, siteData: (yearPageLimit = DEFAULT_YEAR_PAGE_LIMIT) => siteDataOf(corpus, TODAY, yearPageLimit) };
}

/** How the dates of a year's, or a month's, entries begin: "2025-" or "2025-03-". */
export const datePrefix = (year: number, month?: number) =>
  month === undefined ? `${year}-` : `${year}-${String(month).padStart(2, '0')}-`;

export const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

/** Every page of a route, as a whole build makes them. */
export function allPages<Params extends RouteParams, View>(route: Route<Params, View, unknown>, site: SiteData) {
  return route.of === 'site' ? route.pages(site) : site.index.meetings.flatMap((m) => route.pages(site, m));
}
