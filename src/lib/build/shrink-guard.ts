/**
 * A guard against publishing less than the last build did. A folder renamed in OneDrive
 * (a change of capitals is enough), moved or emptied would otherwise build into a site
 * with nothing in it and replace the live one without a word.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from '../corpus/model.ts';
import { AGENDA_ITEMS, counted, MEETINGS, type Unit } from '../text/counts.ts';

/** What a site holds, written into it so the next build can compare (data/counts.json). */
export interface SiteCounts {
  meetings: number;
  items: number;
  kpiRows: number;
}

export const COUNTS_FILE = join('data', 'counts.json');
/** The environment variable that confirms a build is meant to publish much less. */
export const ALLOW_FEWER = 'MINUTED_ALLOW_FEWER';
/** A build may publish down to this share of the last one's meetings, items or figures before it stops. */
const KEPT_AT_LEAST = 0.75;

const UNITS: Record<keyof SiteCounts, Unit> = {
  meetings: MEETINGS,
  items: AGENDA_ITEMS,
  kpiRows: ['row of performance figures', 'rows of performance figures'],
};

export const siteCounts = (corpus: Corpus): SiteCounts => ({
  meetings: corpus.meetings.length,
  items: corpus.items.length,
  kpiRows: corpus.kpis.counts.rowsCharted,
});

export function writeSiteCounts(site: string, counts: SiteCounts): void {
  writeFileSync(join(site, COUNTS_FILE), `${JSON.stringify(counts)}\n`);
}

/** The counts the site in `target` was built with; none for a site Minuted did not build, or built before it kept them. */
export function publishedCounts(target: string): SiteCounts | undefined {
  const file = join(target, COUNTS_FILE);
  if (!existsSync(file)) return undefined;
  try {
    const counts = JSON.parse(readFileSync(file, 'utf8')) as Partial<SiteCounts>;
    const known = Object.keys(UNITS) as (keyof SiteCounts)[];
    return known.every((key) => Number.isInteger(counts[key])) ? (counts as SiteCounts) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Why the build must stop, when it would publish markedly less than the site in `target`;
 * undefined when it would not, or when `allowed` says the clerk meant it.
 * Example: shrinkStop({ meetings: 0, items: 0, kpiRows: 10 }, { meetings: 5, items: 5, kpiRows: 10 }, 'dist')
 * says "0 meetings, where dist has 5; 0 agenda items, where it has 5".
 */
export function shrinkStop(now: SiteCounts, before: SiteCounts | undefined, target: string, allowed = false) {
  if (!before || allowed) return undefined;
  const shrunk = (Object.keys(UNITS) as (keyof SiteCounts)[]).filter(
    (key) => before[key] > 0 && now[key] < before[key] * KEPT_AT_LEAST,
  );
  if (shrunk.length === 0) return undefined;
  const what = shrunk
    .map(
      (key, i) =>
        `${counted(now[key], UNITS[key])}, where ${i === 0 ? target : 'it'} has ${counted(before[key], UNITS[key]).replace(/ .*/, '')}`,
    )
    .join('; ');
  return (
    `✗ This build would publish far less than the site it replaces: ${what}.\n` +
    `  How to fix: this usually means a folder in the content folder was renamed, moved or emptied (a change of capitals is enough: "Meetings" is not "meetings"). Put it back and build again. If you meant to remove them, build once with ${ALLOW_FEWER}=1 (for example: ${ALLOW_FEWER}=1 npm run build).`
  );
}
