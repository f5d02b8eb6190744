/**
 * Lookups that must stay cheap on a large archive (binary searches, windows) still give
 * what a reader expects: checked against plain scans of a synthetic archive built from the
 * sample minutes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import { firstInOrder } from '../../src/lib/pages/first-in-order.ts';
import {
  actionsOfPeriod,
  actionsPageData,
  bodyPageData,
  bodyYearPages,
  decisionsGroupData,
  decisionYears,
  itemsInYears,
  meetingsPageData,
  NEWEST_ITEMS,
  periodPages,
  relatedItems,
} from '../../src/lib/pages/page-data.ts';
import { periodsOf } from '../../src/lib/pages/busy-years.ts';
import { searchFacets } from '../../src/lib/search/records.ts';
import { buildSiteIndex, countNewer, type ItemSummary } from '../../src/lib/pages/site-index.ts';
import { writeSyntheticCorpus } from '../../src/lib/build/synthetic-corpus.ts';

const work = mkdtempSync(join(tmpdir(), 'minuted-index-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
writeSyntheticCorpus(join(work, 'content'), 200, 'content');
const corpus = loadCorpus(join(work, 'content'));
// A date after every meeting, so every follow-up with a due date is overdue, none answered.
const index = buildSiteIndex(corpus, '2030-01-01');
const items = corpus.items as ItemSummary[];
/** How the dates of a year's, or a month's, entries begin: "2025-" or "2025-03-". */
const datePrefix = (year: number, month?: number) =>
  month === undefined ? `${year}-` : `${year}-${String(month).padStart(2, '0')}-`;
const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
const sharedTopics = (a: ItemSummary, b: ItemSummary) => a.topics.filter((t) => b.topics.includes(t)).length;

describe('countNewer', () => {
  it('counts the items of later meetings at the head of a newest-first list', () => {
    const dates = ['2020-05-01', '2020-03-01', '2020-03-01', '2019-01-01'];
    expect(countNewer(dates, '2020-03-01', (d) => d)).toBe(1);
    expect(countNewer(dates, '2021-01-01', (d) => d)).toBe(0);
    expect(countNewer(dates, '2018-01-01', (d) => d)).toBe(4);
    expect(countNewer([], '2018-01-01', (d: string) => d)).toBe(0);
  });
});

describe('follow-up suggestions', () => {
  it('are the three earliest later items of the same body sharing a topic, earliest first', () => {
    const unanswered = index.actions.filter((a) => a.status !== 'answered');
    expect(unanswered.length).toBeGreaterThan(20);
    for (const action of unanswered) {
      const expected = items
        .filter(
          (other) =>
            index.meeting(other.meeting).body === action.body.id &&
            index.dateOf(other) > action.meeting.date &&
            sharedTopics(other, action.item) > 0,
        )
        .sort((a, b) => index.dateOf(a).localeCompare(index.dateOf(b)) || Number(a.number) - Number(b.number))
        .slice(0, 3);
      expect(
        action.suggestions.map((s) => s.id),
        action.id,
      ).toEqual(expected.map((s) => s.id));
    }
  });
});

describe('related items', () => {
  it('share the most topics with the item, never the item itself, at most five', () => {
    // Small enough that every topic's items are within the window looked at (50 either side).
    for (const topic of index.topics.keys()) expect(index.itemsOnTopic(topic).length).toBeLessThanOrEqual(50);
    for (const item of items) {
      const related = relatedItems(index, item);
      const best = items
        .filter((other) => other.id !== item.id && sharedTopics(other, item) > 0)
        .map((other) => sharedTopics(other, item))
        .sort((a, b) => b - a)
        .slice(0, 5);
      expect(
        related.map((r) => r.shared.length),
        item.id,
      ).toEqual(best);
      expect(related.map((r) => r.item.id)).not.toContain(item.id);
    }
  });

  it('prefers, among equals, the items nearest in date', () => {
    const item = items[150];
    const related = relatedItems(index, item);
    const apart = (other: ItemSummary) => Math.abs(Date.parse(index.dateOf(other)) - Date.parse(index.dateOf(item)));
    const equals = related.filter((r) => r.shared.length === related.at(-1)!.shared.length);
    const nearestLeftOut = items.filter(
      (o) =>
        o.id !== item.id &&
        sharedTopics(o, item) === equals[0].shared.length &&
        !related.some((r) => r.item.id === o.id),
    );
    for (const left of nearestLeftOut)
      expect(apart(left)).toBeGreaterThanOrEqual(Math.max(...equals.map((r) => apart(r.item))));
  });
});

