/** What each part of the search index keeps, and its one shared copy of Pagefind's WebAssembly, on real indexes of the sample. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import { buildFigures } from '../../src/lib/kpi/figures.ts';
import { writeSearchIndex } from '../../src/lib/search/pagefind.ts';
import { searchParts } from '../../src/lib/search/parts.ts';
import { itemText, searchRecords } from '../../src/lib/search/records.ts';
import { tidySearchParts } from '../../src/lib/search/shared-wasm.ts';
import { buildSiteIndex } from '../../src/lib/pages/site-index.ts';

const corpus = loadCorpus('content');
const index = buildSiteIndex(corpus, '2026-11-22');
const figures = buildFigures(corpus.kpis.indicators, corpus.kpis.series, index.localities);
// Two pages a meeting: a part for each of the sample's five meetings; two of them are enough here.
const parts = searchParts(index.meetings, 2).slice(-2);
const work = mkdtempSync(join(tmpdir(), 'minuted-search-wasm-'));
const searchDir = join(work, 'pagefind');
let original: Buffer;
let shared: string[];

beforeAll(async () => {
  for (const part of parts)
    await writeSearchIndex(searchRecords(index, itemText(corpus.items), figures, part), join(searchDir, part.name));
  original = readFileSync(join(searchDir, parts[0].name, 'wasm.en.pagefind'));
  shared = tidySearchParts(searchDir);
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('tidySearchParts', () => {
  it('keeps one copy, named by its content, and no part keeps its own', () => {
    expect(shared).toEqual([expect.stringMatching(/^wasm\.en\.[0-9a-f]{10}\.pagefind$/)]);
    expect(readFileSync(join(searchDir, 'shared', shared[0]))).toEqual(original);
    for (const part of parts)
      expect(readdirSync(join(searchDir, part.name)).filter((file) => file.startsWith('wasm.'))).toEqual([]);
  });

  it("points every part's entry at it, where Pagefind's browser script will look", () => {
    for (const part of parts) {
      const entry = JSON.parse(readFileSync(join(searchDir, part.name, 'pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, { wasm: string; page_count: number }>;
      };
      expect(entry.languages.en.page_count).toBeGreaterThan(0);
      // Pagefind 1.6 fetches `${basePath}wasm.${wasm}.pagefind`, which the browser resolves like this.
      const url = new URL(
        `/democracy/health/pagefind/${part.name}/wasm.${entry.languages.en.wasm}.pagefind`,
        'https://council.example',
      );
      expect(url.pathname).toBe(`/democracy/health/pagefind/shared/${shared[0]}`);
      expect(existsSync(join(searchDir, 'shared', shared[0]))).toBe(true);
    }
  });
});
