/** Builds a content folder into a folder of the test's choosing with `npm run build`'s script. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');

export interface BuildResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Each build keeps its rebuild cache beside its own output (`<dist>.cache`) unless told
 * otherwise, so tests building at once never share one.
 */
export function buildSite(options: {
  dist: string;
  basePath?: string;
  contentDir?: string;
  siteUrl?: string;
  cacheDir?: string;
  today?: string;
  shard?: string;
  searchPartPages?: number;
  yearPageLimit?: number;
  nodeOptions?: string;
}): BuildResult {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/build.ts')], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      MINUTED_DIST: options.dist,
      BASE_PATH: options.basePath ?? '',
      CONTENT_DIR: options.contentDir ?? '',
      SITE_URL: options.siteUrl ?? '',
      MINUTED_CACHE_DIR: options.cacheDir ?? `${options.dist}.cache`,
      ...(options.today ? { MINUTED_TODAY: options.today } : {}),
      MINUTED_SHARD: options.shard ?? '',
      MINUTED_SEARCH_PART_PAGES: options.searchPartPages ? String(options.searchPartPages) : '',
      MINUTED_YEAR_PAGE_LIMIT: options.yearPageLimit ? String(options.yearPageLimit) : '',
      ...(options.nodeOptions ? { NODE_OPTIONS: options.nodeOptions } : {}),
    },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
