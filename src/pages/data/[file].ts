/** The open data downloads: data/decisions.csv, data/meetings.json, … */
import type { GetStaticPaths } from 'astro';
import { siteRoot } from '../../lib/config/hosting.ts';
import { openDataFiles } from '../../lib/publish/open-data.ts';
import { buildsSiteWide, changedFiles, fileResponse, getKpiSeries, getSiteIndex } from '../../site-data.ts';

export const getStaticPaths = (async ({ routePattern }) => {
  if (!buildsSiteWide()) return []; // shard 1 makes the site-wide pages
  const index = await getSiteIndex();
  return changedFiles(
    routePattern,
    openDataFiles(index, await getKpiSeries(), siteRoot(), index.site.licence).map(({ path, text, mediaType }) => ({
      params: { file: path.replace(/^data\//, '') },
      text,
      mediaType,
    })),
  );
}) satisfies GetStaticPaths;

export const GET = fileResponse;
