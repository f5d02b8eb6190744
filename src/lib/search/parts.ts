/**
 * The search index in parts. Pagefind needs memory for every page it indexes at once
 * (about 110 kB each), and a browser loads an index's whole list of pages before its first
 * result, so a large archive is indexed as date ranges of meetings, each a Pagefind index
 * of its own ("pagefind/part-1/" the oldest). The search page searches them newest first
 * and shows the first results as soon as one part has them.
 */
import { monthRange } from '../text/dates.ts';
import { wholeNumberSetting } from '../config/settings.ts';
import type { SiteIndex } from '../pages/site-index.ts';
import type { PartChangesLink } from './part-changes.ts';

/**
 * Pages in a part, unless MINUTED_SEARCH_PART_PAGES says otherwise. A rebuild indexes again
 * the part holding a change, which takes Pagefind about 3.5 ms a page; a visitor whose search
 * needs every part loads each one's list of pages and index chunks, about 45 kB a part at
 * 10,000 items (100 kB with the counts beside the filters).
 */
export const DEFAULT_PAGES_PER_PART = 2_500;

/** One index of the search: the meetings of a date range, with their items. */
export interface SearchPart {
  /** Folder under the site's "pagefind/", e.g. "part-1". */
  name: string;
  /** Dates of its first and last meetings (ISO), or undefined for a part with no meetings. */
  first?: string;
  last?: string;
  meetings: ReadonlySet<string>;
  /** Pages it indexes: a page per meeting and per item (and the figures' pages, held by part 1). */
  pages: number;
  /** Whether it holds the performance figures' pages: only the oldest part, whose dates they share ("0000"). */
  indicators: boolean;
}

/** What the search page needs of a part. */
export interface SearchPartLink {
  /** Folder from the site's base, e.g. "pagefind/part-1/". */
  path: string;
  /** Its months in words, e.g. "March 2019 to November 2021", for the results' message. */
  period: string;
  /** The years of its first and last meetings, e.g. ['2019', '2021']: a search by year needs only the parts spanning it. None for a part with no meetings. */
  years?: [string, string];
  /** Its pages changed since it was indexed, when it is amended rather than indexed again (part-changes.ts). */
  changes?: PartChangesLink;
  /** Whether it holds the site-wide pages (figures, boards, places), whose boards and places lead a search (leading.ts). */
  siteWide?: true;
}

type DatedMeeting = { id: string; date: string; items: readonly unknown[] };

/**
 * MINUTED_SEARCH_PART_PAGES as a number of pages, or the default when unset.
 * Example: pagesPerPart('5000') === 5000; pagesPerPart(undefined) === DEFAULT_PAGES_PER_PART.
 */
export function pagesPerPart(value: string | undefined): number {
  return wholeNumberSetting(
    {
      name: 'MINUTED_SEARCH_PART_PAGES',
      unit: 'pages',
      meaning: 'in each part of the search index',
      example: 5000,
      fallback: DEFAULT_PAGES_PER_PART,
    },
    value,
  );
}

/**
 * The parts of the search index, oldest first: the meetings in date order, each part
 * filled up to `perPart` pages before the next begins. New meetings then change only the
 * newest part, and a changed item only its own, so a rebuild indexes that part alone.
 * A meeting larger than `perPart` has a part to itself. There is always at least one part.
 * Example: searchParts(meetings, 2_500).length === 1 for an archive of 2,000 items.
 */
export function searchParts(meetings: readonly DatedMeeting[], perPart: number): SearchPart[] {
  const pages = (meeting: DatedMeeting) => meeting.items.length + 1; // its items' pages and its own
  const ordered = [...meetings].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const runs: DatedMeeting[][] = [[]];
  let filled = 0;
  for (const meeting of ordered) {
    if (filled > 0 && filled + pages(meeting) > perPart) {
      runs.push([]);
      filled = 0;
    }
    runs.at(-1)!.push(meeting);
    filled += pages(meeting);
  }
  return runs.map((run, i) => ({
    name: `part-${i + 1}`,
    first: run[0]?.date,
    last: run.at(-1)?.date,
    meetings: new Set(run.map((m) => m.id)),
    pages: run.reduce((n, m) => n + pages(m), 0),
    indicators: i === 0,
  }));
}

/** The parts of a site's search index, from its meetings and MINUTED_SEARCH_PART_PAGES. */
export const siteSearchParts = (index: Pick<SiteIndex, 'meetings'>): SearchPart[] =>
  searchParts(index.meetings, pagesPerPart(process.env.MINUTED_SEARCH_PART_PAGES));

/**
 * How the search page names and finds each part.
 * Example: partLinks([{ name: 'part-1', first: '2019-03-01', last: '2021-11-30', … }]) → [{ path: 'pagefind/part-1/', period: 'March 2019 to November 2021', years: ['2019', '2021'] }].
 */
export function partLinks(
  parts: readonly SearchPart[],
  changes: Readonly<Record<string, PartChangesLink>> = {},
): SearchPartLink[] {
  return parts.map((part) => {
    const years: [string, string] | undefined =
      part.first && part.last ? [part.first.slice(0, 4), part.last.slice(0, 4)] : undefined;
    return {
      path: `pagefind/${part.name}/`,
      period: part.first && part.last ? monthRange(part.first, part.last) : '',
      ...(years && { years }),
      ...(changes[part.name] && { changes: changes[part.name] }),
      ...(part.indicators && { siteWide: true as const }),
    };
  });
}
