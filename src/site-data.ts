/**
 * The site's data for pages, worked out once per build from the corpus the build has
 * checked, and every route's getStaticPaths, made from its route data (lib/pages/routes.ts).
 * Pages read the corpus in the same process rather than through Astro's content layer,
 * whose data store would serialise the whole archive to disk and load it back, holding a
 * second copy of every item's minutes (docs/performance.md).
 */
import type { APIRoute, GetStaticPathsOptions } from 'astro';
import { contentDir } from './lib/config/content-dir.ts';
import { checkedCorpus, handedOverSiteData } from './lib/build/corpus-handover.ts';
import { buildDate } from './lib/config/hosting.ts';
import { pageKey, textKey } from './lib/build/page-key.ts';
import { pageFile, pageReuse } from './lib/build/page-reuse.ts';
import { yearPageLimit } from './lib/pages/busy-years.ts';
import { type Route, type RouteParams, siteDataOf, siteRoute, type SiteData } from './lib/pages/routes.ts';
import { siteSearchParts } from './lib/search/parts.ts';
import { makesSiteWidePages, meetingsOfParts, parseShard, partsOfShard } from './lib/build/shards.ts';

let data: SiteData | undefined;
let workedOutFrom: unknown;

/** The checked corpus; what is worked out from it is forgotten when live preview hands over a new one. */
function corpus() {
  const current = checkedCorpus(contentDir(process.cwd()));
  if (current !== workedOutFrom) {
    data = undefined;
    workedOutFrom = current;
  }
  return current;
}

/** What every page is worked out from. */
export function siteData(): SiteData {
  const current = corpus();
  data ??= handedOverSiteData(current) ?? siteDataOf(current, buildDate(), yearPageLimit());
  return data;
}

/** The site's settings (site.yaml), which every page's key holds. */
export const siteConfig = () => siteData().index.site;

/** A getStaticPaths: each page's parameters, and its view as its props. */
type StaticPaths<Params, View> = (options: GetStaticPathsOptions) => Promise<{ params: Params; props: View }[]>;

/**
 * The pages of a route this build makes: its shard's meetings' (MINUTED_SHARD), and the
 * site-wide pages only in shard 1 or a whole build; with `items`, only the meetings' with
 * one of those items.
 */
function pagesOfThisBuild<Params extends RouteParams, View, Props>(
  route: Route<Params, View, Props>,
  site: SiteData,
  items?: ReadonlySet<string>,
) {
  const shard = parseShard(process.env.MINUTED_SHARD);
  if (route.of === 'site') return makesSiteWidePages(shard) ? route.pages(site) : [];
  const mine = shard && meetingsOfParts(partsOfShard(siteSearchParts(site.index), shard));
  return site.index.meetings
    .filter((m) => (!mine || mine.has(m.id)) && (!items || m.items.some((id) => items.has(id))))
    .flatMap((meeting) => route.pages(site, meeting));
}

/**
 * A getStaticPaths of the pages of a route this build renders, less those whose key is the
 * same as at the last build: the build takes those from the last build's site instead
 * (page-reuse.ts). When only some items' minutes changed since, only the pages showing
 * them can differ, so no other page's view is worked out. Without `keyOf`, every page is rendered.
 */
function pathsOf<Params extends RouteParams, View, Props>(
  route: Route<Params, View, Props>,
  keyOf?: (view: View, site: SiteData) => string,
): StaticPaths<Params, Props> {
  return async ({ routePattern }) => {
    const site = siteData();
    const reuse = pageReuse();
    const changedMinutes = keyOf && reuse?.changedMinutesOnly();
    const pages = !changedMinutes
      ? pagesOfThisBuild(route, site)
      : route.withMinutes
        ? pagesOfThisBuild(route, site, changedMinutes)
        : [];
    const toRender =
      keyOf && reuse
        ? pages.filter(({ params, view }) => reuse.mustRender(pageFile(routePattern, params), keyOf(view, site)))
        : pages;
    const propsOf = (view: View) => (route.withMinutes ? route.withMinutes(view, site) : (view as unknown as Props));
    return toRender.map(({ params, view }) => ({ params, props: propsOf(view) }));
  };
}

/**
 * A page route's getStaticPaths. Its page's key hashes the site's settings and the page's
 * view, all the page shows. Example: `export const getStaticPaths = routePaths(topicRoute);`.
 */
export function routePaths<Params extends RouteParams, View, Props = View>(
  route: Route<Params, View, Props>,
  { reuse = true } = {},
): StaticPaths<Params, Props> {
  // Whether the site has a glossary decides the footer's links on every page.
  const keyOf = (view: View, site: SiteData) =>
    pageKey({ site: site.index.site, glossary: site.index.glossary.length > 0, view });
  return pathsOf(route, reuse ? keyOf : undefined);
}

/** A file an endpoint writes (a feed, a calendar, a download): its route's parameters, its text and its media type. */
interface SiteFile {
  params: Record<string, string>;
  text: string;
  mediaType: string;
}

/**
 * An endpoint's getStaticPaths: it works each file's text out, keyed on that text, and
 * the endpoint (fileResponse) only returns it, so an unchanged file is taken from the last
 * site rather than written again.
 */
export function filePaths(
  files: (site: SiteData) => SiteFile[],
): StaticPaths<SiteFile['params'], Omit<SiteFile, 'params'>> {
  return pathsOf(
    siteRoute((site) => files(site).map(({ params, text, mediaType }) => ({ params, view: { text, mediaType } }))),
    (file) => textKey(file.text),
  );
}

/** The GET of an endpoint whose files come from filePaths. */
export const fileResponse: APIRoute<Omit<SiteFile, 'params'>> = ({ props }) =>
  new Response(props.text, { headers: { 'content-type': props.mediaType } });
