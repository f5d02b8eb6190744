/** indicators/<measure>/<locality>.csv: exactly the figures behind one chart. */
import type { GetStaticPaths } from 'astro';
import { buildsSiteWide, changedFiles, fileResponse, getFigures } from '../../../site-data.ts';

export const getStaticPaths = (async ({ routePattern }) => {
  if (!buildsSiteWide()) return []; // shard 1 makes the site-wide pages
  const figures = await getFigures();
  return changedFiles(
    routePattern,
    figures.measures.flatMap((measure) =>
      figures.localitiesWith(measure).map((locality) => ({
        params: { measure: measure.id, file: `${locality}.csv` },
        mediaType: 'text/csv; charset=utf-8',
        text: figures.chart(measure, locality)!.csv,
      })),
    ),
  );
}) satisfies GetStaticPaths;

export const GET = fileResponse;
