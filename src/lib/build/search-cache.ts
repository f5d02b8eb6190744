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
  renameSync,
  rmSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { recordTypes, type SearchIndexReport, writeSearchIndex } from '../search/pagefind.ts';
import { safeList } from './minutes-cache.ts';
import type { SearchRecord } from '../search/records.ts';

/** A part of the index as the cache sees it: the entry its records are kept under, whether the cache holds that entry whole, and the records' count and types. */
export interface PlannedPart {
  key: string;
  cached: boolean;
  records: number;
  byType: Record<string, number>;
}

export interface SearchIndexCache {
  /** Hashes a part's records, so a build can index the parts the cache lacks before copying the others. */
  plan(records: readonly SearchRecord[]): PlannedPart;
  /** writeSearchIndex for a planned part: copied from the cache when it holds it, or else indexed from `records` (needed only then) and kept. */
  write(
    part: PlannedPart,
    outputDir: string,
    records?: readonly SearchRecord[],
  ): Promise<SearchIndexReport & { cached: boolean }>;
  /** Removes the parts this build did not use, and other versions' folders (several files at once). */
  prune(): Promise<void>;
}

/**
 * A cache in `dir` (e.g. node_modules/.astro/minuted), for one pipeline version.
 * Example: const cache = searchIndexCache(dir, version); await cache.write(cache.plan(records), 'dist/pagefind/part-1', records); await cache.prune().
 */
export function searchIndexCache(dir: string, version: string): SearchIndexCache {
  const folder = join(dir, `search-${version}`);
  const used = new Set<string>();
  return {
    plan(records) {
      const hash = createHash('sha1');
      // The records as JSON: they decide the HTML handed to Pagefind, and serialise faster than it.
      for (const record of records) hash.update(JSON.stringify(record)).update('\n');
      const key = hash.digest('hex');
      used.add(key);
      const kept = join(folder, key);
      // An entry is renamed into place only when whole, after its index was reconciled page
      // by page, so counting its pages finds one damaged since, without reading them all.
      const cached = existsSync(kept) && safeList(join(kept, 'fragment')).length === records.length;
      return { key, cached, records: records.length, byType: recordTypes(records) };
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
      } catch {
        // The cache only saves time: a build that cannot write it still builds.
      }
      return { ...report, cached: false };
    },
    async prune() {
      const stale = [
        ...safeList(dir)
          .filter((other) => other.startsWith('search-') && other !== `search-${version}`)
          .map((other) => join(dir, other)),
        ...safeList(folder)
          .filter((name) => !used.has(name))
          .map((name) => join(folder, name)),
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
