/**
 * Busy years listed a month a page. A year page lists every entry of its year, so a year
 * with more entries than the limit lists its months instead, each month a page of its own,
 * and no page grows with a busy region's archive.
 */
import { monthOfYear, yearOf } from '../text/dates.ts';
import { monthFolder, paths } from './paths.ts';
import type { Crumb } from './listings.ts';
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

/** Years of each list, by the list. */
const workedOut = new WeakMap<readonly unknown[], { limit: number; years: YearOfEntries<unknown>[] }>();

/**
 * Newest-first entries grouped by year, keeping their order, each busy year with its
 * months. Worked out once a list: a list's own page and its year pages (two routes) both
 * ask for it.
 * Example: yearsOfEntries(decisions, (d) => d.meeting.date, 300)[0] → { year: 2025, items: […] }.
 */
export function yearsOfEntries<T>(
  newestFirst: readonly T[],
  dateOf: (entry: T) => string,
  limit: number,
): YearOfEntries<T>[] {
  const known = workedOut.get(newestFirst);
  if (known?.limit === limit) return known.years as YearOfEntries<T>[];
  const years: { year: number; items: T[] }[] = [];
  for (const entry of newestFirst) {
    const year = yearOf(dateOf(entry));
    const last = years.at(-1);
    if (last?.year === year) last.items.push(entry);
    else years.push({ year, items: [entry] });
  }
  const withTheirMonths = withMonths(years, dateOf, limit);
  workedOut.set(newestFirst, { limit, years: withTheirMonths });
  return withTheirMonths;
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

/** A page of a year's entries (/…/2025/), or of one month's of a busy year (/…/2025/03/). */
export interface PeriodPage<T> {
  params: { year: string; month: string | undefined };
  year: number;
  /** The month shown, on a month's page. */
  month?: number;
  /** The entries of the year, or of the month shown. */
  all: T[];
  /** Those the page lists: all of them, or none on a busy year's own page, which lists its months. */
  listed: T[];
  /** The year's months, if it is busy. */
  months?: PeriodLink[];
  /** Every year, the same list for every page. */
  years: PeriodLink[];
  /** The given crumbs, and on a month's page its year's. */
  crumbs: Crumb[];
}

/**
 * Every page of some years, in order: a page a year, then a page a month of each busy
 * year. Each page's links to the other years and months are shared with the others.
 * Example: periodPages(years, paths.actionsOfYear, crumbs)[0] → { params: { year: '2025', month: undefined }, year: 2025, … }.
 */
export function periodPages<T>(
  years: readonly YearOfEntries<T>[],
  yearPath: (year: number) => string,
  crumbs: Crumb[],
): PeriodPage<T>[] {
  const links = yearLinks(years, yearPath);
  const ofYear = years.map(({ year, items, months }) => {
    const path = yearPath(year);
    const monthsLinks = months && monthLinks(months, path);
    const monthCrumbs = [...crumbs, { label: String(year), href: path }];
    const page = (month: number | undefined, all: T[], listed: T[]): PeriodPage<T> => ({
      params: { year: String(year), month: month === undefined ? undefined : monthFolder(month) },
      year,
      month,
      all,
      listed,
      months: monthsLinks,
      years: links,
      crumbs: month === undefined ? crumbs : monthCrumbs,
    });
    return {
      year: page(undefined, items, months ? [] : items),
      months: (months ?? []).map((m) => page(m.month, m.items, m.items)),
    };
  });
  return [...ofYear.map((y) => y.year), ...ofYear.flatMap((y) => y.months)];
}
