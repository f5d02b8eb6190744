/**
 * Parts of the search index kept between builds. A part whose records are exactly those it
 * was last indexed from is taken from the cache (copyTree), not indexed again, so a rebuild after
 * changing one item waits only for the part that holds it. Entries are keyed on a hash of
 * the records handed to Pagefind; the folder is named by the pipeline's version (Minuted's
 * code and the lock file, so Pagefind's version too), like the minutes cache beside it.
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  linkSync,
  promises as fs,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { recordTypes, type SearchIndexReport, writeSearchIndex } from '../search/pagefind.ts';
import { safeList } from './minutes-cache.ts';
import type { IndexedPage } from '../search/part-changes.ts';
import type { SearchRecord } from '../search/records.ts';

/** A part of the index as the cache sees it: the entry its records are kept under, whether the cache holds that entry whole, and the records' count and types. */
export interface PlannedPart {
  key: string;
  cached: boolean;
  records: number;
  byType: Record<string, number>;
  /** A hash of each record, in order: what tells a changed page from the same page (search-changes.ts). */
  hashes: string[];
}

/** The pages an entry of the cache indexes, by URL. */
export type IndexedPages = Record<string, IndexedPage>;

export interface SearchIndexCache {
  /** Hashes a part's records, so a build can index the parts the cache lacks before copying the others. */
  plan(records: readonly SearchRecord[]): PlannedPart;
  /** writeSearchIndex for a planned part: copied from the cache when it holds it, or else indexed from `records` (needed only then) and kept. */
  write(
    part: PlannedPart,
    outputDir: string,
    records?: readonly SearchRecord[],
  ): Promise<SearchIndexReport & { cached: boolean }>;
  /** The pages of the entry `key`, if the cache holds their list. */
  pages(key: string): IndexedPages | undefined;
  /** Keeps the entry `key` though no part of this build's is indexed from the same records: the site's part it is, amended (search-changes.ts). */
  keep(key: string): void;
  /** Removes the parts this build did not use, and other versions' folders (several files at once). */
  prune(): Promise<void>;
}

/**
 * A cache in `dir` (e.g. node_modules/.astro/minuted), for one pipeline version.
 * Example: const cache = searchIndexCache(dir, version); await cache.write(cache.plan(records), 'dist/pagefind/part-1', records); await cache.prune().
 */
export function searchIndexCache(dir: string, version: string): SearchIndexCache {
  const folder = join(dir, `search-${version}`);
  // Each entry's list of pages (IndexedPages), in a folder beside the entries.
  const pagesFolder = `${folder}.pages`;
  const pagesOf = (key: string) => join(pagesFolder, `${key}.json`);
  const used = new Set<string>();
  return {
    plan(records) {
      // The records as JSON: they decide the HTML handed to Pagefind, and serialise faster than it.
      const hashes = records.map((record) => createHash('sha1').update(JSON.stringify(record)).digest('base64url'));
      const key = createHash('sha1').update(hashes.join('\n')).digest('hex');
      used.add(key);
      const kept = join(folder, key);
      // An entry is renamed into place only when whole, after its index was reconciled page
      // by page, so counting its pages finds one damaged since, without reading them all.
      const cached = existsSync(kept) && safeList(join(kept, 'fragment')).length === records.length;
      return { key, cached, records: records.length, byType: recordTypes(records), hashes };
    },
    async write(part, outputDir, records) {
      const kept = join(folder, part.key);
      if (part.cached) {
        copyTree(kept, outputDir);
        return { records: part.records, byType: part.byType, cached: true };
      }
      if (!records)
        throw new Error(`The search index's ${outputDir} is not in the cache, so it needs its records to be indexed.`);
      rmSync(kept, { recursive: true, force: true }); // a damaged entry is dropped and the part indexed afresh
      const report = await writeSearchIndex(records, outputDir);
      try {
        // Copied beside and renamed, so a build stopped halfway never leaves half an entry.
        copyTree(outputDir, `${kept}.${process.pid}`);
        renameSync(`${kept}.${process.pid}`, kept);
        const pages: IndexedPages = Object.fromEntries(
          records.map((record, i) => [record.url, [report.ids![record.url], part.hashes[i], record.filters]]),
        );
        mkdirSync(pagesFolder, { recursive: true });
        writeFileSync(`${pagesOf(part.key)}.${process.pid}`, JSON.stringify(pages));
        renameSync(`${pagesOf(part.key)}.${process.pid}`, pagesOf(part.key));
      } catch {
        // The cache only saves time: a build that cannot write it still builds.
      }
      return { ...report, cached: false };
    },
    pages(key) {
      try {
        return JSON.parse(readFileSync(pagesOf(key), 'utf8')) as IndexedPages;
      } catch {
        return undefined;
      }
    },
    keep(key) {
      used.add(key);
    },
    async prune() {
      const stale = [
        ...safeList(dir)
          .filter((other) => other.startsWith('search-') && ![folder, pagesFolder].includes(join(dir, other)))
          .map((other) => join(dir, other)),
        ...safeList(folder)
          .filter((name) => !used.has(name))
          .map((name) => join(folder, name)),
        ...safeList(pagesFolder)
          .filter((name) => !used.has(name.replace(/\.json$/, '')))
          .map((name) => join(pagesFolder, name)),
      ];
      await Promise.all(stale.map((path) => fs.rm(path, { recursive: true, force: true })));
    },
  };
}

/**
 * Copies a part's folder, linking the files in its subfolders (fragment/, index/, filter/)
 * rather than copying them. Pagefind names those by their content and never rewrites one,
 * so the cache and dist/ can share them, at a tenth of the cost of copying. The few
 * files at the top (scripts, the entry) are copied. Where links cannot be made (another
 * file system), everything is copied.
 */
function copyTree(from: string, to: string): void {
  const entries = readdirSync(from, { recursive: true, withFileTypes: true });
  mkdirSync(to, { recursive: true });
  for (const entry of entries) {
    const source = join(entry.parentPath, entry.name);
    const target = join(to, relative(from, source));
    if (entry.isDirectory()) mkdirSync(target, { recursive: true });
    else if (entry.parentPath === from) copyFileSync(source, target);
    else {
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target);
      }
    }
  }
}
