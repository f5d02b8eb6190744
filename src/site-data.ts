/**
 * The site's data for pages, worked out once per build from the corpus that
 * `npm run build` has checked. Pages read it in the same process, rather than through
 * Astro's content layer, whose data store would serialise the whole archive to disk and
 * load it back: in a 10,000-item rebuild that round trip took about 10 s, and it held a
 * second copy of every item's minutes in memory (README: "Performance").
 */
import type { APIRoute } from 'astro';
import { contentDir } from './lib/config/content-dir.ts';
import { checkedCorpus } from './lib/build/corpus-handover.ts';
import { buildDate } from './lib/config/hosting.ts';
import { buildFigures, type Figures } from './lib/kpi/figures.ts';
import type { KpiSeries } from './lib/kpi/load.ts';
import { pageKey } from './lib/build/page-key.ts';
import { pageFile, pageReuse } from './lib/build/page-reuse.ts';
import { buildPageIndex, type SiteIndex } from './lib/pages/site-index.ts';
import { siteSearchParts } from './lib/search/parts.ts';
import { makesSiteWidePages, meetingsOfParts, parseShard, partsOfShard } from './lib/build/shards.ts';

let index: SiteIndex | undefined;
let figures: Figures | undefined;
let htmlById: Map<string, string> | undefined;
let workedOutFrom: unknown;

/** The checked corpus; what is worked out from it is forgotten when live preview hands over a new one. */
function corpus() {
  const current = checkedCorpus(contentDir(process.cwd()));
  if (current !== workedOutFrom) {
    index = figures = htmlById = undefined;
    workedOutFrom = current;
  }
  return current;
}

export async function getSiteIndex(): Promise<SiteIndex> {
  const current = corpus();
  index ??= buildPageIndex(current, buildDate());
  return index;
}

/** Whether this build makes the site-wide pages: a whole build, or shard 1 (MINUTED_SHARD). */
export function buildsSiteWide(): boolean {
  return makesSiteWidePages(parseShard(process.env.MINUTED_SHARD));
}

/** The meetings whose pages this build renders: all of them, or its shard's (MINUTED_SHARD). */
export async function meetingsToRender(): Promise<SiteIndex['meetings']> {
  const index = await getSiteIndex();
  const shard = parseShard(process.env.MINUTED_SHARD);
  if (!shard) return index.meetings;
  const mine = meetingsOfParts(partsOfShard(siteSearchParts(index), shard));
  return index.meetings.filter((m) => mine.has(m.id));
}

/** The sanitised HTML of an item's minutes. */
export async function itemHtml(id: string): Promise<string> {
  const { items } = corpus();
  htmlById ??= new Map(items.map((item) => [item.id, item.html]));
  return htmlById.get(id) ?? '';
}

/** Every KPI series. */
export async function getKpiSeries(): Promise<KpiSeries[]> {
  return corpus().kpis.series;
}

/** The performance figures, by measure and place. */
export async function getFigures(): Promise<Figures> {
  const { indicators, series } = corpus().kpis;
  figures ??= buildFigures(indicators, series, (await getSiteIndex()).localities);
  return figures;
}

/**
 * The pages of a route (getStaticPaths' `routePattern`) this build renders, given each
 * page's key (page-key.ts): those new or changed since the last build. The build takes the
 * others from the last build's site (page-reuse.ts).
 */
export function changedPages<P extends { params: Record<string, string | number | undefined>; key: string }>(
  routePattern: string,
  pages: readonly P[],
): Omit<P, 'key'>[] {
  const reuse = pageReuse();
  return pages
    .filter((page) => !reuse || reuse.mustRender(pageFile(routePattern, page.params), page.key))
    .map(({ key: _, ...page }) => page);
}

/** A file an endpoint writes (a feed, a calendar, a download): its route's parameters, its text and its media type. */
export interface SiteFile {
  params: Record<string, string>;
  text: string;
  mediaType: string;
}

/**
 * changedPages for an endpoint's files, each keyed on its text: getStaticPaths works the
 * text out, and the endpoint (fileResponse) only returns it, so an unchanged file is taken
 * from the last site rather than written again (17 MB of downloads at 10,000 items).
 */
export function changedFiles(routePattern: string, files: readonly SiteFile[]) {
  return changedPages(
    routePattern,
    files.map(({ params, text, mediaType }) => ({ params, props: { text, mediaType }, key: pageKey(text) })),
  );
}

/** The GET of an endpoint whose files come from changedFiles. */
export const fileResponse: APIRoute<Omit<SiteFile, 'params'>> = ({ props }) =>
  new Response(props.text, { headers: { 'content-type': props.mediaType } });
