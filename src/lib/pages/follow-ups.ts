/**
 * The follow-up tracker, and the same for the follow-ups of one status (/actions/overdue/),
 * body (/actions/body/<id>/), place (/actions/place/<id>/) or topic (/actions/topic/<id>/):
 * how many are overdue, open and answered, and the most recently asked of each. The
 * tracker, each status and each body have a page for each year (or month of a busy year)
 * they were asked in, listing every one, so no page grows with the archive. Each list
 * carries what its filter (board, locality, topic, status) needs when JavaScript runs.
 */
import { type PeriodLink, periodPages, yearLinks, yearsOfEntries } from './busy-years.ts';
import { ACTION_STATUSES, type ActionScope, placesOf, scopes, STATUSES } from './follow-up-scopes.ts';
import { type FilterField, filterData, filterFields } from './list-filter.ts';
import { siteRoute, type SiteData } from './routes.ts';
import { sharedView } from './shared-views.ts';
import type { ActionRecord, ActionStatus, ListedItem, SiteIndex } from './site-index.ts';

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
    view = sharedView({
      action,
      answeredBy: action.answeredBy.map(index.listedItem),
      suggestions: action.suggestions.map(index.listedItem),
    });
    views.set(action, view);
  }
  return view;
}

/** A follow-up in a list: its view, and the data attributes its list's filter matches it by. */
export interface ListedAction extends ActionView {
  data: Record<`data-${string}`, string>;
}

const listed = new WeakMap<ActionRecord, ListedAction>();

function listedAction(index: SiteIndex, action: ActionRecord): ListedAction {
  let entry = listed.get(action);
  if (!entry) {
    const data = filterData({
      status: action.status,
      body: action.body.id,
      locality: placesOf(index, action),
      topic: action.item.topics,
    });
    listed.set(action, (entry = sharedView({ ...actionView(index, action), data })));
  }
  return entry;
}

/** The filter of a list of follow-ups: by status, board, locality (its areas included) and topic; none for a list of one. */
function actionFilter(index: SiteIndex, actions: readonly ActionRecord[]): FilterField[] {
  if (actions.length < 2) return [];
  return filterFields([
    {
      name: 'status',
      label: 'Status',
      all: 'Any status',
      options: actions.map((a) => [a.status, STATUSES[a.status].name]),
      order: (a, b) => ACTION_STATUSES.indexOf(a[0] as ActionStatus) - ACTION_STATUSES.indexOf(b[0] as ActionStatus),
    },
    { name: 'body', label: 'Board or committee', all: 'All', options: actions.map((a) => [a.body.id, a.body.name]) },
    {
      name: 'locality',
      label: 'Locality',
      all: 'All localities',
      options: actions.flatMap((a) => placesOf(index, a).map((id) => [id, index.localities.get(id)!.name] as const)),
    },
    {
      name: 'topic',
      label: 'Topic',
      all: 'All topics',
      options: actions.flatMap((a) => a.item.topics.map((id) => [id, index.topics.get(id)!.name] as const)),
    },
  ]);
}

/** Follow-ups of each of `statuses`, in the given order (newest first within each), at most `limit` of each. */
function actionGroups(
  index: SiteIndex,
  actions: readonly ActionRecord[],
  statuses: readonly ActionStatus[],
  limit = Infinity,
) {
  return statuses.map((status) => {
    const all = actions.filter((a) => a.status === status);
    return { status, total: all.length, actions: all.slice(0, limit).map((a) => listedAction(index, a)) };
  });
}

/** Follow-ups by the year of the meeting that asked for them (and a busy year's by month), newest first. */
const yearsOf = ({ yearPageLimit }: SiteData, { newestAsked }: ActionScope) =>
  yearsOfEntries(newestAsked, (action) => action.meeting.date, yearPageLimit);

const yearPath =
  ({ path }: ActionScope) =>
  (year: number) =>
    `${path}${year}/`;

/** A headed list of links to pages of follow-ups, with how many each lists. */
export interface ActionLinks {
  heading: string;
  links: PeriodLink[];
}

