/**
 * A rebuild that updates the last site in place: when every page not rendered again is
 * taken from the site in `dist/` itself (page-reuse.ts), the build moves only the files it
 * wrote into it, one rename each, and removes the files no build makes any more, rather
 * than linking every unchanged page into a fresh folder and swapping the folders (at
 * 10,000 items, 2 s of making folders and links for 13,000 pages).
 *
 * It runs only once everything that can fail has succeeded (the pages, the sitemap, the
 * host configuration, the search index), so a failed build still leaves `dist/` as it was.
 * Each file is replaced whole (a rename), and the search index as one folder. A build
 * stopped while it moves files leaves a site part old, part new, every file of it whole;
 * the ledger is removed before the first move, so the next build builds the site whole and
 * swaps it in.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { removeInBackground } from './swap-dir.ts';

/** The site's folder of the search index, replaced whole. */
const SEARCH_DIR = 'pagefind';

/**
 * Every file below `site`, but those in its search index, as paths from its root.
 * Example: builtFiles('dist') → ['/_astro/site.Bx1c.css', '/index.html', '/sitemap.xml', …].
 */
export function builtFiles(site: string): string[] {
  return readdirSync(site, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => `/${relative(site, join(entry.parentPath, entry.name)).split(sep).join('/')}`)
    .filter((file) => !file.startsWith(`/${SEARCH_DIR}/`));
}

/**
 * Moves the files of `fresh` (`written`, as builtFiles lists them, and its search index)
 * into `target`, replacing the files there, then removes `stale` files from `target`, and
 * the folders they leave empty. Astro's scripts and styles go first, so no new page is
 * served before what it loads; `fresh` is removed.
 * Example: updateSite({ fresh: '.dist.building-12', target: 'dist', written: ['/index.html'], stale: ['/meetings/x/index.html'] }).
 */
export function updateSite(options: {
  fresh: string;
  target: string;
  written: readonly string[];
  stale: readonly string[];
}): void {
  const { fresh, target, written, stale } = options;
  const assetsFirst = [...written].sort(
    (a, b) => Number(!a.startsWith('/_astro/')) - Number(!b.startsWith('/_astro/')),
  );
  const made = new Set<string>();
  for (const file of assetsFirst) {
    const to = join(target, file);
    if (!made.has(dirname(to))) mkdirSync(dirname(to), { recursive: true });
    made.add(dirname(to));
    renameSync(join(fresh, file), to);
  }
  // The old index is moved aside and the new one in: between the two renames no index is there, for a moment.
  const oldSearch = `${fresh}-${SEARCH_DIR}.old`;
  if (existsSync(join(target, SEARCH_DIR))) renameSync(join(target, SEARCH_DIR), oldSearch);
  if (existsSync(join(fresh, SEARCH_DIR))) renameSync(join(fresh, SEARCH_DIR), join(target, SEARCH_DIR));
  if (existsSync(oldSearch)) removeInBackground(oldSearch);
  for (const file of stale) {
    rmSync(join(target, file), { force: true });
    for (let dir = dirname(join(target, file)); dir.length > target.length; dir = dirname(dir)) {
      try {
        rmdirSync(dir);
      } catch {
        break; // not empty (or gone already)
      }
    }
  }
  rmSync(fresh, { recursive: true, force: true });
}
