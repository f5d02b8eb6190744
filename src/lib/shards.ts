/**
 * Splitting one site's build across machines. Every shard reads and checks the whole
 * archive, so listings, related items and links are the same as in a single build; each
 * renders only the meeting and item pages of its own date range, and shard 1 also makes
 * everything site-wide (listings, feeds, downloads, the search index, the sitemap).
 * Apart from the scripts and styles every page loads (the same files in every shard), the
 * shards' outputs never overlap, so copying them into one folder gives the whole site.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

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
    throw new Error(`MINUTED_SHARD is "${value}", which is not a shard: write which shard this build is and how many there are, e.g. MINUTED_SHARD=1/2 on one machine and MINUTED_SHARD=2/2 on another, or leave it unset to build the whole site.`);
  }
  return shard;
}

/** Whether a build makes the site-wide pages: a whole build (no shard) or shard 1. */
export const makesSiteWidePages = (shard: Shard | undefined): boolean => (shard?.index ?? 1) === 1;

/**
 * The ids of the meetings whose pages `shard` renders: the meetings in date order, cut
 * into `count` runs (date ranges) of about the same number of pages. The same archive
 * always gives the same cut, so separate machines agree on it without talking.
 * Example: meetingsOfShard([{ id: 'a', date: '2019-01-01', items: ['x'] }, { id: 'b', date: '2020-01-01', items: ['y'] }], { index: 2, count: 2 }) → Set { 'b' }.
 */
export function meetingsOfShard(meetings: readonly { id: string; date: string; items: readonly unknown[] }[], shard: Shard): Set<string> {
  const pages = (meeting: { items: readonly unknown[] }) => meeting.items.length + 1; // its items' pages and its own
  const ordered = [...meetings].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const total = ordered.reduce((n, m) => n + pages(m), 0);
  const mine = new Set<string>();
  let before = 0;
  for (const meeting of ordered) {
    // A meeting belongs to the shard in whose share of the pages its middle falls.
    const owner = Math.min(shard.count, Math.floor(((before + pages(meeting) / 2) / total) * shard.count) + 1);
    if (owner === shard.index) mine.add(meeting.id);
    before += pages(meeting);
  }
  return mine;
}

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
