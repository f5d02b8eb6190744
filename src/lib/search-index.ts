/**
 * Writes the Pagefind search index for a set of records: a thin wrapper over Pagefind's
 * Node API that checks every step and reconciles what was indexed with what was meant
 * to be.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { childPeakMemory } from './child-memory.ts';
import type { SearchRecord } from './search-records.ts';

export class SearchIndexError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SearchIndexError';
  }
}

/** What was written. */
export interface SearchIndexReport {
  records: number;
  /** Records by type, as indexed. */
  byType: Record<string, number>;
  /** Peak memory of Pagefind's process, where the system tells (for `npm run bench`). */
  indexerPeakBytes?: number;
}

/**
 * Indexes `records` into `outputDir` (the site's "pagefind/" folder) and checks that
 * Pagefind holds exactly that many pages.
 * Example: await writeSearchIndex(records, 'dist/pagefind') → { records: 11, byType: { meeting: 5, item: 5, decision: 5 } }.
 */
export async function writeSearchIndex(records: readonly SearchRecord[], outputDir: string): Promise<SearchIndexReport> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new SearchIndexError(`Pagefind could not start: ${errors.join('; ')}`);
    const failed: string[] = [];
    const byType: Record<string, number> = {};
    // Sequential: Pagefind's service handles one request at a time anyway, and this keeps memory flat.
    for (const record of records) {
      const added = await index.addCustomRecord(record);
      if (added.errors.length > 0) failed.push(`${record.url}: ${added.errors.join('; ')}`);
      else byType[record.filters.type[0]] = (byType[record.filters.type[0]] ?? 0) + 1;
    }
    if (failed.length > 0) throw new SearchIndexError(`These pages could not be indexed for search:\n${failed.slice(0, 20).join('\n')}`);
    const written = await index.writeFiles({ outputPath: outputDir });
    if (written.errors.length > 0) throw new SearchIndexError(`The search index could not be written: ${written.errors.join('; ')}`);
    const indexed = pagesInIndex(outputDir);
    if (indexed !== records.length) {
      throw new SearchIndexError(`The search index holds ${indexed} pages but ${records.length} were meant to be indexed.`);
    }
    return { records: records.length, byType, indexerPeakBytes: childPeakMemory() };
  } catch (error) {
    if (error instanceof SearchIndexError) throw error;
    throw new SearchIndexError(`Building the search index failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  } finally {
    await pagefind.close();
  }
}

/** The page count Pagefind recorded in its entry file. */
function pagesInIndex(outputDir: string): number {
  const entry = JSON.parse(readFileSync(join(outputDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
}
