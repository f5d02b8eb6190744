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
import { SHARED_SEARCH_DIR } from '../search/shared-wasm.ts';
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
 * Moves the files of `fresh` (`written`, as builtFiles lists them, and the parts of its
 * search index) into `target`, replacing the files there, then removes `stale` files and
 * the folders they leave empty, and the parts of the index not in `searchParts` (the new
 * site's). Astro's scripts and styles go first, so no new page is served before what it
 * loads; `fresh` is removed.
 * Example: updateSite({ fresh: '.dist.building-12', target: 'dist', written: ['/index.html'], stale: ['/meetings/x/index.html'], searchParts: ['part-1'] }).
 */
export function updateSite(options: {
  fresh: string;
  target: string;
  written: readonly string[];
  stale: readonly string[];
  searchParts: readonly string[];
}): void {
  const { fresh, target, written, stale } = options;
  const assetsFirst = [...written].sort(
    (a, b) => Number(!a.startsWith('/_astro/')) - Number(!b.startsWith('/_astro/')),
  );
  const made = new Set<string>();
  const move = (file: string) => {
    const to = join(target, file);
    if (!made.has(dirname(to))) mkdirSync(dirname(to), { recursive: true });
    made.add(dirname(to));
    renameSync(join(fresh, file), to);
  };
  for (const file of assetsFirst) move(file);
  updateSearchIndex(fresh, target, options.searchParts, move);
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

/**
 * Puts the parts of the index written into `fresh` in place of `target`'s, each part's
 * folder whole (the old one moved aside and the new one in: between the two renames that
 * part is missing, for a moment), and Pagefind's shared files, named by their content, one
 * by one; parts of the old index not among `parts` go.
 */
function updateSearchIndex(fresh: string, target: string, parts: readonly string[], move: (file: string) => void) {
  const [from, to, aside] = [join(fresh, SEARCH_DIR), join(target, SEARCH_DIR), `${fresh}-${SEARCH_DIR}.old`];
  const moveAside = (part: string) => {
    mkdirSync(aside, { recursive: true });
    renameSync(join(to, part), join(aside, part));
  };
  mkdirSync(to, { recursive: true });
  for (const name of existsSync(from) ? readdirSync(from) : []) {
    if (name === SHARED_SEARCH_DIR) {
      for (const file of readdirSync(join(from, name))) move(`/${SEARCH_DIR}/${name}/${file}`);
      continue;
    }
    if (existsSync(join(to, name))) moveAside(name);
    renameSync(join(from, name), join(to, name));
  }
  for (const name of readdirSync(to)) if (name !== SHARED_SEARCH_DIR && !parts.includes(name)) moveAside(name);
  if (existsSync(aside)) removeInBackground(aside);
}