describe("a locality's or topic's items in years", () => {
  it('lists the newest on its page and every item on the page of its year, newest year first', () => {
    const lists = [
      ...[...index.localities.roots()].map((l) => index.itemsWithin(l.id)),
      ...[...index.topics.keys()].map((t) => index.itemsOnTopic(t)),
    ];
    expect(Math.max(...lists.map((l) => l.length))).toBeGreaterThan(NEWEST_ITEMS);
    for (const items of lists) {
      const { total, newest, newestDecisions, years } = itemsInYears(index, items);
      expect(total).toBe(items.length);
      expect(newest).toEqual(items.slice(0, NEWEST_ITEMS));
      expect(newestDecisions.map((d) => d.item)).toEqual(newest.flatMap((i) => i.decisionList.map(() => i)));
      // Nothing is left out or listed twice, and each year page holds only its year.
      expect(years.flatMap((y) => y.items)).toEqual(items);
      for (const { year, items: ofYear } of years)
        expect(ofYear.every((i) => index.dateOf(i).startsWith(String(year)))).toBe(true);
      expect(years.map((y) => y.year)).toEqual([...new Set(years.map((y) => y.year))].sort((a, b) => b - a));
    }
  });

  it('lists a busy year a month a page: each item on exactly one page, of its month', () => {
    const limit = 12; // this small archive's busiest years have about 40 items about England
    const lists = [
      ...[...index.localities.roots()].map((l) => index.itemsWithin(l.id)),
      ...[...index.topics.keys()].map((t) => index.itemsOnTopic(t)),
    ];
    let busyYears = 0;
    for (const items of lists) {
      const data = itemsInYears(index, items, limit);
      const pages = periodPages(index, data);
      // Every item is listed once, on its year's page if the year is quiet, or else on its month's.
      expect(pages.flatMap((p) => p.listed).sort(byId)).toEqual([...items].sort(byId));
      for (const page of pages) {
        expect(page.all.every((i) => index.dateOf(i).startsWith(datePrefix(page.year, page.month)))).toBe(true);
        const busy = data.years.find((y) => y.year === page.year)!.items.length > limit;
        expect(page.months !== undefined).toBe(busy);
        // A busy year's own page lists its months, newest first, and counts all its items.
        if (busy && page.month === undefined) {
          busyYears++;
          expect(page.listed).toEqual([]);
          expect(page.months!.map((m) => m.month)).toEqual([...page.months!.map((m) => m.month)].sort((a, b) => b - a));
          expect(page.months!.reduce((n, m) => n + m.items.length, 0)).toBe(page.all.length);
        } else {
          expect(page.listed).toEqual(page.all);
        }
      }
    }
    expect(busyYears).toBeGreaterThan(0);
  });
});

describe('the follow-up tracker', () => {
  it('lists the most recently asked of each status on its page, and every follow-up on the page of the year it was asked', () => {
    const data = actionsPageData(index);
    const overdue = data.groups.find((g) => g.status === 'overdue')!;
    expect(overdue.total).toBeGreaterThan(NEWEST_ITEMS);
    for (const group of data.groups) {
      const all = index.actions.filter((a) => a.status === group.status);
      expect(group.total).toBe(all.length);
      expect(group.actions).toHaveLength(Math.min(all.length, NEWEST_ITEMS));
      const oldestShown = group.actions.at(-1)?.meeting.date ?? '';
      for (const left of all.filter((a) => !group.actions.includes(a)))
        expect(left.meeting.date <= oldestShown, left.id).toBe(true);
    }
    expect(data.years.map((y) => y.year)).toEqual(
      [...new Set(index.actions.map((a) => Number(a.meeting.date.slice(0, 4))))].sort((a, b) => b - a),
    );
    const onYearPages = data.years.flatMap(({ year }) =>
      actionsOfPeriod(index, data.years, '2030-01-01', year).data.groups.flatMap((g) =>
        g.actions.map((a) => [year, a] as const),
      ),
    );
    expect(onYearPages.map(([, a]) => a.id).sort()).toEqual(index.actions.map((a) => a.id).sort());
    for (const [year, action] of onYearPages)
      expect(action.meeting.date.startsWith(String(year)), action.id).toBe(true);
  });

  it('lists a busy year a month a page, each follow-up on the page of the month it was asked', () => {
    const { years } = actionsPageData(index, 12);
    const pages = periodsOf(years).map(({ year, month }) => ({
      year,
      month,
      data: actionsOfPeriod(index, years, '2030-01-01', year, month).data,
    }));
    const listed = pages.flatMap((p) => p.data.groups.flatMap((g) => g.actions.map((a) => ({ ...p, action: a }))));
    expect(listed.map(({ action }) => action.id).sort()).toEqual(index.actions.map((a) => a.id).sort());
    for (const { year, month, action } of listed)
      expect(action.meeting.date.startsWith(datePrefix(year, month)), action.id).toBe(true);
    const busy = pages.filter((p) => p.data.months && p.month === undefined);
    expect(busy.length).toBeGreaterThan(0);
    // A busy year's own page still counts its follow-ups by status, and links to each month with its count.
    for (const { year, data } of busy) {
      const ofYear = index.actions.filter((a) => a.meeting.date.startsWith(`${year}-`));
      expect(data.groups.reduce((n, g) => n + g.total, 0)).toBe(ofYear.length);
      expect(data.months!.reduce((n, m) => n + m.count, 0)).toBe(ofYear.length);
      expect(data.months![0].path).toMatch(new RegExp(`^actions/${year}/\\d\\d/$`));
    }
  });
});

