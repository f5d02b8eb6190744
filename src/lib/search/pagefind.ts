/**
 * Writes the Pagefind search index for a set of records: a thin wrapper over Pagefind's
 * Node API that checks every step and reconciles what was indexed with what was meant
 * to be, page by page and decision by decision.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { type ChildUsage, childUsage } from './child-usage.ts';
import { escapeXml } from '../text/xml.ts';
import type { SearchRecord } from './records.ts';

export class SearchIndexError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SearchIndexError';
  }
}

/** What was written. */
export interface SearchIndexReport {
  records: number;
  /** Pages by type, and the decisions found as sections of their items, as indexed. */
  byType: Record<string, number>;
  /** Peak memory and processor time of Pagefind's process, where the system tells (for `npm run bench`). */
  indexer?: ChildUsage;
  /** Pagefind's id of each page, by URL: the id its results carry. */
  ids?: Record<string, string>;
}

/**
 * A record as the HTML Pagefind reads: metadata, filters and sort keys as tags it picks
 * up, and the text as paragraphs. Each section is a heading with an id, which Pagefind
 * turns into a sub-result linking to that id; the section's words are the heading itself,
 * so results quote them with no label in between, weighted as plain text.
 * Example: recordHtml({ url: '/a/', content: 'Minutes', sections: [{ type: 'decision', id: 'decision-1', text: 'Noted.' }], meta: {}, filters: {}, sort: {} })
 *   → '…<body><p>Minutes</p><h2 id="decision-1" data-pagefind-weight="1">Noted.</h2></body></html>'
 */
export function recordHtml(record: SearchRecord): string {
  const tag = (kind: string, key: string, value: string) =>
    `<meta data-pagefind-${kind}="${key}[content]" content="${escapeXml(value)}">`;
  const tags = [
    ...Object.entries({ ...record.meta, ...(record.name && { name: record.name }) }).map(([key, value]) =>
      tag('meta', key, value),
    ),
    ...Object.entries(record.filters).flatMap(([key, values]) => values.map((value) => tag('filter', key, value))),
    ...Object.entries(record.sort).map(([key, value]) => tag('sort', key, value)),
  ];
  const lines = (text: string) => text.split('\n').filter((line) => line.trim() !== '');
  const paragraphs = lines(record.content).map((line) => `<p>${escapeXml(line)}</p>`);
  const sections = record.sections.map(
    (s) => `<h2 id="${escapeXml(s.id)}" data-pagefind-weight="1">${escapeXml(lines(s.text).join(' '))}</h2>`,
  );
  const name = record.name ? `<h1>${escapeXml(record.name)}</h1>` : '';
  return `<!doctype html><html lang="en"><head>${tags.join('')}</head><body>${name}${paragraphs.join('')}${sections.join('')}</body></html>`;
}

/**
 * Indexes `records` into `outputDir` (the site's "pagefind/" folder), then checks that
 * Pagefind holds every page and every section meant to be found, naming any it lacks.
 * Example: await writeSearchIndex(records, 'dist/pagefind') → { records: 65, byType: { meeting: 5, item: 5, decision: 5, indicator: 50 } }.
 */
export async function writeSearchIndex(
  records: readonly SearchRecord[],
  outputDir: string,
): Promise<SearchIndexReport> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new SearchIndexError(`Pagefind could not start: ${errors.join('; ')}`);
    const failed: string[] = [];
    // Every page of the part is handed over at once, so Pagefind never waits for this
    // thread, busy rendering pages, to send the next (a part is a few thousand pages, about 12 MB).
    await Promise.all(
      records.map(async (record) => {
        const added = await index.addHTMLFile({ url: record.url, content: recordHtml(record) });
        if (added.errors.length > 0) failed.push(`${record.url}: ${added.errors.join('; ')}`);
      }),
    );
    if (failed.length > 0)
      throw new SearchIndexError(`These pages could not be indexed for search:\n${failed.slice(0, 20).join('\n')}`);
    const written = await index.writeFiles({ outputPath: outputDir });
    if (written.errors.length > 0)
      throw new SearchIndexError(`The search index could not be written: ${written.errors.join('; ')}`);
    const pages = readPages(join(outputDir, 'fragment'));
    return {
      records: records.length,
      byType: reconcile(records, anchorsByUrl(pages.map(({ fragment }) => fragment))),
      indexer: childUsage(/^pagefind/),
      ids: Object.fromEntries(pages.map(({ id, fragment }) => [fragment.url, id])),
    };
  } catch (error) {
    if (error instanceof SearchIndexError) throw error;
    throw new SearchIndexError(
      `Building the search index failed: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  } finally {
    await pagefind.close();
  }
}

/** Counts what was indexed by type, or fails naming the pages and sections Pagefind does not hold. */
export function reconcile(records: readonly SearchRecord[], indexed: Map<string, Set<string>>): Record<string, number> {
  const missed: string[] = [];
  for (const record of records) {
    const anchors = indexed.get(record.url);
    if (!anchors) missed.push(record.url);
    else
      for (const section of record.sections) if (!anchors.has(section.id)) missed.push(`${record.url}#${section.id}`);
  }
  if (missed.length > 0)
    throw new SearchIndexError(
      `The search index is missing ${missed.length} of the pages and decisions meant to be found:\n${missed.slice(0, 20).join('\n')}`,
    );
  if (indexed.size !== records.length)
    throw new SearchIndexError(
      `The search index holds ${indexed.size} pages but ${records.length} were meant to be indexed.`,
    );
  return recordTypes(records);
}

