/**
 * What listing pages share: breadcrumbs, counts of outcomes, and a place's or topic's
 * items as its own page lists them (the newest few) and as its pages of years do (every
 * one, a year or a month a page), so that no page grows with the archive.
 */
import { type PeriodLink, periodPages, yearLinks, yearsOfEntries } from './busy-years.ts';
import { paths } from './paths.ts';
import type { RouteParams } from './routes.ts';
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

/** A place or topic whose pages list its items: its own page's parameters, its items, newest first, and its pages of years. */
export interface Listing<Params extends RouteParams> {
  params: Params;
  items: readonly ItemSummary[];
  yearPath: (year: number) => string;
  about: ListingAbout;
}

/**
 * What a place's or topic's own page shows of its items: the newest few with their
 * decisions, and its years as links, each with its count.
 * Example: newestItems(index, listing, 300).years[0] → { label: '2025', path: 'topics/obesity/2025/', count: 12 }.
 */
export function newestItems(index: SiteIndex, { items, yearPath }: Listing<RouteParams>, limit: number) {
  const newest = items.slice(0, NEWEST_ITEMS);
  return {
    total: items.length,
    newest: newest.map(index.listedItem),
    newestDecisions: index.decisionsOf(newest),
    years: yearLinks(yearsOfEntries(items, index.dateOf, limit), yearPath),
  };
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
 * A place's or topic's pages of years and busy years' months, with its own page's parameters.
 * Example: itemsOfPeriods(index, listing, 300)[0] → { params: { topic: 'obesity', year: '2025', month: undefined }, view: { year: 2025, … } }.
 */
export function itemsOfPeriods<Params extends RouteParams>(index: SiteIndex, listing: Listing<Params>, limit: number) {
  const { items, yearPath, about } = listing;
  return periodPages(yearsOfEntries(items, index.dateOf, limit), yearPath, about.crumbs).map(
    ({ params, year, month, all, listed, months, years, crumbs }) => ({
      params: { ...listing.params, ...params },
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