describe("a body's decisions in the register", () => {
  it('lists its latest on its page, and each decision on the page of its year, with counts of all', () => {
    const latest = 5; // fewer than most boards here have (the site lists 50)
    for (const body of index.bodies.keys()) {
      const all = index.decisionsOfBody(body);
      const { data } = decisionsGroupData(index, { body }, latest);
      expect(data.total).toBe(all.length);
      expect(data.decisions).toEqual(all.slice(0, latest));
      expect(data.outcomes.reduce((n, o) => n + o.count, 0)).toBe(all.length);
      const onYearPages = data.years.flatMap(({ label }) =>
        decisionsGroupData(index, { body, year: Number(label) }, latest).data.decisions.map((d) => [label, d] as const),
      );
      expect(onYearPages.map(([, d]) => d)).toEqual(all);
      for (const [year, decision] of onYearPages)
        expect(decision.meeting.date.startsWith(year), decision.id).toBe(true);
    }
  });

  it("lists a busy year's decisions a month a page, for the whole register and for each body", () => {
    const limit = 12;
    let busyYears = 0;
    for (const body of [undefined, ...index.bodies.keys()]) {
      const all = body ? index.decisionsOfBody(body) : index.decisions;
      const pages = periodsOf(decisionYears(all, limit)).map(({ year, month }) => ({
        year,
        month,
        data: decisionsGroupData(index, { body, year, month }, NEWEST_ITEMS, limit).data,
      }));
      expect(pages.flatMap((p) => p.data.decisions).sort(byId)).toEqual([...all].sort(byId));
      for (const { year, month, data } of pages) {
        if (month !== undefined) {
          expect(data.title).toContain(
            ` in ${new Date(Date.UTC(year, month - 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' })} ${year}`,
          );
          expect(data.decisions.every((d) => d.meeting.date.startsWith(datePrefix(year, month)))).toBe(true);
          expect(data.crumbs.at(-1)).toEqual({
            label: String(year),
            href: body ? `decisions/body/${body}/${year}/` : `decisions/year/${year}/`,
          });
        } else if (data.months) {
          busyYears++;
          expect(data.decisions).toEqual([]);
          expect(data.total).toBe(all.filter((d) => d.meeting.date.startsWith(`${year}-`)).length);
          expect(data.total).toBeGreaterThan(limit);
          expect(data.months.reduce((n, m) => n + m.count, 0)).toBe(data.total);
        }
      }
    }
    expect(busyYears).toBeGreaterThan(0);
  });
});

describe('the meetings page', () => {
  it('lists the latest meetings, and each body with its number of meetings, all of which its year pages list', () => {
    const data = meetingsPageData(index);
    expect(index.meetings.length).toBeGreaterThan(NEWEST_ITEMS);
    expect(data.latest.map((m) => m.id)).toEqual(
      [...index.meetings]
        .sort((a, b) => b.date.localeCompare(a.date))
        .slice(0, NEWEST_ITEMS)
        .map((m) => m.id),
    );
    expect(data.bodies.reduce((n, b) => n + b.count, 0)).toBe(index.meetings.length);
    for (const { body, count, years } of data.bodies) {
      const onYearPages = bodyYearPages(index, body.id).flatMap((page) =>
        page.data.meetings.map((m) => [page.year, m] as const),
      );
      expect(
        onYearPages.map(([, m]) => m.id),
        body.id,
      ).toEqual(index.meetings.filter((m) => m.body === body.id).map((m) => m.id));
      for (const [year, meeting] of onYearPages) expect(meeting.date.startsWith(String(year)), meeting.id).toBe(true);
      expect(years, body.id).toEqual([onYearPages.at(-1)![0], onYearPages[0][0]]);
      expect(count, body.id).toBe(onYearPages.length);
      // The body's own page: its latest meetings, as many as the meetings page lists at most.
      expect(
        bodyPageData(index, body.id).latest.map((m) => m.id),
        body.id,
      ).toEqual(onYearPages.slice(0, NEWEST_ITEMS).map(([, m]) => m.id));
    }
  });
});

describe('lists of boards', () => {
  it('read numbers in names as numbers: Board 2 before Board 10', () => {
    const numbered = (names: string[]) => names.map((name) => Number(/Board (\d+)$/.exec(name)![1]));
    const listed = meetingsPageData(index).bodies.map((b) => b.body.name);
    expect(listed.length).toBeGreaterThan(10);
    expect(numbered(listed)).toEqual(numbered(listed).toSorted((a, b) => a - b));
    expect(
      searchFacets(index)
        .find((f) => f.name === 'body')!
        .options.map((o) => o.label),
    ).toEqual(listed);
  });
});

describe('firstInOrder', () => {
  it('keeps what a stable sort would put first, equals in the order they came', () => {
    const values = Array.from({ length: 200 }, (_, i) => ({ i, score: (i * 37) % 11 }));
    const byScore = (a: { score: number }, b: { score: number }) => a.score - b.score;
    for (const limit of [0, 1, 5, 250])
      expect(firstInOrder(values, limit, byScore)).toEqual([...values].sort(byScore).slice(0, limit));
  });
});
