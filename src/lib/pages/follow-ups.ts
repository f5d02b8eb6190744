/**
 * The follow-up tracker: how many follow-ups are overdue, open and answered, the most
 * recently asked of each, and a page for each year (or month of a busy year) they were
 * asked in, listing every one, so no page grows with the archive.
 */
import { paths } from './paths.ts';
import { periodPages, yearLinks, yearsOfEntries } from './busy-years.ts';
import { HOME_CRUMB, NEWEST_ITEMS } from './listings.ts';
import { siteRoute, type SiteData } from './routes.ts';
import type { ActionRecord, ListedItem, SiteIndex } from './site-index.ts';

/** A follow-up as pages show it: with the meetings of the items that answer it, or might. */
export interface ActionView {
  action: ActionRecord;
  answeredBy: ListedItem[];
  suggestions: ListedItem[];
}

/** Each follow-up's view, made once however many pages show it. */
const views = new WeakMap<ActionRecord, ActionView>();

/** A follow-up as pages show it. Example: actionView(index, action).answeredBy[0].meeting.date. */
export function actionView(index: SiteIndex, action: ActionRecord): ActionView {
  let view = views.get(action);
  if (!view) {
    view = {
      action,
      answeredBy: action.answeredBy.map(index.listedItem),
      suggestions: action.suggestions.map(index.listedItem),
    };
    views.set(action, view);
  }
  return view;
}

const ACTION_STATUSES = ['overdue', 'open', 'answered'] as const;

/** Follow-ups grouped by status, in the site index's order (newest first within each), at most `limit` of each. */
function actionGroups(index: SiteIndex, actions: readonly ActionRecord[], limit = Infinity) {
  return ACTION_STATUSES.map((status) => {
    const all = actions.filter((a) => a.status === status);
    return { status, total: all.length, actions: all.slice(0, limit).map((a) => actionView(index, a)) };
  });
}

/** Follow-ups by the year of the meeting that asked for them (and a busy year's by month), newest first. */
function actionYears({ index, yearPageLimit }: SiteData) {
  const newestFirst = [...index.actions].sort((a, b) => b.meeting.date.localeCompare(a.meeting.date));
  return yearsOfEntries(newestFirst, (action) => action.meeting.date, yearPageLimit);
}

/** The tracker's own page, /actions/: as at the build's date. */
export function actionsView(site: SiteData) {
  return {
    crumbs: [HOME_CRUMB],
    asAt: site.today,
    groups: actionGroups(site.index, site.index.actions, NEWEST_ITEMS),
    years: yearLinks(actionYears(site), paths.actionsOfYear),
  };
}

/**
 * The follow-ups asked for in one year, or one month of a busy year, by status, as they
 * stood on the build's date: /actions/<year>/ (or /actions/<year>/<month>/). A busy year's
 * own page counts its follow-ups by status and lists its months.
 */
export const actionsOfPeriodRoute = siteRoute((site) =>
  periodPages(actionYears(site), paths.actionsOfYear, [HOME_CRUMB, { label: 'Follow-ups', href: paths.actions() }]).map(
    ({ params, all, listed, ...page }) => ({
      params,
      view: {
        ...page,
        asAt: site.today,
        // Counted by status even on a busy year's own page, which lists none of them but its months.
        groups: actionGroups(site.index, all, listed.length > 0 ? Infinity : 0),
      },
    }),
  ),
);
