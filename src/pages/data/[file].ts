/** The open data downloads: data/decisions.csv, data/meetings.json, … */
import { siteRoot } from '../../lib/config/hosting.ts';
import { openDataFiles } from '../../lib/publish/open-data.ts';
import { filePaths, fileResponse } from '../../site-data.ts';

export const getStaticPaths = filePaths(({ index, kpis }) =>
  openDataFiles(index, kpis, siteRoot(), index.site.licence).map(({ path, text, mediaType }) => ({
    params: { file: path.replace(/^data\//, '') },
    text,
    mediaType,
  })),
);

export const GET = fileResponse;
