/** The index Pagefind writes for the sample corpus, read back from its files. */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import { buildFigures } from '../../src/lib/kpi/figures.ts';
import {
  type Fragment,
  readFragments,
  type SearchIndexReport,
  writeSearchIndex,
} from '../../src/lib/search/pagefind.ts';
import { expectedRecordCounts, itemText, searchRecords } from '../../src/lib/search/records.ts';
import { buildSiteIndex } from '../../src/lib/pages/site-index.ts';

const corpus = loadCorpus('content');
const index = buildSiteIndex(corpus, '2026-11-22');
const figures = buildFigures(corpus.kpis.indicators, corpus.kpis.series, index.localities);
const records = searchRecords(index, itemText(corpus.items), figures);
const work = mkdtempSync(join(tmpdir(), 'minuted-search-index-'));

let report: SearchIndexReport;
let fragments: Map<string, Fragment>;

beforeAll(async () => {
  report = await writeSearchIndex(records, join(work, 'pagefind'));
  fragments = new Map(readFragments(join(work, 'pagefind', 'fragment')).map((fragment) => [fragment.url, fragment]));
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('writeSearchIndex', () => {
  it('indexes every page, and every decision as a place in its item page', () => {
    expect(report.byType).toEqual(expectedRecordCounts(index, figures));
    const bromley = fragments.get(
      '/meetings/2023-06-29-bromley-hwb/01-south-east-london-icb-joint-forward-plan-and-one-bromley-5-year-strategy-sign-off/',
    )!;
    expect(bromley.anchors).toEqual([
      expect.objectContaining({
        id: 'decision-1',
        text: 'RESOLVED that the statement be endorsed, and the plans approved.',
      }),
    ]);
    expect(bromley.content).toContain('RESOLVED that the statement be endorsed, and the plans approved.');
  });

  it('keeps every title, filter and word as written, quotes and ampersands included', () => {
    for (const record of records) {
      const fragment = fragments.get(record.url)!;
      expect(fragment.meta).toMatchObject(record.meta);
      // A filter with no values (an item about no place) is one Pagefind does not record.
      for (const [name, values] of Object.entries(record.filters))
        expect(fragment.filters[name]?.sort() ?? [], `${record.url} ${name}`).toEqual([...values].sort());
    }
    // Measure titles carry quotes, brackets and ampersands.
    expect(records.some((r) => /["&<]/.test(r.content))).toBe(true);
    const sample = records.find((r) => /&/.test(r.content))!;
    expect(fragments.get(sample.url)!.content).toContain(
      sample.content
        .split('\n')
        .find((line) => line.includes('&'))!
        .trim()
        .slice(0, 40),
    );
  });

  it('reads back each page as Pagefind wrote it, though it unzips all of them in one go', () => {
    const folder = join(work, 'pagefind', 'fragment');
    const oneByOne = readdirSync(folder).map(
      (name) =>
        JSON.parse(
          gunzipSync(readFileSync(join(folder, name)))
            .toString('utf8')
            .replace(/^pagefind_dcd/, ''),
        ) as Fragment,
    );
    expect(oneByOne.length).toBe(records.length);
    expect(readFragments(folder)).toEqual(oneByOne);
  });

  it('reads an index folder with no pages in it as no pages', () => {
    const empty = join(work, 'empty');
    mkdirSync(empty);
    expect(readFragments(empty)).toEqual([]);
  });

  it('says which index is damaged when a page of it cannot be read back', () => {
    const damaged = join(work, 'damaged');
    cpSync(join(work, 'pagefind', 'fragment'), damaged, { recursive: true });
    const name = readdirSync(damaged)[0];
    writeFileSync(join(damaged, name), readFileSync(join(damaged, name)).subarray(0, 20));
    expect(() => readFragments(damaged)).toThrow(`The search index in ${damaged} could not be read back`);
  });

  it('fails, naming the decision, when Pagefind cannot land on it', async () => {
    const item = records.find((r) => r.sections.length > 0)!;
    const unfindable = { ...item, sections: [{ ...item.sections[0], id: 'decision 1' }] }; // an id with a space is no anchor
    await expect(writeSearchIndex([unfindable], join(work, 'unfindable'))).rejects.toThrow(
      `missing 1 of the pages and decisions meant to be found:\n${item.url}#decision 1`,
    );
  });

  it('fails when two records would be one page', async () => {
    const twice = [records[0], { ...records[1], url: records[0].url }];
    await expect(writeSearchIndex(twice, join(work, 'twice'))).rejects.toThrow(
      'The search index holds 1 pages but 2 were meant to be indexed.',
    );
  });
});
