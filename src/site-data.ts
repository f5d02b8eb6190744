/** The site index for pages, built once per build from the content collections. */
import { getCollection, getEntry } from 'astro:content';
import type { MeetingEntry } from './lib/corpus.ts';
import { buildDate } from './lib/hosting.ts';
import { contentDir } from './lib/content-dir.ts';
import { takeCheckedCorpus } from './lib/corpus-handover.ts';
import { buildFigures, type Figures } from './lib/kpi/figures.ts';
import { readKpiFolder } from './lib/kpi/read.ts';
import type { KpiSeries } from './lib/kpi/load.ts';
import type { KpiData } from './lib/corpus.ts';
import { buildSiteIndex, type SiteIndex } from './lib/site-index.ts';
import { siteSearchParts } from './lib/search-parts.ts';
import { makesSiteWidePages, meetingsOfParts, parseShard, partsOfShard } from './lib/shards.ts';

let built: Promise<SiteIndex> | undefined;

export function getSiteIndex(): Promise<SiteIndex> {
  built ??= (async () => {
    const [site, bodies, localities, topics, meetings, items] = await Promise.all([
      getEntry('site', 'site'),
      getCollection('bodies'),
      getCollection('localities'),
      getCollection('topics'),
      getCollection('meetings'),
      getCollection('items'),
    ]);
    return buildSiteIndex({
      site: site!.data,
      bodies: bodies.map((e) => e.data),
      localities: localities.map((e) => e.data),
      topics: topics.map((e) => e.data),
      meetings: meetings.map((e) => e.data as MeetingEntry),
      items: items.map((e) => e.data),
    }, buildDate());
  })();
  return built;
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
  return (await getEntry('items', id))?.rendered?.html ?? '';
}

let kpis: Pick<KpiData, 'indicators' | 'series'> | undefined;
let figures: Figures | undefined;

/** Every KPI series, from the corpus the build script checked (or read afresh). */
export async function getKpiSeries(): Promise<KpiSeries[]> {
  return kpiData().series;
}

function kpiData() {
  const dir = contentDir(process.cwd());
  kpis ??= takeCheckedCorpus(dir)?.kpis ?? readKpiFolder(dir);
  return kpis;
}

/** The performance figures, by measure and place. */
export async function getFigures(): Promise<Figures> {
  figures ??= buildFigures(kpiData().indicators, kpiData().series, (await getSiteIndex()).localities);
  return figures;
}
