/** A page's key changes exactly when what the page shows changes. */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import { itemViews } from '../../src/lib/pages/item.ts';
import { meetingPageRoute } from '../../src/lib/pages/meeting.ts';
import { pageKey, textKey } from '../../src/lib/build/page-key.ts';
import { sharedView } from '../../src/lib/pages/shared-views.ts';
import { siteDataOf } from '../../src/lib/pages/routes.ts';
import { ItemMinutes } from '../../src/lib/corpus/rendered-minutes.ts';

const corpus = loadCorpus('content');
const keyOf = (change: (c: typeof corpus) => typeof corpus, id: string, date = '2026-11-30') => {
  const site = siteDataOf(change(structuredClone(corpus)), date, 300);
  const meeting = site.index.meeting(site.index.item(id).meeting);
  return pageKey(itemViews(site, meeting).find((view) => view.item.id === id));
};
const same = (c: typeof corpus) => c;

describe('pageKey of an item page', () => {
  const [first, second] = corpus.items;

  it('is the same for the same content', () => {
    expect(keyOf(same, first.id)).toBe(keyOf(same, first.id));
  });

  it('changes with the item’s own minutes, title or decisions', () => {
    const base = keyOf(same, first.id);
    expect(
      keyOf(
        (c) => ({
          ...c,
          items: c.items.map((i) =>
            i.id === first.id ? { ...i, minutes: ItemMinutes.of(`${i.minutes.html}<p>More.</p>`, i.minutes.text) } : i,
          ),
        }),
        first.id,
      ),
    ).not.toBe(base);
    expect(
      keyOf(
        (c) => ({ ...c, items: c.items.map((i) => (i.id === first.id ? { ...i, title: 'Another title' } : i)) }),
        first.id,
      ),
    ).not.toBe(base);
    expect(
      keyOf(
        (c) => ({ ...c, items: c.items.map((i) => (i.id === first.id ? { ...i, decisionList: [] } : i)) }),
        first.id,
      ),
    ).not.toBe(base);
  });

  it('changes when a place it names is renamed, but not for another item’s minutes text', () => {
    const base = keyOf(same, first.id);
    const place = first.localities[0];
    expect(
      keyOf(
        (c) => ({ ...c, localities: c.localities.map((l) => (l.id === place ? { ...l, name: 'Renamed' } : l)) }),
        first.id,
      ),
    ).not.toBe(base);
    expect(
      keyOf(
        (c) => ({
          ...c,
          items: c.items.map((i) =>
            i.id === second.id
              ? { ...i, minutes: ItemMinutes.of(`${i.minutes.html}<p>More.</p>`, `${i.minutes.text} More.`) }
              : i,
          ),
        }),
        first.id,
      ),
    ).toBe(base);
  });

  it('counts all a shared record holds, however deep', () => {
    const view = (title: string) => ({
      related: [{ item: { id: 'a', meeting: { id: 'm', body: { id: 'b', name: title } } } }],
    });
    expect(pageKey(view('Board'))).toBe(pageKey(view('Board')));
    expect(pageKey(view('Board'))).not.toBe(pageKey(view('Committee')));
  });

  it('counts what Maps and Sets hold', () => {
    expect(pageKey({ m: new Map([['a', 1]]) })).not.toBe(pageKey({ m: new Map([['a', 2]]) }));
    expect(pageKey({ s: new Set(['a']) })).not.toBe(pageKey({ s: new Set(['b']) }));
  });

  it('counts every character of a long text, such as minutes or a download', () => {
    const minutes = (last: string) => ({ minutes: [{ html: `<p>${'Noted. '.repeat(200)}${last}</p>` }] });
    expect(pageKey(minutes('A'))).toBe(pageKey(minutes('A')));
    expect(pageKey(minutes('A'))).not.toBe(pageKey(minutes('B')));
    expect(textKey('a,b\n'.repeat(500))).not.toBe(textKey('a,c\n'.repeat(500)));
    // UTF-8 would make both lone surrogates one character.
    expect(textKey('\ud800')).not.toBe(textKey('\ud801'));
    expect(textKey('\ud800')).not.toBe(textKey('\ufffd'));
  });

  it('counts all a shared view holds, wherever it recurs', () => {
    const list = (title: string) => {
      const listed = sharedView({ item: { id: 'a', title }, note: title });
      return { newest: [listed], listed: [listed] };
    };
    expect(pageKey(list('Budget'))).toBe(pageKey(list('Budget')));
    expect(pageKey(list('Budget'))).not.toBe(pageKey(list('Audit')));
  });

  it('tells apart views whose texts or shapes differ only in where one part ends', () => {
    const views = [
      { a: 'x', b: 'y' },
      { a: 'x,b:y' },
      { 'a:x': 'b' },
      { a: ['x', 'y'] },
      { a: ['x'], b: ['y'] },
      { a: [['x', 'y']] },
      { a: 1 },
      { a: '1' },
      { a: true },
      { a: 'true' },
      { a: null },
      { a: undefined, b: null },
    ];
    expect(new Set(views.map(pageKey)).size).toBe(views.length);
  });

  it('counts what a date shows', () => {
    expect(pageKey({ at: new Date('2025-01-01') })).not.toBe(pageKey({ at: new Date('2025-01-02') }));
  });
});

describe('pageKey of a meeting page', () => {
  const keys = (change: (c: typeof corpus) => typeof corpus) => {
    const site = siteDataOf(change(structuredClone(corpus)), '2026-11-30', 300);
    return site.index.meetings.map((m) => ({ meeting: m, view: meetingPageRoute.pages(site, m)[0].view }));
  };

  it('changes when a figure it shows changes, though each figure is hashed once a build', () => {
    const before = keys(same);
    const shown = before.find(({ view }) => view.figuresAt.some((p) => p.others.length > 0))!;
    const { locality, indicator, latest } = shown.view.figuresAt.find((p) => p.others.length > 0)!.others[0].standing;
    const after = keys((c) => {
      const series = c.kpis.series.find((s) => s.indicator === indicator.id && s.locality === locality)!;
      series.points.find((p) => p.file === latest.file && p.line === latest.line)!.value += 1;
      return c;
    });
    const keyOf = (pages: typeof before) => pageKey(pages.find((p) => p.meeting.id === shown.meeting.id)!.view);
    expect(keyOf(after)).not.toBe(keyOf(before));
    expect(keyOf(keys(same))).toBe(keyOf(before));
  });
});
