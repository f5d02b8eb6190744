/** A part of the search index and its changes answering as one index would. */
import { describe, expect, it } from 'vitest';
import { mergeChanges } from '../../src/lib/search/merge-changes.ts';

/** A result as Pagefind gives it, with the date its page holds. */
const result = (id: string, score: number, date = '') => ({ id, score, date });
const byDate = (descending: boolean) => ({
  keyOf: (r: { date: string }) => Promise.resolve(r.date),
  descending,
});

describe('mergeChanges', () => {
  const part = {
    results: [result('a', 9, '2024-05-01'), result('old-b', 7, '2023-02-01'), result('c', 3, '2021-01-01')],
    filters: { type: { item: 3, decision: 1 }, year: { '2023': 1, '2024': 1, '2021': 1 } },
  };
  const superseded = { 'old-b': { type: ['item', 'decision'], year: ['2023'] } };

  it('leaves out the old copies of changed pages and corrects the counts', async () => {
    const merged = await mergeChanges(part, null, superseded);
    expect(merged!.results.map((r) => r.id)).toEqual(['a', 'c']);
    expect(merged!.filters).toEqual({ type: { item: 2, decision: 0 }, year: { '2023': 0, '2024': 1, '2021': 1 } });
  });

  it('puts the changes among the rest by relevance, and adds their counts', async () => {
    const changes = { results: [result('b', 5, '2023-02-01')], filters: { type: { item: 1 }, year: { '2023': 1 } } };
    const merged = await mergeChanges(part, changes, superseded);
    expect(merged!.results.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(merged!.filters).toEqual({ type: { item: 3, decision: 0 }, year: { '2023': 1, '2024': 1, '2021': 1 } });
  });

  it('puts the changes among the rest by date, newest or oldest first', async () => {
    const newest = { results: [part.results[0], part.results[1], part.results[2]], filters: {} };
    const changes = { results: [result('new', 1, '2025-01-01'), result('b', 5, '2023-02-01')], filters: {} };
    const down = await mergeChanges(newest, changes, superseded, byDate(true));
    expect(down!.results.map((r) => r.id)).toEqual(['new', 'a', 'b', 'c']);
    const oldest = { results: [...newest.results].reverse(), filters: {} };
    const up = await mergeChanges(
      oldest,
      { ...changes, results: [...changes.results].reverse() },
      superseded,
      byDate(false),
    );
    expect(up!.results.map((r) => r.id)).toEqual(['c', 'b', 'a', 'new']);
  });

  it('answers nothing when neither index has every word searched for', async () => {
    expect(await mergeChanges(null, null, superseded)).toBeNull();
  });
});
