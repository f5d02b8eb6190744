/**
 * Rendered minutes kept between builds, so a rebuild parses only the items that changed.
 * Each entry is keyed on a hash of the Markdown and the frontmatter's decisions; the
 * folder is named by a hash of the pipeline's code and the lock file, so any change to
 * how minutes are rendered starts a fresh cache.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { threadId } from 'node:worker_threads';
import { renderMinutes, type RenderedMinutes, type RenderOptions } from '../minutes/render.ts';
import { type YamlMemo, yamlMemo } from '../content/yaml-memo.ts';
import { type ItemMemo, itemMemo } from '../corpus/item-memo.ts';
import { removeInBackground } from './swap-dir.ts';

/**
 * The cache's key for one item's minutes: a hash of its Markdown and frontmatter decisions
 * (and, for an agenda's text, of that), and of the glossary, whose terms it links.
 * Example: minutesKey('RESOLVED that the update be noted.', []) → 'c3499c27…' (40 hex digits).
 */
export function minutesKey(
  markdown: string,
  decisionInputs: Parameters<typeof renderMinutes>[1] = [],
  options: RenderOptions = {},
): string {
  return createHash('sha1')
    .update(
      `${options.agenda ? 'agenda\n' : ''}${options.glossary ? `${options.glossary.digest}\n` : ''}${JSON.stringify(decisionInputs)}\n${markdown}`,
    )
    .digest('hex');
}

/**
 * A hash of the code that decides what a build makes: the given source folders (every
 * file, recursively) or files, and the lock file.
 * Example: pipelineVersion('.', ['src/lib']) → 'a94a8fe5…'.
 */
export function pipelineVersion(root: string, sources: readonly string[]): string {
  const hash = createHash('sha1');
  const files = sources.flatMap((source) =>
    statSync(join(root, source)).isFile()
      ? [join(root, source)]
      : readdirSync(join(root, source), { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => join(e.parentPath, e.name)),
  );
  // Named from the root, so the same project in another folder (a CI runner's) has the same version.
  for (const file of [...files.sort(), join(root, 'package-lock.json')])
    hash.update(relative(root, file)).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

export interface MinutesCache {
  /** renderMinutes, answered from the cache when the same input was rendered before. */
  render: typeof renderMinutes;
  /** render, for a caller that has already worked out the input's key (minutesKey). */
  renderKeyed(key: string, ...input: Parameters<typeof renderMinutes>): RenderedMinutes;
  /** What a render of the input with this key (minutesKey) left in the cache, or undefined: never renders. */
  lookup(key: string): RenderedMinutes | undefined;
  /** Whether the cache holds the input with this key, without reading it. */
  has(key: string): boolean;
  /** The folder and version it was opened with, so another thread can open the same cache. */
  readonly location: { dir: string; version: string };
  /** The frontmatter parsed by the last build (yaml-memo.ts), kept in the same folder. */
  readonly yaml: YamlMemo;
  /** The items the last build checked (corpus/item-memo.ts), kept in the same folder, for loadCorpus's `itemMemo`. */
  readonly items: ItemMemo;
  /** Removes entries this build did not use, and other versions' folders, and saves the YAML and item memos with what this build read. */
  prune(): void;
  readonly hits: number;
  readonly misses: number;
}

/** The most unused entries a prune removes itself, before it leaves them to a process of its own. */
const PRUNED_HERE = 500;

/**
 * A cache in `dir` (e.g. node_modules/.cache/minuted), for one pipeline version.
 * Example: const cache = minutesCache(dir, version); loadCorpus(content, { render: cache.render }); cache.prune().
 */
export function minutesCache(dir: string, version: string): MinutesCache {
  const folder = join(dir, `minutes-${version}`);
  const used = new Set<string>();
  const yaml = yamlMemo(join(folder, 'yaml.json'));
  const items = itemMemo(join(folder, 'items'));
  let hits = 0;
  let misses = 0;
  const fileOf = (key: string) => join(folder, key.slice(0, 2), `${key}.json`);
  /** The entry folders this cache has made, so each is made once, not before every write. */
  const made = new Set<string>();
  const read = (key: string): RenderedMinutes | undefined => {
    used.add(key);
    try {
      const cached = JSON.parse(readFileSync(fileOf(key), 'utf8')) as RenderedMinutes;
      hits += 1;
      return cached;
    } catch {
      return undefined; // not cached yet (or unreadable)
    }
  };
  const renderKeyed: MinutesCache['renderKeyed'] = (key, markdown, decisionInputs = [], options = {}) => {
    const cached = read(key);
    if (cached) return cached;
    const rendered = renderMinutes(markdown, decisionInputs, options);
    misses += 1;
    const file = fileOf(key);
    // Named by process and thread: two threads may write the same entry at once.
    const partial = `${file}.${process.pid}-${threadId}`;
    try {
      if (!made.has(dirname(file))) mkdirSync(dirname(file), { recursive: true });
      made.add(dirname(file));
      // Written beside and renamed, so a build stopped halfway never leaves half an entry.
      writeFileSync(partial, JSON.stringify(rendered));
      renameSync(partial, file);
    } catch {
      // The cache only saves time: a build that cannot write it still builds.
    }
    return rendered;
  };
  const prune = () => {
    for (const other of safeList(dir))
      if (other.startsWith('minutes-') && other !== `minutes-${version}`)
        rmSync(join(dir, other), { recursive: true, force: true });
    // Entries are in folders named by their key's first two digits; the item memo's folder is the memo's to prune.
    const shards = safeList(folder)
      .filter((name) => /^[0-9a-f]{2}$/.test(name))
      .map((shard) => {
        const entries = safeList(join(folder, shard)).filter((name) => name.endsWith('.json'));
        return { shard, entries, unused: entries.filter((name) => !used.has(name.slice(0, -'.json'.length))) };
      });
    // Many (the first rebuild after a full build uses none of the entries the item memo answers
    // for) are removed by a process of its own: each folder with none used is moved aside whole.
    const many = shards.reduce((n, { unused }) => n + unused.length, 0) > PRUNED_HERE;
    const aside = join(folder, `.pruned-${process.pid}-${threadId}`);
    for (const { shard, entries, unused } of shards) {
      if (many && unused.length > 0 && unused.length === entries.length) {
        mkdirSync(aside, { recursive: true });
        renameSync(join(folder, shard), join(aside, shard));
      } else for (const name of unused) rmSync(join(folder, shard, name), { force: true });
    }
    if (existsSync(aside)) removeInBackground(aside);
    yaml.save();
    items.save();
  };
  return {
    render: (markdown, decisionInputs = [], options = {}) =>
      renderKeyed(minutesKey(markdown, decisionInputs, options), markdown, decisionInputs, options),
    renderKeyed,
    lookup: read,
    has: (key) => existsSync(fileOf(key)),
    location: { dir, version },
    yaml,
    items,
    prune,
    get hits() {
      return hits;
    },
    get misses() {
      return misses;
    },
  };
}

/** A folder's entries, or none if it cannot be read (not made yet). */
export function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
