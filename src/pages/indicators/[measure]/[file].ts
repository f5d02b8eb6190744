/** indicators/<measure>/<locality>.csv: exactly the figures behind one chart. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildsSiteWide, getFigures } from '../../../site-data.ts';

export const getStaticPaths = (async () => {
  if (!buildsSiteWide()) return []; // shard 1 makes the site-wide pages
  const figures = await getFigures();
  return figures.measures.flatMap((measure) =>
    figures.localitiesWith(measure).map((locality) => ({ params: { measure: measure.id, file: `${locality}.csv` }, props: { csv: figures.chart(measure, locality)!.csv } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ csv: string }> = ({ props }) => new Response(props.csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
