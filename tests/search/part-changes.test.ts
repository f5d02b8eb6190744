/** Which pages of a part of the sample's search index a rebuild amends, rather than indexing the part again. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import { buildFigures } from '../../src/lib/kpi/figures.ts';
import { buildSiteIndex } from '../../src/lib/pages/site-index.ts';
import { changesPart, type IndexedPage, MOST_AMENDED, partChanges } from '../../src/lib/search/part-changes.ts';
import { itemText, type SearchRecord, searchRecords } from '../../src/lib/search/records.ts';

const corpus = loadCorpus('content');
const index = buildSiteIndex(corpus, '2026-11-22');
const figures = buildFigures(corpus.kpis.indicators, corpus.kpis.series, index.localities);
const textOf = itemText(corpus.items);
const hashOf = (record: SearchRecord) => createHash('sha1').update(JSON.stringify(record)).digest('base64url');
const records = searchRecords(index, textOf, figures);
// The site's copy, as its cache lists it: an id for each page as Pagefind would give it.
const indexed: Record<string, IndexedPage> = Object.fromEntries(
  records.map((record, i) => [record.url, [`en_${i}`, hashOf(record), record.filters]]),
);
const changesOf = (now: SearchRecord[]) => partChanges(indexed, now, now.map(hashOf));
const item = corpus.items[0];

describe('partChanges', () => {
  it('amends a part with the one item whose minutes changed, leaving out its old page', () => {
    const now = searchRecords(
      index,
      (id) => (id === item.id ? `${textOf(id)}\nA sentence added.` : textOf(id)),
      figures,
    );
    const changes = changesOf(now)!;
    expect(changes.records.map((r) => r.url)).toEqual([expect.stringContaining(`/${item.slug}/`)]);
    const [[id, filters]] = Object.entries(changes.superseded);
    expect(indexed[changes.records[0].url][0]).toBe(id);
    expect(filters.type).toContain('item');
  });

  it('leaves out the pages of a meeting that went, with nothing to index', () => {
    const gone = index.meetings.find((m) => m.id === item.meeting)!;
    const now = records.filter((r) => !r.url.includes(`/meetings/${gone.id}/`));
    const changes = changesOf(now)!;
    expect(changes.records).toEqual([]);
    expect(Object.keys(changes.superseded)).toHaveLength(records.length - now.length);
  });

  it('has nothing to amend when nothing changed, and indexes whole a part with more than a twentieth changed', () => {
    expect(changesOf(records)).toBeUndefined();
    const many = Math.floor(records.length / 20) + 1;
    const now = records.map((r, i) => (i < many ? { ...r, content: `${r.content}\nChanged.` } : r));
    expect(changesOf(now)).toBeUndefined();
    expect(changesOf(now.map((r, i) => (i === many - 1 ? records[i] : r)))?.records).toHaveLength(many - 1);
  });

  it('indexes whole a large part with more than MOST_AMENDED pages changed, though fewer than a twentieth', () => {
    // The sample's records twenty-one times over, under other addresses: more than 1,000 pages.
    const large = Array.from({ length: 21 }, (_, n) => records.map((r) => ({ ...r, url: `${r.url}${n}/` }))).flat();
    const hashes = large.map(hashOf);
    const indexedLarge: Record<string, IndexedPage> = Object.fromEntries(
      large.map((r, i) => [r.url, [`en_${i}`, hashes[i], r.filters]]),
    );
    const edited = (count: number) =>
      large.map((r, i) => (i < count ? { ...r, content: `${r.content}\nChanged.` } : r));
    const changes = (now: SearchRecord[]) => partChanges(indexedLarge, now, now.map(hashOf));
    expect(large.length / 20).toBeGreaterThan(MOST_AMENDED + 1);
    expect(changes(edited(MOST_AMENDED))?.records).toHaveLength(MOST_AMENDED);
    expect(changes(edited(MOST_AMENDED + 1))).toBeUndefined();
  });

  it('names the index of a part’s changes after the part', () => {
    expect(changesPart('part-3')).toBe('part-3-changes');
  });
});
