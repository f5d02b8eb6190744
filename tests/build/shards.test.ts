/**
 * A site built in shards on separate machines, copied into one folder, is the site a
 * single build makes: same pages, same listings, same search index and sitemap.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import { searchParts } from '../../src/lib/search/parts.ts';
import { cutIntoRuns, meetingsOfParts, parseShard, partsOfShard } from '../../src/lib/build/shards.ts';
import { writeSyntheticCorpus } from '../../src/lib/build/synthetic-corpus.ts';
import { buildSite } from '../support/build-site.ts';

const work = mkdtempSync(join(tmpdir(), 'minuted-shards-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function siteFiles(dist: string): Map<string, Buffer> {
  const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(
    files.map((e) => join(e.parentPath, e.name)).map((path) => [relative(dist, path), readFileSync(path)]),
  );
}

describe('parseShard', () => {
  it('reads "which of how many", and builds the whole site when unset', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard(undefined)).toBeUndefined();
    expect(parseShard('')).toBeUndefined();
  });

  it('refuses a shard that does not exist, saying how to write one', () => {
    for (const bad of ['3/2', '0/2', '2', 'two/3'])
      expect(() => parseShard(bad)).toThrow(
        `MINUTED_SHARD is "${bad}", which is not a shard: write which shard this build is and how many there are, e.g. MINUTED_SHARD=1/2`,
      );
  });
});

describe('cutIntoRuns', () => {
  it('cuts in order into runs of about equal weight', () => {
    expect(cutIntoRuns([1, 1, 1, 1], (n) => n, 2)).toEqual([
      [1, 1],
      [1, 1],
    ]);
    expect(cutIntoRuns([3, 1, 1, 1], (n) => n, 2)).toEqual([[3], [1, 1, 1]]);
    expect(cutIntoRuns(['a'], () => 1, 3)).toEqual([[], ['a'], []]); // its middle falls in the second third
  });
});

describe('partsOfShard', () => {
  const content = join(work, 'synthetic');
  writeSyntheticCorpus(content, 2000, 'content');
  const meetings = loadCorpus(content).meetings;
  const parts = searchParts(meetings, 200);

  it('gives every part to exactly one shard, in date ranges with shares of about the same size', () => {
    for (const count of [1, 2, 3, 4]) {
      const shards = Array.from({ length: count }, (_, i) => partsOfShard(parts, { index: i + 1, count }));
      // In date order, the shards follow one another: parts 1, 2, … to shard 1, the next to shard 2.
      expect(shards.flat().map((p) => p.name)).toEqual(parts.map((p) => p.name));
      const mine = shards.map((s) => meetingsOfParts(s));
      expect(mine.reduce((n, s) => n + s.size, 0)).toBe(meetings.length);
      const items = mine.map((s) => meetings.filter((m) => s.has(m.id)).reduce((n, m) => n + m.items.length, 0));
      for (const share of items) expect(Math.abs(share - 2000 / count)).toBeLessThan(200);
    }
  });

  it('refuses a shard that would have no part, saying how many shards the archive allows', () => {
    const two = searchParts(meetings, 1500);
    expect(two).toHaveLength(2);
    expect(() => partsOfShard(two, { index: 2, count: 3 })).toThrow(
      'MINUTED_SHARD is "2/3", but the search index of this archive has 2 parts, and each shard builds whole parts: use at most 2 shards, or set MINUTED_SEARCH_PART_PAGES to fewer pages a part',
    );
  });
});

describe('a site built in two shards', () => {
  it('is, copied into one folder, the site a single build makes', () => {
    const today = '2026-11-30';
    // A part of the search index for each sample meeting (two pages each), so each shard has some.
    const searchPartPages = 2;
    const whole = buildSite({ dist: join(work, 'whole'), today, searchPartPages });
    expect(whole.status, whole.stderr).toBe(0);
    const parts = [1, 2].map((index) => {
      const built = buildSite({ dist: join(work, `shard-${index}`), today, shard: `${index}/2`, searchPartPages });
      expect(built.status, built.stderr).toBe(0);
      expect(built.stdout).toContain(`✓ Built shard ${index} of 2`);
      return siteFiles(join(work, `shard-${index}`));
    });
    // Each shard wrote meeting pages and the search index of its own meetings; only the shared
    // scripts and styles, and the search's WebAssembly, are in both, the same in each.
    for (const part of parts) {
      expect([...part.keys()].some((path) => /^meetings\/[^/]+\/[^/]+\/index\.html$/.test(path))).toBe(true);
      expect([...part.keys()].some((path) => /^pagefind\/part-\d+\/pagefind-entry\.json$/.test(path))).toBe(true);
    }
    const overlap = [...parts[0].keys()].filter((path) => parts[1].has(path));
    expect(
      overlap.every(
        (path) => /^(_astro|pagefind\/shared)\//.test(path) && parts[0].get(path)!.equals(parts[1].get(path)!),
      ),
      overlap.join(', '),
    ).toBe(true);

    const merged = join(work, 'merged');
    for (const index of [1, 2]) cpSync(join(work, `shard-${index}`), merged, { recursive: true });
    const expected = siteFiles(join(work, 'whole'));
    const got = siteFiles(merged);
    expect([...got.keys()].sort()).toEqual([...expected.keys()].sort());
    const differing = [...expected].filter(([path, bytes]) => !got.get(path)!.equals(bytes)).map(([path]) => path);
    expect(differing).toEqual([]);
  }, 240_000);

  it('stops with advice when MINUTED_SHARD is not a shard, keeping the previous site', () => {
    const built = buildSite({ dist: join(work, 'whole'), shard: '3/2' });
    expect(built.status).toBe(1);
    expect(built.stderr).toContain('MINUTED_SHARD is "3/2", which is not a shard');
    expect(built.stderr).toContain('was left as it was');
  });
});
