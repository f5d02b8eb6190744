/**
 * Record counts that must agree across a built site: the items and decisions in the
 * content, the pages and decision anchors built, the search index (pages, and decisions
 * as places in them), and the downloads.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from '../corpus/model.ts';
import { paths, withBase } from '../pages/paths.ts';
import { indexedPages } from '../search/pagefind.ts';

/** One count that disagrees, in words. */
export type Mismatch = string;

/**
 * Compares what the content holds with what `dist` holds.
 * Example: reconcile(corpus, 'dist') → [] for a sound build.
 */
export function reconcile(corpus: Corpus, dist: string): Mismatch[] {
  const mismatches: Mismatch[] = [];
  const decisions = corpus.items.flatMap((item) => item.decisionList.map((d) => ({ item, d })));

  const missingPages = corpus.items.filter((item) => !existsSync(join(dist, paths.item(item), 'index.html')));
  if (missingPages.length) mismatches.push(`${missingPages.length} items have no page, e.g. ${missingPages[0].file}`);
  const missingAnchors = decisions.filter(({ item, d }) => {
    const page = join(dist, paths.item(item), 'index.html');
    return existsSync(page) && !readFileSync(page, 'utf8').includes(`id="${d.anchor}"`);
  });
  if (missingAnchors.length)
    mismatches.push(
      `${missingAnchors.length} decisions are not marked on their item page, e.g. in ${missingAnchors[0].item.file}`,
    );

  const items = JSON.parse(readFileSync(join(dist, 'data/items.json'), 'utf8')) as unknown[];
  if (items.length !== corpus.items.length)
    mismatches.push(`items.json has ${items.length} items; the content has ${corpus.items.length}`);
  const downloaded = JSON.parse(readFileSync(join(dist, 'data/decisions.json'), 'utf8')) as unknown[];
  if (downloaded.length !== decisions.length)
    mismatches.push(`decisions.json has ${downloaded.length} decisions; the content has ${decisions.length}`);
  const csvRows = readFileSync(join(dist, 'data/decisions.csv'), 'utf8').split('\r\n').filter(Boolean).length - 1;
  if (csvRows !== decisions.length)
    mismatches.push(`decisions.csv has ${csvRows} rows; the content has ${decisions.length} decisions`);

  const kpiRows = readFileSync(join(dist, 'data/kpis.csv'), 'utf8').split('\r\n').filter(Boolean).length - 1;
  const { rowsRead, rowsCharted, skipped = {} } = corpus.kpis.counts;
  if (kpiRows !== rowsCharted)
    mismatches.push(`kpis.csv has ${kpiRows} figures; the content has ${rowsCharted} charted`);
  // Every row read is charted, or skipped for a reason the build's summary names (an export's other areas).
  const accounted = rowsCharted + Object.values(skipped).reduce((sum, n) => sum + n, 0);
  if (accounted !== rowsRead)
    mismatches.push(`${rowsRead - accounted} KPI rows were read but neither charted nor counted as skipped`);

  const indexed = indexedPages(join(dist, 'pagefind'));
  const measures = new Set([...corpus.kpis.indicators].map(([id, i]) => i.measure ?? id)).size;
  const expected =
    corpus.meetings.length + corpus.items.length + measures + corpus.bodies.length + corpus.localities.length;
  if (indexed.size !== expected)
    mismatches.push(
      `the search index holds ${indexed.size} pages; the content has ${expected} (meetings, items, indicators, boards and places)`,
    );
  const unfindable = decisions.filter(({ item, d }) => !indexed.get(withBase('/', paths.item(item)))?.has(d.anchor));
  if (unfindable.length)
    mismatches.push(`${unfindable.length} decisions cannot be found by search, e.g. in ${unfindable[0].item.file}`);
  return mismatches;
}
