/**
 * The search index of a build, made from the content rather than the pages, so Pagefind
 * (a process of its own) indexes on the second core while Astro renders.
 */
import { join } from 'node:path';
import type { Figures } from '../kpi/figures.ts';
import type { SiteIndex } from '../pages/site-index.ts';
import type { SearchIndexReport } from '../search/pagefind.ts';
import type { SearchPart } from '../search/parts.ts';
import { expectedRecordCounts, type SearchRecord, searchRecords } from '../search/records.ts';
import type { PlannedPart, SearchIndexCache } from './search-cache.ts';

/** A part's report, with the part's name and the cache's key for its records (search-cache.ts). */
export type PartReport = SearchIndexReport & { part: string; key: string };

/**
 * Indexes `parts` into `outDir`, one part after another so no Pagefind run holds more
 * than a part in memory. A part the cache holds is copied only once every part it lacks
 * is indexed, so a rebuild's one Pagefind run waits for no copies before it. A part the
 * site being updated in place holds already, from the same records (`inSite`), is not
 * written at all (site-update.ts).
 * Example: await indexSearchParts({ index, figures, textOf, parts, cache, outDir: 'dist-pagefind' }).
 */
export async function indexSearchParts(options: {
  index: SiteIndex;
  figures: Figures;
  textOf: Parameters<typeof searchRecords>[1];
  parts: readonly SearchPart[];
  cache: SearchIndexCache;
  outDir: string;
  inSite?: (part: string, key: string) => boolean;
}): Promise<PartReport[]> {
  const { index, figures, textOf, cache, outDir } = options;
  const reports: PartReport[] = [];
  const checked = (part: SearchPart, plan: PlannedPart, report: SearchIndexReport) => {
    for (const [type, expected] of Object.entries(expectedRecordCounts(index, figures, part))) {
      if ((report.byType[type] ?? 0) !== expected)
        throw new Error(
          `The search index's ${part.name} has ${report.byType[type] ?? 0} ${type}s but its meetings have ${expected}.`,
        );
    }
    reports.push({ ...report, part: part.name, key: plan.key });
  };
  const write = async (part: SearchPart, plan: PlannedPart, records?: readonly SearchRecord[]) =>
    checked(part, plan, await cache.write(plan, join(outDir, part.name), records));
  const held: { part: SearchPart; plan: PlannedPart }[] = [];
  for (const part of options.parts) {
    const records = searchRecords(index, textOf, figures, part);
    const plan = cache.plan(records);
    if (options.inSite?.(part.name, plan.key)) checked(part, plan, { records: plan.records, byType: plan.byType });
    else if (plan.cached) held.push({ part, plan });
    else await write(part, plan, records);
  }
  for (const { part, plan } of held) await write(part, plan);
  return reports;
}
