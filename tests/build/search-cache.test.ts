/** Parts of the sample's search index kept between builds: reused only when their records are unchanged. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import { buildFigures } from '../../src/lib/kpi/figures.ts';
import { type SearchIndexCache, searchIndexCache } from '../../src/lib/build/search-cache.ts';
import { writeSearchIndex } from '../../src/lib/search/pagefind.ts';
import { searchParts } from '../../src/lib/search/parts.ts';
import { itemText, searchRecords } from '../../src/lib/search/records.ts';
import { buildSiteIndex } from '../../src/lib/pages/site-index.ts';

const corpus = loadCorpus('content');
const index = buildSiteIndex(corpus, '2026-11-22');
const figures = buildFigures(corpus.kpis.indicators, corpus.kpis.series, index.localities);
const parts = searchParts(index.meetings, 4); // two meetings a part, and one of three items: four parts
const textOf = itemText(corpus.items);
const work = mkdtempSync(join(tmpdir(), 'minuted-search-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function files(dir: string): Map<string, string> {
  const all = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(
    all.map((e) => join(e.parentPath, e.name)).map((path) => [relative(dir, path), readFileSync(path, 'base64')]),
  );
}

describe('searchIndexCache', () => {
  it('indexes again only the part whose records changed, and writes what a fresh index would', async () => {
    const dir = join(work, 'cache');
    const build = async (name: string, textOfItem: (id: string) => string) => {
      const cache = searchIndexCache(dir, 'v1');
      const reports = [];
      for (const part of parts) {
        const records = searchRecords(index, textOfItem, figures, part);
        reports.push(await cache.write(cache.plan(records), join(work, name, part.name), records));
      }
      await cache.prune();
      return reports.map((r) => r.cached);
    };
    expect(await build('first', textOf)).toEqual([false, false, false, false]);
    // A sentence added to the minutes of an item in the second part.
    const changed = index.itemsOf(index.meetings.find((m) => parts[1].meetings.has(m.id))!)[0].id;
    const edited = (id: string) =>
      id === changed ? `${textOf(id)}\nA sentence added after the first build.` : textOf(id);
    expect(await build('second', edited)).toEqual([true, false, true, true]);
    // The first build's entry for the edited part is gone; the second's is kept.
    expect(readdirSync(join(dir, 'search-v1'))).toHaveLength(4);

    await writeSearchIndex(searchRecords(index, edited, figures, parts[1]), join(work, 'fresh'));
    expect(files(join(work, 'second', parts[1].name))).toEqual(files(join(work, 'fresh')));
    expect(files(join(work, 'second', parts[0].name))).toEqual(files(join(work, 'first', parts[0].name)));
  }, 120_000);

  it('lists each part’s pages by the ids its results carry, and keeps a part the site amends', async () => {
    const dir = join(work, 'listed');
    const records = searchRecords(index, textOf, figures, parts[0]);
    const first = searchIndexCache(dir, 'v1');
    const plan = first.plan(records);
    await first.write(plan, join(work, 'listed-out'), records);
    const pages = first.pages(plan.key)!;
    expect(Object.keys(pages).sort()).toEqual(records.map((r) => r.url).sort());
    for (const [url, [id, hash, filters]] of Object.entries(pages)) {
      expect(existsSync(join(work, 'listed-out', 'fragment', `${id}.pf_fragment`)), url).toBe(true);
      expect(hash).toBe(plan.hashes[records.findIndex((r) => r.url === url)]);
      expect(filters).toEqual(records.find((r) => r.url === url)!.filters);
    }
    // A later build plans other records but keeps this entry, whose copy it amends.
    const later = searchIndexCache(dir, 'v1');
    later.plan(records.slice(1));
    later.keep(plan.key);
    await later.prune();
    expect(later.pages(plan.key)).toEqual(pages);
    const forgotten = searchIndexCache(dir, 'v1');
    await forgotten.prune();
    expect(forgotten.pages(plan.key)).toBeUndefined();
  }, 60_000);

  it('indexes afresh a part whose cached copy is damaged, and a new version starts a new cache', async () => {
    const dir = join(work, 'damaged');
    const records = searchRecords(index, textOf, figures, parts[0]);
    const write = (cache: SearchIndexCache, out: string) => cache.write(cache.plan(records), join(work, out), records);
    await write(searchIndexCache(dir, 'v1'), 'd1');
    const [entry] = readdirSync(join(dir, 'search-v1'));
    const fragments = join(dir, 'search-v1', entry, 'fragment');
    rmSync(join(fragments, readdirSync(fragments)[0]));
    const again = await write(searchIndexCache(dir, 'v1'), 'd2');
    expect(again.cached).toBe(false);
    expect(readdirSync(join(work, 'd2', 'fragment'))).toHaveLength(records.length);

    const next = searchIndexCache(dir, 'v2');
    expect((await write(next, 'd3')).cached).toBe(false);
    await next.prune();
    expect(existsSync(join(dir, 'search-v1'))).toBe(false);
  }, 120_000);
});
