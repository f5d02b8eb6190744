/**
 * Busy years listed a month a page. A year page lists every entry of its year, which at a
 * regional archive's 1,700 agenda items a year made England's 0.9 MB of HTML; a year with
 * more entries than the limit lists its months instead, each month a page of its own.
 */
import { monthOfYear } from '../text/dates.ts';
import { paths } from './paths.ts';
import { wholeNumberSetting } from '../config/settings.ts';

/** Entries (agenda items, decisions or follow-ups) a year page lists before it is split into months. */
export const DEFAULT_YEAR_PAGE_LIMIT = 300;

/**
 * MINUTED_YEAR_PAGE_LIMIT as a number of entries, or the default when unset.
 * Example: yearPageLimit('500') === 500; yearPageLimit(undefined) === DEFAULT_YEAR_PAGE_LIMIT.
 */
export function yearPageLimit(value = process.env.MINUTED_YEAR_PAGE_LIMIT): number {
  return wholeNumberSetting(
    {
      name: 'MINUTED_YEAR_PAGE_LIMIT',
      unit: 'entries',
      meaning: 'listed on one year page before the year is listed a month a page',
      example: 500,
      fallback: DEFAULT_YEAR_PAGE_LIMIT,
    },
    value,
  );
}

/** A year's entries, newest first, and its months when it has too many for one page. */
export interface YearOfEntries<T> {
  year: number;
  items: T[];
  /** Newest month first; only for a year with more entries than the limit. */
  months?: { month: number; items: T[] }[];
}

/**
 * Years of newest-first entries, each busy year with its months (keeping the entries' order).
 * Example: withMonths([{ year: 2025, items }], (d) => d.meeting.date, 300)[0].months?.[0] → { month: 12, items: […] }.
 */
export function withMonths<T>(
  years: readonly { year: number; items: T[] }[],
  dateOf: (entry: T) => string,
  limit: number,
): YearOfEntries<T>[] {
  return years.map(({ year, items }) => {
    if (items.length <= limit) return { year, items };
    // By a map, not by runs, so that a month can never have two pages.
    const months = new Map<number, T[]>();
    for (const entry of items) {
      const month = Number(dateOf(entry).slice(5, 7));
      const entries = months.get(month);
      if (entries) entries.push(entry);
      else months.set(month, [entry]);
    }
    return { year, items, months: [...months].map(([month, entries]) => ({ month, items: entries })) };
  });
}

/** Every page of some years, in order: a page a year, then a page a month of each busy year (with that year's months). */
export function periodsOf<T>(
  years: readonly YearOfEntries<T>[],
): { year: number; month?: number; items: T[]; months?: { month: number; items: T[] }[] }[] {
  return [
    ...years.map(({ year, items, months }) => ({ year, month: undefined, items, months })),
    ...years.flatMap(({ year, months = [] }) => months.map(({ month, items }) => ({ year, month, items, months }))),
  ];
}

/**
 * The entries of a year's page, or of one month of a busy year: all of them (for counts),
 * those the page lists (none on a busy year's own page, which lists its months), and the
 * year's months, if busy.
 * Example: entriesOfPeriod(years, 2025, 3).listed → March 2025's entries.
 */
export function entriesOfPeriod<T>(
  years: readonly YearOfEntries<T>[],
  year: number,
  month?: number,
): { all: T[]; listed: T[]; months?: { month: number; items: T[] }[] } {
  const { items = [], months } = years.find((y) => y.year === year) ?? {};
  if (month !== undefined) {
    const inMonth = months?.find((m) => m.month === month)?.items ?? [];
    return { all: inMonth, listed: inMonth, months };
  }
  return { all: items, listed: months ? [] : items, months };
}

/** A year, or a month of it, as a page's title says it. Example: periodName(2025, 3) === 'March 2025'; periodName(2025) === '2025'. */
export function periodName(year: number, month?: number): string {
  return month === undefined ? String(year) : `${monthOfYear(month)} ${year}`;
}

/** A link in a list of years or months, with how many entries its page holds. */
export interface PeriodLink {
  label: string;
  path: string;
  count: number;
}

/** Links to year pages. Example: yearLinks([{ year: 2025, items: [a, b] }], paths.actionsOfYear)[0] → { label: '2025', path: 'actions/2025/', count: 2 }. */
export function yearLinks(
  years: readonly { year: number; items: readonly unknown[] }[],
  pathOf: (year: number) => string,
): PeriodLink[] {
  return years.map(({ year, items }) => ({ label: String(year), path: pathOf(year), count: items.length }));
}

/** Links to a year's month pages, named by month alone. Example: monthLinks(months, 'actions/2025/')[0] → { label: 'December', path: 'actions/2025/12/', count: 40 }. */
export function monthLinks(
  months: readonly { month: number; items: readonly unknown[] }[],
  yearPath: string,
): PeriodLink[] {
  return months.map(({ month, items }) => ({
    label: monthOfYear(month),
    path: paths.month(yearPath, month),
    count: items.length,
  }));
}
