/** indicators/<measure>/<locality>.csv: exactly the figures behind one chart. */
import { filePaths, fileResponse } from '../../../site-data.ts';

export const getStaticPaths = filePaths(({ figures }) =>
  figures.measures.flatMap((measure) =>
    figures.localitiesWith(measure).map((locality) => ({
      params: { measure: measure.id, file: `${locality}.csv` },
      mediaType: 'text/csv; charset=utf-8',
      text: figures.chart(measure, locality)!.csv,
    })),
  ),
);

export const GET = fileResponse;
