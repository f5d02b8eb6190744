/** A rebuild knows a correction to some minutes from any other change by the content key. */
import { describe, expect, it } from 'vitest';
import { contentState } from '../../src/lib/build/content-key.ts';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import type { Corpus } from '../../src/lib/corpus/model.ts';
import { ItemMinutes } from '../../src/lib/corpus/rendered-minutes.ts';

const corpus = loadCorpus('content');
const TODAY = '2026-12-07';
const [first, second] = corpus.items;
const state = contentState(corpus, TODAY);
const keyAfter = (change: (corpus: Corpus) => Corpus, today = TODAY) => contentState(change(corpus), today).key;
const withItem = (id: string, change: (item: Corpus['items'][number]) => Corpus['items'][number]) => (c: Corpus) => ({
  ...c,
  items: c.items.map((item) => (item.id === id ? change(item) : item)),
});

describe('contentState', () => {
  it('is the same for the same content, read again', () => {
    expect(contentState(loadCorpus('content'), TODAY)).toEqual(state);
  });

  it("keeps its key when an item's minutes alone change, and names that item's new minutes", () => {
    const corrected = withItem(first.id, (item) => ({
      ...item,
      minutes: ItemMinutes.of(`${item.minutes.html}<p>A sentence corrected.</p>`, item.minutes.text),
    }))(corpus);
    const after = contentState(corrected, TODAY);
    expect(after.key).toBe(state.key);
    expect(Object.keys(after.minutes).filter((id) => after.minutes[id] !== state.minutes[id])).toEqual([first.id]);
  });

  it("changes with anything else a page shows: an item's title or decisions, a meeting, a place, a figure, the day", () => {
    expect(keyAfter(withItem(second.id, (item) => ({ ...item, title: 'Another title' })))).not.toBe(state.key);
    expect(keyAfter(withItem(second.id, (item) => ({ ...item, decisionList: [] })))).not.toBe(state.key);
    expect(
      keyAfter((c) => ({ ...c, meetings: c.meetings.map((m, i) => (i ? m : { ...m, venue: 'Elsewhere' })) })),
    ).not.toBe(state.key);
    expect(
      keyAfter((c) => ({ ...c, localities: c.localities.map((l, i) => (i ? l : { ...l, name: 'Renamed' })) })),
    ).not.toBe(state.key);
    const [indicator, file] = [...corpus.kpis.indicators][0];
    expect(
      keyAfter((c) => ({
        ...c,
        kpis: { ...c.kpis, indicators: new Map([...c.kpis.indicators, [indicator, { ...file, title: 'Renamed' }]]) },
      })),
    ).not.toBe(state.key);
    expect(keyAfter((c) => c, '2026-12-08')).not.toBe(state.key);
  });
});
