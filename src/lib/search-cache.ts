/**
 * Parts of the search index kept between builds. A part whose records are exactly those it
 * was last indexed from is copied from the cache, not indexed again, so a rebuild after
 * changing one item waits only for the part that holds it. Entries are keyed on a hash of
 * the HTML handed to Pagefind; the folder is named by the pipeline's version (Minuted's
 * code and the lock file, so Pagefind's version too), like the minutes cache beside it.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, promises as fs, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { indexedPages, reconcile, recordHtml, type SearchIndexReport, writeSearchIndex } from './search-index.ts';
import { safeList } from './minutes-cache.ts';
import type { SearchRecord } from './search-records.ts';

export interface SearchIndexCache {
  /** writeSearchIndex, answered by a copy when the same records were indexed before; `cached` says which. */
  write(records: readonly SearchRecord[], outputDir: string): Promise<SearchIndexReport & { cached: boolean }>;
  /** Removes the parts this build did not use, and other versions' folders (several files at once). */
  prune(): Promise<void>;
}

/**
 * A cache in `dir` (e.g. node_modules/.astro/minuted), for one pipeline version.
 * Example: const cache = searchIndexCache(dir, version); await cache.write(records, 'dist/pagefind/part-1'); await cache.prune().
 */
export function searchIndexCache(dir: string, version: string): SearchIndexCache {
  const folder = join(dir, `search-${version}`);
  const used = new Set<string>();
  return {
    async write(records, outputDir) {
      const hash = createHash('sha1');
      for (const record of records) hash.update(recordHtml(record)).update(`\n${record.url}\n`);
      const key = hash.digest('hex');
      used.add(key);
      const kept = join(folder, key);
      if (existsSync(kept)) {
        cpSync(kept, outputDir, { recursive: true });
        try {
          // Checked as a fresh index is: the copy must hold every page and decision meant to be found.
          return { records: records.length, byType: reconcile(records, indexedPages(outputDir)), cached: true };
        } catch {
          // A damaged entry is dropped and the part indexed afresh.
          for (const damaged of [outputDir, kept]) rmSync(damaged, { recursive: true, force: true });
        }
      }
      const report = await writeSearchIndex(records, outputDir);
      try {
        // Copied beside and renamed, so a build stopped halfway never leaves half an entry.
        cpSync(outputDir, `${kept}.${process.pid}`, { recursive: true });
        renameSync(`${kept}.${process.pid}`, kept);
      } catch {
        // The cache only saves time: a build that cannot write it still builds.
      }
      return { ...report, cached: false };
    },
    async prune() {
      const stale = [
        ...safeList(dir).filter((other) => other.startsWith('search-') && other !== `search-${version}`).map((other) => join(dir, other)),
        ...safeList(folder).filter((name) => !used.has(name)).map((name) => join(folder, name)),
      ];
      await Promise.all(stale.map((path) => fs.rm(path, { recursive: true, force: true })));
    },
  };
}