/**
 * The records' pages by type, and their sections (decisions) too.
 * Example: recordTypes(records) → { meeting: 5, item: 5, decision: 5, indicator: 50 }.
 */
export function recordTypes(records: readonly SearchRecord[]): Record<string, number> {
  const byType: Record<string, number> = {};
  const count = (type: string) => (byType[type] = (byType[type] ?? 0) + 1);
  for (const record of records) {
    count(record.filters.type[0]);
    for (const section of record.sections) count(section.type);
  }
  return byType;
}

/**
 * Each page Pagefind wrote into `outputDir`, by URL (from the site's root), with the ids of
 * the headings it can land on. `outputDir` is one index, or a site's "pagefind/" folder
 * holding one index a part.
 */
export function indexedPages(outputDir: string): Map<string, Set<string>> {
  const indexes = existsSync(join(outputDir, 'fragment'))
    ? [outputDir]
    : readdirSync(outputDir)
        .map((name) => join(outputDir, name))
        .filter((dir) => existsSync(join(dir, 'fragment')));
  return anchorsByUrl(indexes.flatMap((dir) => readFragments(join(dir, 'fragment'))));
}

const anchorsByUrl = (fragments: readonly Fragment[]) =>
  new Map(fragments.map((fragment) => [fragment.url, new Set(fragment.anchors.flatMap((a) => (a.id ? [a.id] : [])))]));

/** A page as Pagefind holds it for the results: its URL, words, tags and the headings it can land on. */
export interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: { id?: string; text: string }[];
}

/**
 * The fragments of one of Pagefind's indexes (its "fragment" folder): gzipped JSON after a
 * signature of Pagefind's own, a file a page. A gzip stream may hold many files one after
 * another, so the folder's are unzipped in one call rather than with a zlib object a page.
 */
export function readFragments(folder: string): Fragment[] {
  return readPages(folder).map(({ fragment }) => fragment);
}

/** readFragments, with each page's id: its file's name ("en_3ac1f0e.pf_fragment"), which its search results carry. */
function readPages(folder: string): { id: string; fragment: Fragment }[] {
  const names = readdirSync(folder);
  const zipped = names.map((name) => readFileSync(join(folder, name)));
  if (zipped.length === 0) return [];
  const damaged = (why: string) =>
    new SearchIndexError(
      `The search index in ${folder} could not be read back (${why}): its files are damaged. Build the site again; if this happens again, the disk may be full or failing.`,
    );
  let text: Buffer;
  try {
    text = gunzipSync(Buffer.concat(zipped));
  } catch (error) {
    throw damaged(error instanceof Error ? error.message : String(error));
  }
  let at = 0;
  const fragments = zipped.map((file, i) => {
    // A gzip file ends with the length of what it holds (RFC 1952), so that is where its text ends.
    const end = at + file.readUInt32LE(file.length - 4);
    const json = text.toString('utf8', at, end).replace(/^pagefind_dcd/, '');
    at = end;
    return { id: names[i].replace(/\.pf_fragment$/, ''), fragment: JSON.parse(json) as Fragment };
  });
  if (at !== text.length) throw damaged('their lengths do not add up');
  return fragments;
}
