/** An item's search record holds its recorded votes in words, so "recorded vote" or a councillor's name finds it. */
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import { buildFigures } from '../../src/lib/kpi/figures.ts';
import { buildSiteIndex } from '../../src/lib/pages/site-index.ts';
import { itemText, searchRecords } from '../../src/lib/search/records.ts';
import { VOTED_ITEM, votedContent } from '../support/voted-content.ts';

const content = votedContent();
afterAll(() => content.remove());
const corpus = loadCorpus(content.dir);
const index = buildSiteIndex(corpus, '2026-11-22');
const figures = buildFigures(corpus.kpis.indicators, corpus.kpis.series, index.localities);
const records = searchRecords(index, itemText(corpus.items), figures);

describe("a voted item's search record", () => {
  it('says each vote, its motion and the names', () => {
    const record = records.find((r) => r.url.endsWith(`meetings/${VOTED_ITEM}/`))!;
    expect(record.content).toContain('Recorded vote: not agreed, 3 for, 7 against, 1 abstention.');
    expect(record.content).toContain('Against: Councillor M Hill, Councillor Dr M E Thompson.');
    expect(record.content).toContain('Recorded vote: carried, 10 for, 0 against, no abstentions.');
  });

  it('is the only record that says "recorded vote"', () => {
    expect(records.filter((r) => r.content.includes('Recorded vote')).map((r) => r.url)).toEqual([
      expect.stringContaining(VOTED_ITEM),
    ]);
  });
});
