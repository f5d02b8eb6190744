/**
 * What listing pages share: breadcrumbs, counts of outcomes, and a place's or topic's
 * items as its own page lists them (the newest few) and as its pages of years do (every
 * one, a year or a month a page), so that no page grows with the archive.
 */
import { type PeriodLink, periodPages, yearLinks, yearsOfEntries } from './busy-years.ts';
import { paths } from './paths.ts';
import type { DecisionRecord, ItemSummary, ListedItem, SiteIndex } from './site-index.ts';

/** A breadcrumb: the page's place in the site. */
export interface Crumb {
  label: string;
  href: string;
}

export const HOME_CRUMB: Crumb = { label: 'Home', href: paths.home() };
export const MEETINGS_CRUMB: Crumb = { label: 'Meetings', href: paths.meetings() };

/** Decisions counted by outcome, in the order outcomes are listed. Example: [{ outcome: 'noted', count: 3 }]. */
export function outcomeCounts(decisions: readonly DecisionRecord[]): { outcome: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const d of decisions) counts.set(d.outcome, (counts.get(d.outcome) ?? 0) + 1);
  return [...counts].map(([outcome, count]) => ({ outcome, count }));
}

/** How many of its newest entries a listing's own page shows; its year pages list them all. */
export const NEWEST_ITEMS = 20;

/**
 * A newest-first list of items as a place's or topic's own page shows it: the newest few
 * with their decisions, and its years as links, each with its count.
 * Example: newestItems(index, index.itemsOnTopic('mental-health'), yearPath, 300).years[0] → { label: '2025', path: …, count: 12 }.
 */
export function newestItems(
  index: SiteIndex,
  items: readonly ItemSummary[],
  yearPath: (year: number) => string,
  limit: number,
) {
  const newest = items.slice(0, NEWEST_ITEMS);
  return {
    total: items.length,
    newest: newest.map(index.listedItem),
    newestDecisions: index.decisionsOf(newest),
    years: yearLinks(yearsOfEntries(items, index.dateOf, limit), yearPath),
  };
}

/** What a place's or topic's pages of years show of it. */
export interface ListingAbout {
  /** "Locality", "Topic"… */
  caption: string;
  name: string;
  /** Up to and including the place's or topic's own page. */
  crumbs: Crumb[];
  section: 'localities' | 'topics';
  /** The place's or topic's feed set. */
  feed: string;
}

/** A page of a place's or topic's decisions and agenda items of a year, or of a month of a busy year. */
export interface ItemsOfPeriod extends ListingAbout {
  year: number;
  month?: number;
  /** How many items the year (or the month shown) has. */
  total: number;
  /** On a busy year's own page, which lists its months, how many decisions the year has. */
  decisionCount?: number;
  decisions: DecisionRecord[];
  listed: ListedItem[];
  months?: PeriodLink[];
  years: PeriodLink[];
}

/**
 * The year and month pages of a place's or topic's newest-first items.
 * Example: itemsOfPeriods(index, index.itemsOnTopic('obesity'), about, yearPath, 300)[0].view.year → 2025.
 */
export function itemsOfPeriods(
  index: SiteIndex,
  items: readonly ItemSummary[],
  about: ListingAbout,
  yearPath: (year: number) => string,
  limit: number,
) {
  return periodPages(yearsOfEntries(items, index.dateOf, limit), yearPath, about.crumbs).map(
    ({ params, year, month, all, listed, months, years, crumbs }) => ({
      params,
      view: {
        ...about,
        crumbs,
        year,
        month,
        total: all.length,
        decisionCount: months && month === undefined ? index.decisionsOf(all).length : undefined,
        decisions: index.decisionsOf(listed),
        listed: listed.map(index.listedItem),
        months,
        years,
      } satisfies ItemsOfPeriod,
    }),
  );
}
