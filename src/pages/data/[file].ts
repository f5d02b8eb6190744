/** The open data downloads: data/decisions.csv, data/meetings.json, … */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteRoot } from '../../lib/hosting.ts';
import { openDataFiles, type DataFile } from '../../lib/open-data.ts';
import { buildsSiteWide, getKpiSeries, getSiteIndex } from '../../site-data.ts';

export const getStaticPaths = (async () => {
  if (!buildsSiteWide()) return []; // shard 1 makes the site-wide pages
  const index = await getSiteIndex();
  return openDataFiles(index, (await getKpiSeries()), siteRoot(), index.site.licence).map((file) => ({ params: { file: file.path.replace(/^data\//, '') }, props: file }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<DataFile> = ({ props }) => new Response(props.text, { headers: { 'content-type': props.mediaType } });
