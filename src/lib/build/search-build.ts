/**
 * The search index of a build, made from the content rather than the pages, so Pagefind
 * (a process of its own) indexes on the second core while Astro renders.
 */
import { join } from 'node:path';
import type { Figures } from '../kpi/figures.ts';
import type { SiteIndex } from '../pages/site-index.ts';
import { changesPart, type PartChangesLink, partChanges } from '../search/part-changes.ts';
import type { SearchIndexReport } from '../search/pagefind.ts';
import type { SearchPart } from '../search/parts.ts';
import { expectedRecordCounts, type SearchRecord, searchRecords } from '../search/records.ts';
import type { PlannedPart, SearchIndexCache } from './search-cache.ts';

/** A part's report, with the part's name and the cache's key for its records (search-cache.ts). */
export type PartReport = SearchIndexReport & { part: string; key: string };

/** A part's changes as the site holds them, kept for the next build: the search page's link to them, and their index's counts. */
export interface KeptChanges extends Pick<SearchIndexReport, 'records' | 'byType'> {
  link: PartChangesLink;
}

/** The pages of an index's counts by type: its decisions are sections of its items' pages. */
const pagesOf = (byType: Record<string, number>) =>
  Object.entries(byType).reduce((sum, [type, count]) => sum + (type === 'decision' ? 0 : count), 0);

/** An index to write: a part, or a part's changes, and the records it is planned from. */
interface Job {
  name: string;
  plan: PlannedPart;
  records?: readonly SearchRecord[];
}

/**
 * Indexes `parts` into `outDir`, one part after another so no Pagefind run holds more
 * than a part in memory. A part the cache holds is copied only once every part it lacks
 * is indexed, so a rebuild's one Pagefind run waits for no copies before it. A part whose
 * copy in the site being updated in place (`inSite`: the key of that copy's records) has
 * the same records is not written at all (site-update.ts); one with few pages changed
 * since keeps that copy, and only its changes are indexed (part-changes.ts). A part whose
 * records are known to be the last build's (`asLastBuilt`, after a correction to minutes
 * elsewhere) keeps its copy and its changes as they are, its records not even made.
 *
 * Returns at once with the changes of each part amended, which the search page lists,
 * and the reports of every index once written.
 * Example: const { changes, written } = indexSearchParts({ index, figures, textOf, parts, cache, outDir: 'dist-pagefind' }).
 */
export function indexSearchParts(options: {
  index: SiteIndex;
  figures: Figures;
  textOf: Parameters<typeof searchRecords>[1];
  parts: readonly SearchPart[];
  cache: SearchIndexCache;
  outDir: string;
  inSite?: (part: string) => string | undefined;
  asLastBuilt?: (part: SearchPart) => { changes?: KeptChanges } | undefined;
}): { changes: Record<string, PartChangesLink>; written: Promise<PartReport[]> } {
  const { index, figures, textOf, cache, outDir } = options;
  const reports: PartReport[] = [];
  const report = (name: string, plan: Pick<PlannedPart, 'key'>, written: SearchIndexReport) =>
    reports.push({ ...written, part: name, key: plan.key });
  const check = (part: SearchPart, records: Pick<SearchIndexReport, 'byType'>) => {
    for (const [type, expected] of Object.entries(expectedRecordCounts(index, figures, part))) {
      if ((records.byType[type] ?? 0) !== expected)
        throw new Error(
          `The search index's ${part.name} has ${records.byType[type] ?? 0} ${type}s but its meetings have ${expected}.`,
        );
    }
  };
  // Parts whose copy is in the site are planned now, so the search page knows their changes before it is made.
  const changes: Record<string, PartChangesLink> = {};
  const planned = new Map<SearchPart, Job[]>();
  for (const part of options.parts) {
    const copy = options.inSite?.(part.name);
    if (!copy) continue;
    const last = options.asLastBuilt?.(part);
    const changesKey = options.inSite?.(changesPart(part.name));
    if (last && (!last.changes?.link.path || changesKey)) {
      cache.keep(copy);
      const byType = expectedRecordCounts(index, figures, part);
      report(part.name, { key: copy }, { records: pagesOf(byType), byType });
      if (last.changes) changes[part.name] = last.changes.link;
      if (last.changes && changesKey) {
        cache.keep(changesKey);
        report(changesPart(part.name), { key: changesKey }, last.changes);
      }
      planned.set(part, []);
      continue;
    }
    const records = searchRecords(index, textOf, figures, part);
    const plan = cache.plan(records);
    check(part, plan);
    const indexed = copy === plan.key ? undefined : cache.pages(copy);
    const changed = indexed && partChanges(indexed, records, plan.hashes);
    if (copy === plan.key || changed) {
      cache.keep(copy);
      report(part.name, { ...plan, key: copy }, { records: plan.records, byType: plan.byType });
    }
    if (!changed) {
      planned.set(part, copy === plan.key ? [] : [{ name: part.name, plan }]);
      continue;
    }
    const name = changesPart(part.name);
    const jobs =
      changed.records.length > 0 ? [{ name, plan: cache.plan(changed.records), records: changed.records }] : [];
    changes[part.name] = { ...(jobs.length > 0 && { path: `pagefind/${name}/` }), superseded: changed.superseded };
    planned.set(part, jobs);
  }

  const write = async ({ name, plan, records }: Job) => {
    if (options.inSite?.(name) === plan.key) return report(name, plan, { records: plan.records, byType: plan.byType });
    report(name, plan, await cache.write(plan, join(outDir, name), records));
  };
  const written = (async () => {
    const held: Job[] = [];
    for (const part of options.parts) {
      let jobs = planned.get(part);
      if (!jobs) {
        const records = searchRecords(index, textOf, figures, part);
        const plan = cache.plan(records);
        check(part, plan);
        jobs = [{ name: part.name, plan, records }];
      }
      for (const job of jobs) {
        // A part planned early is indexed from its records made again, so that at most a part's are held at once.
        const records = job.plan.cached ? undefined : (job.records ?? searchRecords(index, textOf, figures, part));
        if (job.plan.cached && options.inSite?.(job.name) !== job.plan.key) held.push(job);
        else await write({ ...job, records });
      }
    }
    for (const job of held) await write(job);
    return reports;
  })();
  return { changes, written };
}