/** A scope's own page, as at the build's date: the latest of each status, and its years. */
function scopePage(site: SiteData, scope: ActionScope) {
  const groups = actionGroups(site.index, scope.actions, scope.statuses, scope.latest);
  return {
    title: scope.title,
    lead: scope.lead,
    crumbs: scope.crumbs,
    asAt: site.today,
    groups,
    years: scope.ownYears ? yearLinks(yearsOf(site, scope), yearPath(scope)) : [],
    /** Where every follow-up of a status is listed, when this page lists only the latest: its years', or the tracker's. */
    everyOne: scope.ownYears ? ('years' as const) : ('tracker' as const),
    filter: actionFilter(
      site.index,
      groups.flatMap((g) => g.actions.map((a) => a.action)),
    ),
    lists: [] as ActionLinks[],
  };
}

/** What a page of a scope's follow-ups shows. */
export type ActionsPage = ReturnType<typeof scopePage>;

/** The tracker's own page, /actions/: besides its latest, links to the pages of each status, body, place and topic. */
export function actionsView(site: SiteData): ActionsPage {
  const { all, statuses, bodies, places, topics } = scopes(site);
  const linkTo = (scope: ActionScope) => ({ label: scope.crumb.label, path: scope.path, count: scope.actions.length });
  return {
    ...scopePage(site, all),
    lists: [
      { heading: 'By status', links: statuses.map(linkTo) },
      { heading: 'By board or committee', links: bodies.map(linkTo) },
      { heading: 'By place', links: places.map(linkTo) },
      { heading: 'By topic', links: topics.map(linkTo) },
    ],
  };
}

/** The pages of a scope's years, and of busy years' months, by status, as they stood on the build's date. */
function scopePeriods(site: SiteData, scope: ActionScope) {
  return periodPages(yearsOf(site, scope), yearPath(scope), [...scope.crumbs, scope.crumb]).map(
    ({ params, all, listed: asked, ...page }) => ({
      params,
      view: {
        ...page,
        caption: scope.title,
        asAt: site.today,
        // Counted by status even on a busy year's own page, which lists none of them but its months.
        groups: actionGroups(site.index, all, scope.statuses, asked.length > 0 ? Infinity : 0),
        filter: actionFilter(site.index, asked),
      },
    }),
  );
}

/** What a page of a scope's follow-ups of one year, or month of a busy year, shows. */
export type ActionsOfPeriod = ReturnType<typeof scopePeriods>[number]['view'];

/** /actions/<year>/ (or /actions/<year>/<month>/): the follow-ups asked in one year, or month of a busy year. */
export const actionsOfPeriodRoute = siteRoute((site) => scopePeriods(site, scopes(site).all));

/** /actions/<status>/: the latest overdue, open or answered follow-ups, and their years. */
export const actionsOfStatusRoute = siteRoute((site) =>
  scopes(site).statuses.map((scope) => ({ params: { status: scope.key }, view: scopePage(site, scope) })),
);

/** /actions/<status>/<year>/ (or …/<year>/<month>/). */
export const actionsOfStatusPeriodRoute = siteRoute((site) =>
  scopes(site).statuses.flatMap((scope) =>
    scopePeriods(site, scope).map(({ params, view }) => ({ params: { status: scope.key, ...params }, view })),
  ),
);

/** /actions/body/<id>/: a body's latest follow-ups of each status, and its years; for each body that asked any. */
export const actionsOfBodyRoute = siteRoute((site) =>
  scopes(site).bodies.map((scope) => ({ params: { body: scope.key }, view: scopePage(site, scope) })),
);

/** /actions/body/<id>/<year>/ (or …/<year>/<month>/). */
export const actionsOfBodyPeriodRoute = siteRoute((site) =>
  scopes(site).bodies.flatMap((scope) =>
    scopePeriods(site, scope).map(({ params, view }) => ({ params: { body: scope.key, ...params }, view })),
  ),
);

/** /actions/place/<id>/: the latest follow-ups about a place and the places in it; for each place with any. */
export const actionsOfPlaceRoute = siteRoute((site) =>
  scopes(site).places.map((scope) => ({ params: { locality: scope.key }, view: scopePage(site, scope) })),
);

/** /actions/topic/<id>/: the latest follow-ups on a topic; for each topic with any. */
export const actionsOfTopicRoute = siteRoute((site) =>
  scopes(site).topics.map((scope) => ({ params: { topic: scope.key }, view: scopePage(site, scope) })),
);
