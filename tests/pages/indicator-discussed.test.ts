/** A measure's page lists the agenda items that discussed it, newest first, and their decisions. */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import { discussedIn } from '../../src/lib/pages/indicator-discussed.ts';
import { siteDataOf } from '../../src/lib/pages/routes.ts';
import { TODAY } from './synthetic-site.ts';

const { index, figures } = siteDataOf(loadCorpus('content'), TODAY, 300);

describe('discussedIn', () => {
  it("finds the items naming a measure's editions, with their decisions", () => {
    const hle = figures.measure('healthy-life-expectancy-at-birth-female')!;
    const discussed = discussedIn(index, hle);
    expect(discussed.items.map(({ item }) => item.id)).toEqual([
      '2019-03-01-lincolnshire-hwb/01-neighbourhood-working',
    ]);
    expect(discussed.total).toBe(1);
    expect(discussed.decisions).toEqual(index.decisionsOf(discussed.items.map(({ item }) => item)));
  });

  it('finds nothing for a measure no item names', () => {
    const named = new Set(index.meetings.flatMap((m) => index.itemsOf(m)).flatMap((item) => item.indicators));
    const unnamed = figures.measures.find((m) => ![m.id, ...m.editions.map((e) => e.id)].some((id) => named.has(id)))!;
    expect(discussedIn(index, unnamed)).toEqual({ total: 0, items: [], decisions: [] });
  });
});

describe('itemsOnIndicators', () => {
  it('gives the items naming any of the ids once each, newest meeting first and in agenda order, as a plain scan does', () => {
    const all = index.meetings.flatMap((meeting) => index.itemsOf(meeting));
    const ids = [...new Set(all.flatMap((item) => item.indicators))];
    expect(ids.length).toBeGreaterThan(2);
    const naming = index.itemsOnIndicators(ids);
    expect(naming).toEqual(all.filter((item) => item.indicators.length > 0));
    expect(naming.map((item) => index.dateOf(item))).toEqual(['2023-06-29', '2019-03-01']);
    for (const id of ids)
      expect(index.itemsOnIndicators([id])).toEqual(all.filter((item) => item.indicators.includes(id)));
  });
});
