/** What "Find your area" looks places and postcodes up in: places/finder.json, on this site only. */
import { paths } from '../../lib/pages/paths.ts';
import { placeFinderData } from '../../lib/pages/places.ts';
import { filePaths, fileResponse } from '../../site-data.ts';

export const getStaticPaths = filePaths(({ index }) => [
  {
    params: { file: paths.placeFinderData().replace(/^places\//, '') },
    text: JSON.stringify(placeFinderData(index)),
    mediaType: 'application/json',
  },
]);

export const GET = fileResponse;
