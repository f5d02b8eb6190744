/**
 * Splitting one site's build across machines. Every shard reads and checks the whole
 * archive, so listings, related items and links are the same as in a single build; each
 * renders and indexes for search only the meetings of its own parts of the search index
 * (date ranges), and shard 1 also makes everything site-wide (listings, feeds, downloads,
 * the figures' pages, the sitemap).
 * Apart from the scripts and styles every page loads and the search's WebAssembly (the same
 * files in every shard), the shards' outputs never overlap, so copying them into one folder
 * gives the whole site.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { SearchPart } from '../search/parts.ts';

/** Shard `index` of `count`, both counted from 1. */
export interface Shard {
  index: number;
  count: number;
}

/**
 * The shard named by MINUTED_SHARD ("2/4"), or undefined for a whole build.
 * Example: parseShard('2/4') → { index: 2, count: 4 }; parseShard('') → undefined.
 */
export function parseShard(value: string | undefined): Shard | undefined {
  if (!value) return undefined;
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const shard = match && { index: Number(match[1]), count: Number(match[2]) };
  if (!shard || shard.count < 1 || shard.index < 1 || shard.index > shard.count) {
    throw new Error(
      `MINUTED_SHARD is "${value}", which is not a shard: write which shard this build is and how many there are, e.g. MINUTED_SHARD=1/2 on one machine and MINUTED_SHARD=2/2 on another, or leave it unset to build the whole site.`,
    );
  }
  return shard;
}

/** Whether a build makes the site-wide pages: a whole build (no shard) or shard 1. */
export const makesSiteWidePages = (shard: Shard | undefined): boolean => (shard?.index ?? 1) === 1;

/**
 * Cuts `ordered` into `count` runs that follow one another, of about the same weight: each
 * unit goes to the run in whose share of the total weight its middle falls. The same input
 * always gives the same cut, so separate machines agree on it without talking.
 * Example: cutIntoRuns([1, 1, 1, 1], (n) => n, 2) → [[1, 1], [1, 1]].
 */
export function cutIntoRuns<T>(ordered: readonly T[], weight: (unit: T) => number, count: number): T[][] {
  const total = ordered.reduce((n, unit) => n + weight(unit), 0);
  const runs: T[][] = Array.from({ length: count }, () => []);
  let before = 0;
  for (const unit of ordered) {
    const run = total === 0 ? 0 : Math.min(count - 1, Math.floor(((before + weight(unit) / 2) / total) * count));
    runs[run].push(unit);
    before += weight(unit);
  }
  return runs;
}

/**
 * The parts of the search index whose meetings `shard` builds, pages and index: the parts
 * (date ranges, oldest first) cut into `count` runs of about the same number of pages.
 * Shard 1 has the oldest, and with it the figures' pages. A cut that leaves a shard with
 * no part is refused, with advice, rather than built empty.
 * Example: partsOfShard(searchParts(meetings, 5_000), { index: 2, count: 2 }) → the newer half of the parts.
 */
export function partsOfShard(parts: readonly SearchPart[], shard: Shard): SearchPart[] {
  const runs = cutIntoRuns(parts, (part) => part.pages, shard.count);
  // Refused on every shard alike, so no machine publishes a share while another has none.
  if (runs.some((run) => run.length === 0)) {
    throw new Error(
      `MINUTED_SHARD is "${shard.index}/${shard.count}", but the search index of this archive has ${parts.length} part${parts.length === 1 ? '' : 's'}, and each shard builds whole parts: ${parts.length === 1 ? 'build it whole (leave MINUTED_SHARD unset)' : `use at most ${parts.length} shards`}, or set MINUTED_SEARCH_PART_PAGES to fewer pages a part (now ${Math.max(...parts.map((p) => p.pages))} pages in the largest).`,
    );
  }
  return runs[shard.index - 1];
}

/** The ids of the meetings in `parts`. */
export const meetingsOfParts = (parts: readonly SearchPart[]): Set<string> =>
  new Set(parts.flatMap((part) => [...part.meetings]));

/**
 * Leaves in a shard's built site only what is its own: its meetings' folders (their
 * pages and items' pages) and the scripts and styles they load. Shard 1 makes the rest;
 * other shards skip the site-wide lists, but Astro makes fixed pages (the home page,
 * "About") in every build, so they are removed here.
 */
export function pruneToShard(dir: string, meetingIds: ReadonlySet<string>): void {
  for (const entry of readdirSync(dir)) {
    if (entry !== 'meetings' && entry !== '_astro') rmSync(join(dir, entry), { recursive: true, force: true });
  }
  const meetings = join(dir, 'meetings');
  for (const entry of existsSync(meetings) ? readdirSync(meetings) : []) {
    if (!meetingIds.has(entry)) rmSync(join(meetings, entry), { recursive: true, force: true });
  }
}
