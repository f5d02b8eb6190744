/**
 * A route's pages as data, after Starlight's generateRouteData: each page's parameters and
 * its view, everything the page shows and nothing more, worked out once. A page renders
 * from its view alone (and the site's settings), so a hash of that same view is its key
 * for rebuilds (src/site-data.ts turns a route into its getStaticPaths).
 */
import type { Corpus, ItemEntry, KpiData, MeetingEntry } from '../corpus/model.ts';
import { ItemMinutes } from '../corpus/rendered-minutes.ts';
import { buildFigures, type Figures } from '../kpi/figures.ts';
import { sharedView } from './shared-views.ts';
import { buildPageIndex, type SiteIndex } from './site-index.ts';

/** What every page is worked out from, once a build. */
export interface SiteData {
  index: SiteIndex;
  figures: Figures;
  kpis: Pick<KpiData, 'series' | 'indicators'>;
  /** An item's rendered minutes, and the charts they embed. */
  minutesOf(itemId: string): Pick<ItemEntry, 'minutes' | 'kpiEmbeds'>;
  /** The build's date (YYYY-MM-DD): it decides which follow-ups are overdue. */
  today: string;
  /** Entries a year page lists before it is split into months (MINUTED_YEAR_PAGE_LIMIT). */
  yearPageLimit: number;
}

const NO_MINUTES = { minutes: ItemMinutes.of('', ''), kpiEmbeds: [] };

/**
 * The site data of a checked corpus, on the build's date, with its year page limit.
 * Example: siteDataOf(corpus, '2026-11-22', 300).index.item(id) has a title but no html.
 */
export function siteDataOf(corpus: Corpus, today: string, yearPageLimit: number): SiteData {
  const index = buildPageIndex(corpus, today);
  // A figure recurs on many pages (every meeting's since it was published): a page's key hashes each once.
  for (const { points } of corpus.kpis.series) for (const point of points) sharedView(point);
  let items: Map<string, ItemEntry> | undefined;
  return {
    index,
    figures: buildFigures(corpus.kpis.indicators, corpus.kpis.series, index.localities),
    kpis: corpus.kpis,
    minutesOf(id) {
      // Made when an item's page first asks: a shard or a site-wide build may show no minutes.
      items ??= new Map(corpus.items.map((item) => [item.id, item]));
      return items.get(id) ?? NO_MINUTES;
    },
    today,
    yearPageLimit,
  };
}

/** A page's route parameters, as Astro takes them (an empty rest parameter is undefined). */
export type RouteParams = Record<string, string | undefined>;

interface RoutePage<Params extends RouteParams, View> {
  params: Params;
  view: View;
}

/**
 * A route's pages: of the whole site (which only a whole build, or shard 1, makes) or of
 * one meeting at a time (each shard makes its own meetings'). A route whose pages show an
 * item's minutes has `withMinutes`, which adds them to a view only for a page rendered: a
 * view holds their digest, so a page's key is made without reading them.
 */
export type Route<Params extends RouteParams, View, Props = View> = (
  | { of: 'site'; pages: (site: SiteData) => RoutePage<Params, View>[] }
  | { of: 'meeting'; pages: (site: SiteData, meeting: MeetingEntry) => RoutePage<Params, View>[] }
) & { withMinutes?(view: View, site: SiteData): Props };

/** A route of site-wide pages. Example: siteRoute((site) => [{ params: { year: '2025' }, view: { … } }]). */
export function siteRoute<Params extends RouteParams, View>(
  pages: (site: SiteData) => RoutePage<Params, View>[],
): Route<Params, View> {
  return { of: 'site', pages };
}

/** A route of a meeting's pages, worked out a meeting at a time; with `withMinutes` when they show an item's minutes. */
export function meetingRoute<Params extends RouteParams, View, Props = View>(
  pages: (site: SiteData, meeting: MeetingEntry) => RoutePage<Params, View>[],
  withMinutes?: (view: View, site: SiteData) => Props,
): Route<Params, View, Props> {
  return { of: 'meeting', pages, withMinutes };
}
