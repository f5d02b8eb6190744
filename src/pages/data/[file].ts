/** The open data downloads: data/decisions.csv, data/meetings.json, … */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteRoot } from '../../lib/hosting.ts';
import { openDataFiles, type DataFile } from '../../lib/open-data.ts';
import { getKpiSeries, getSiteIndex } from '../../site-data.ts';

export const getStaticPaths = (async () => {
  const index = await getSiteIndex();
  return openDataFiles(index, (await getKpiSeries()), siteRoot(), index.site.licence).map((file) => ({ params: { file: file.path.replace(/^data\//, '') }, props: file }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<DataFile> = ({ props }) => new Response(props.text, { headers: { 'content-type': props.mediaType } });
