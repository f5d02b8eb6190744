import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import { DEFAULT_PAGES_PER_PART, partLinks, searchParts } from '../../src/lib/search/parts.ts';
import { partsCovering } from '../../src/lib/search/query.ts';
import { writeSyntheticCorpus } from '../../src/lib/build/synthetic-corpus.ts';

const work = mkdtempSync(join(tmpdir(), 'minuted-parts-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
writeSyntheticCorpus(join(work, 'content'), 2000, 'content');
const meetings = loadCorpus(join(work, 'content')).meetings;
const pages = meetings.reduce((n, m) => n + m.items.length + 1, 0);
const byDate = [...meetings].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));

describe('searchParts', () => {
  it('keeps an archive of this size in one part, holding the figures too', () => {
    const parts = searchParts(meetings, DEFAULT_PAGES_PER_PART);
    expect(parts).toHaveLength(1);
    expect(parts[0]).toMatchObject({
      name: 'part-1',
      first: byDate[0].date,
      last: byDate.at(-1)!.date,
      pages,
      indicators: true,
    });
    expect(parts[0].meetings.size).toBe(meetings.length);
  });

  it('cuts a larger one into date ranges, oldest first, each filled up to the pages asked', () => {
    const parts = searchParts(meetings, 500);
    // No part could have taken the next part's first meeting too.
    for (const [i, part] of parts.slice(0, -1).entries()) {
      const next = byDate.find((m) => parts[i + 1].meetings.has(m.id))!;
      expect(part.pages + next.items.length + 1).toBeGreaterThan(500);
    }
    // Every meeting in exactly one part, the parts following one another in date order.
    expect(parts.reduce((n, p) => n + p.meetings.size, 0)).toBe(meetings.length);
    const owners = byDate.map((m) => parts.findIndex((p) => p.meetings.has(m.id)));
    expect(owners).toEqual([...owners].sort((a, b) => a - b));
    for (const part of parts) expect(part.pages).toBeLessThanOrEqual(500);
    expect(parts.map((p) => p.indicators)).toEqual(parts.map((_, i) => i === 0));
    expect(parts.map((p) => p.name)).toEqual(parts.map((_, i) => `part-${i + 1}`));
  });

  it('changes only the newest part when a meeting is added, so a rebuild indexes that part alone', () => {
    const before = searchParts(meetings, 500);
    const added = { id: 'added', date: '2099-01-01', items: byDate.at(-1)!.items };
    const after = searchParts([...meetings, added], 500);
    expect(after.slice(0, before.length - 1)).toEqual(before.slice(0, -1));
    expect(after.at(-1)!.meetings.has('added')).toBe(true);
  });

  it('gives a meeting larger than a part a part of its own', () => {
    const [big, ...rest] = byDate;
    const parts = searchParts([big, ...rest.slice(0, 3)], big.items.length);
    expect(parts[0].meetings).toEqual(new Set([big.id]));
    expect(parts.every((p) => p.meetings.size > 0)).toBe(true);
  });

  it('has one part, for the figures, when there are no meetings', () => {
    expect(searchParts([], 500)).toEqual([
      { name: 'part-1', first: undefined, last: undefined, meetings: new Set(), pages: 0, indicators: true },
    ]);
  });
});

describe('partLinks', () => {
  it('names each part by its months, for the search page', () => {
    const links = partLinks(searchParts(meetings, 500));
    expect(links[0].path).toBe('pagefind/part-1/');
    for (const link of links) expect(link.period).toMatch(/^[A-Z][a-z]+( \d{4})?( to [A-Z][a-z]+ \d{4})?$/);
    expect(
      partLinks([
        { name: 'part-1', first: '2019-03-01', last: '2021-11-30', meetings: new Set(), pages: 2, indicators: true },
      ]),
    ).toEqual([
      { path: 'pagefind/part-1/', period: 'March 2019 to November 2021', years: ['2019', '2021'], siteWide: true },
    ]);
    // Only the oldest part holds the figures', boards' and places' pages, which a search by relevance asks for first.
    expect(links.map((link) => link.siteWide ?? false)).toEqual(links.map((_, i) => i === 0));
    // Within a year, the year is said once.
    expect(
      partLinks([
        { name: 'part-2', first: '2025-04-02', last: '2025-12-01', meetings: new Set(), pages: 2, indicators: false },
      ])[0].period,
    ).toBe('April to December 2025');
  });
});

describe('partsCovering', () => {
  const parts = searchParts(meetings, 500);
  const links = partLinks(parts);
  const yearsOf = (part: (typeof parts)[number]) =>
    new Set(byDate.filter((m) => part.meetings.has(m.id)).map((m) => m.date.slice(0, 4)));

  it('keeps, for a search by year, exactly the parts holding a meeting of that year', () => {
    const years = [...new Set(byDate.map((m) => m.date.slice(0, 4)))];
    const holding = (year: string) => links.filter((_, i) => yearsOf(parts[i]).has(year));
    for (const year of years) expect(partsCovering(links, [year]), year).toEqual(holding(year));
    // The oldest year's search passes over the newer parts.
    expect(holding(years[0]).length).toBeLessThan(parts.length);
  });

  it('keeps the parts of any year ticked, and every part when none is', () => {
    const years = [byDate[0].date.slice(0, 4), byDate.at(-1)!.date.slice(0, 4)];
    expect(partsCovering(links, years)).toEqual(
      links.filter((_, i) => years.some((year) => yearsOf(parts[i]).has(year))),
    );
    expect(partsCovering(links, [])).toEqual(links);
    expect(partsCovering(links, ['1990'])).toEqual([]);
  });
});
