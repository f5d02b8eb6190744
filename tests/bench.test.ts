/** The bench must never break: run it at a small size (not timed) and read its table. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

describe('npm run bench', () => {
  it('builds a synthetic archive of 40 items and reports every stage', () => {
    const result = spawnSync(process.execPath, ['scripts/bench.ts', '--items', '40'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(
      /^40 items in \d+ meetings; \d+ files, \d+ MB written; peak memory of the build \d+ MB, of the search indexer (?:\d+ MB|not known here); first search results transfer (?:\d+ kB \(the whole search, every part and the filters' counts, \d+ kB; on a phone, whose filters stay folded, \d+ kB\); an item page \d+ kB gzipped in all; a page of charts \d+ kB of JavaScript gzipped|not measured)/m,
    );
    // Pagefind's memory is read from /proc, so Linux (as in CI) must report it.
    if (process.platform === 'linux') expect(result.stdout).toMatch(/of the search indexer \d+ MB/);
    expect(result.stdout).toContain(
      '| items | stage | wall seconds | items per second | processor seconds | peak memory | bytes written | first-query bytes |',
    );
    for (const stage of [
      'check content',
      'build pages',
      'search index',
      'rebuild after changing one item: check content',
      'next rebuild, another item changed: check content',
    ])
      expect(result.stdout).toMatch(
        new RegExp(`^\\| 40 \\| ${stage} \\| \\d+\\.\\d \\| \\d+ \\|  \\| \\d+ MB \\|  \\|  \\|$`, 'm'),
      );
    // Each build as a whole: its processor time and Pagefind's, its peak memory and Pagefind's, what it wrote, and (for the cold build) what a first search transfers.
    expect(result.stdout).toMatch(
      /^\| 40 \| whole build, wall \| \d+\.\d \| \d+ \| \d+\.\d, indexer (?:\d+\.\d|not known) \| \d+ MB, indexer (?:\d+ MB|not known) \| \d+ MB in \d+ files \| (?:\d+ kB|not measured) \|$/m,
    );
    expect(result.stdout).toMatch(
      /^\| 40 \| rebuild after changing one item, wall \| \d+\.\d \| \d+ \| \d+\.\d, indexer (?:\d+\.\d|not known) \| \d+ MB, indexer (?:\d+ MB|not known) \| \d+ MB in \d+ files \| {2}\|$/m,
    );
    // Pagefind's processor time is read from /proc too, and indexing takes some (0.3 s here).
    if (process.platform === 'linux')
      expect(result.stdout).toMatch(
        /^\| 40 \| whole build, wall \| [^|]+ \| \d+ \| \d+\.\d, indexer (?!0\.0 )\d+\.\d \|/m,
      );
  }, 120_000);

  it('builds 40 items in two shards, the search index in parts, reports each, and measures the site they make together', () => {
    // Parts of the search index small enough for two shards of a small archive to have one each.
    const result = spawnSync(
      process.execPath,
      ['scripts/bench.ts', '--items', '40', '--shards', '2', '--part-pages', '20'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(result.status, result.stderr).toBe(0);
    for (const shard of [1, 2])
      expect(result.stdout).toMatch(
        new RegExp(
          `^\\| 40 \\| shard ${shard} of 2, wall \\| \\d+\\.\\d \\| \\d+ \\| \\d+\\.\\d, indexer (?:\\d+\\.\\d|not known) \\| \\d+ MB, indexer (?:\\d+ MB|not known) \\| \\d+ MB in \\d+ files \\|  \\|$`,
          'm',
        ),
      );
    expect(result.stdout).toMatch(
      /^\| 40 \| whole build on 2 machines \(slowest shard, then the copy\), wall \| \d+\.\d \| \d+ \| {2}\| \d+ MB \| \d+ MB in \d+ files \| (?:\d+ kB|not measured) \|$/m,
    );
    expect(result.stdout).not.toContain('rebuild after changing one item');
  }, 120_000);

  it('refuses a size that is not a whole number', () => {
    const result = spawnSync(process.execPath, ['scripts/bench.ts', '--items', 'lots'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--items must be a whole number above 0, not "lots"');
    const shards = spawnSync(process.execPath, ['scripts/bench.ts', '--items', '40', '--shards', '0'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(shards.status).toBe(2);
    expect(shards.stderr).toContain('--shards must be a whole number above 0, not "0"');
  });
});
