/**
 * The follow-ups that have pages of their own: all of them (the tracker), each status's,
 * each body's, each place's and each topic's, each with its title, address and breadcrumbs.
 */
import { paths } from './paths.ts';
import { type Crumb, HOME_CRUMB, NEWEST_ITEMS } from './listings.ts';
import type { SiteData } from './routes.ts';
import type { ActionRecord, ActionStatus, SiteIndex } from './site-index.ts';
import { byName } from '../text/names.ts';

/** The statuses in the order pages list them: what needs doing first. */
export const ACTION_STATUSES: readonly ActionStatus[] = ['overdue', 'open', 'answered'];

/** Each status's name, and what its page says it means. */
export const STATUSES: Record<ActionStatus, { name: string; meaning: string }> = {
  overdue: { name: 'Overdue', meaning: 'Past their due date, with no answer recorded.' },
  open: { name: 'Open', meaning: 'Not yet due, or with no due date, and not answered yet.' },
  answered: { name: 'Answered', meaning: 'A later item records that it answers them.' },
};

/** Follow-ups with pages of their own: all of them, or one status's, body's, place's or topic's. */
export interface ActionScope {
  /** The status, body, locality or topic id in its pages' addresses. */
  key: string;
  /** Its own page; its years' pages are below it. */
  path: string;
  title: string;
  lead: string;
  statuses: readonly ActionStatus[];
  /** In the site index's order: overdue, open, answered, newest first within each. */
  actions: ActionRecord[];
  /** Newest asked first, for its pages of years. */
  newestAsked: ActionRecord[];
  /** How many of each status its own page lists. */
  latest: number;
  /**
   * Whether its years have pages of their own. A place's and a topic's do not: their
   * follow-ups are the tracker's over again, several times over in a large archive, and
   * the tracker's years list every one.
   */
  ownYears: boolean;
  /** The crumbs of its own page, and its own, which its years' pages add. */
  crumbs: Crumb[];
  crumb: Crumb;
}

/** How many follow-ups a status's own page lists: it has one list, where the tracker's page has three. */
const LATEST_OF_STATUS = 50;

const FOLLOW_UPS_CRUMB: Crumb = { label: 'Follow-ups', href: paths.actions() };

function scope(fields: Omit<ActionScope, 'newestAsked' | 'crumb'> & { crumbLabel: string }): ActionScope {
  const { crumbLabel, ...rest } = fields;
  // Only its years' pages ask: a place's or topic's scope, England's among them, would sort every follow-up for nothing.
  const newestAsked = rest.ownYears
    ? [...rest.actions].sort((a, b) => b.meeting.date.localeCompare(a.meeting.date))
    : [];
  return { ...rest, newestAsked, crumb: { label: crumbLabel, href: rest.path } };
}

/** The places an item is about, and the areas they are in: an item about Stamford is about Lincolnshire too. */
export const placesOf = (index: SiteIndex, action: ActionRecord) => [
  ...new Set(action.item.localities.flatMap((id) => index.localities.withAncestors(id))),
];

/** `actions` grouped by each of the keys `keysOf` gives one, each group in the order of `actions`. */
function groupedBy(actions: readonly ActionRecord[], keysOf: (action: ActionRecord) => readonly string[]) {
  const groups = new Map<string, ActionRecord[]>();
  for (const action of actions)
    for (const key of keysOf(action)) {
      const group = groups.get(key);
      if (group) group.push(action);
      else groups.set(key, [action]);
    }
  return groups;
}

const scopesOf = new WeakMap<SiteData, ReturnType<typeof makeScopes>>();

/** The tracker's, each status's, body's, place's and topic's follow-ups, worked out once a build: a page and its years' pages both ask. */
export function scopes(site: SiteData) {
  let made = scopesOf.get(site);
  if (!made) scopesOf.set(site, (made = makeScopes(site.index)));
  return made;
}

function makeScopes(index: SiteIndex) {
  const all = scope({
    key: '',
    path: paths.actions(),
    title: 'Follow-ups',
    lead: 'What boards asked officers and partners to come back with, and whether it happened.',
    statuses: ACTION_STATUSES,
    actions: index.actions,
    latest: NEWEST_ITEMS,
    ownYears: true,
    crumbs: [HOME_CRUMB],
    crumbLabel: 'Follow-ups',
  });
  const statuses = ACTION_STATUSES.map((status) =>
    scope({
      key: status,
      path: paths.actionsOfStatus(status),
      title: `${STATUSES[status].name} follow-ups`,
      lead: STATUSES[status].meaning,
      statuses: [status],
      actions: index.actions.filter((a) => a.status === status),
      latest: LATEST_OF_STATUS,
      ownYears: true,
      crumbs: [HOME_CRUMB, FOLLOW_UPS_CRUMB],
      crumbLabel: STATUSES[status].name,
    }),
  );
  const ofBody = Map.groupBy(index.actions, (a) => a.body);
  const bodies = [...ofBody.keys()].sort(byName).map((body) =>
    scope({
      key: body.id,
      path: paths.actionsOfBody(body.id),
      title: `Follow-ups of the ${body.name}`,
      lead: `What the ${body.name} asked officers and partners to come back with, and whether it happened.`,
      statuses: ACTION_STATUSES,
      actions: ofBody.get(body)!,
      latest: NEWEST_ITEMS,
      ownYears: true,
      crumbs: [HOME_CRUMB, FOLLOW_UPS_CRUMB],
      crumbLabel: body.name,
    }),
  );
  // A place's follow-ups are those about it or the places within it, as its page counts them.
  const places = pagesOnly(
    groupedBy(index.actions, (action) => placesOf(index, action)),
    index.localities.all(),
    (place) => ({
      path: paths.actionsOfPlace(place.id),
      title: `Follow-ups about ${place.name}`,
      about: `about ${place.name} and the places in it`,
    }),
  );
  const topics = pagesOnly(
    groupedBy(index.actions, (action) => action.item.topics),
    [...index.topics.values()].sort(byName),
    (topic) => ({
      path: paths.actionsOfTopic(topic.id),
      title: `Follow-ups on ${topic.name}`,
      about: `on ${topic.name}`,
    }),
  );
  return { all, statuses, bodies, places, topics };
}

/** The scopes, with a page of their own but no years', of each of `named` that `groups` has follow-ups for, in its order. */
function pagesOnly<T extends { id: string; name: string }>(
  groups: Map<string, ActionRecord[]>,
  named: readonly T[],
  page: (entry: T) => { path: string; title: string; about: string },
): ActionScope[] {
  return named
    .filter((entry) => groups.has(entry.id))
    .map((entry) => {
      const { path, title, about } = page(entry);
      return scope({
        key: entry.id,
        path,
        title,
        lead: `What boards asked officers and partners to come back with ${about}, and whether it happened.`,
        statuses: ACTION_STATUSES,
        actions: groups.get(entry.id)!,
        latest: NEWEST_ITEMS,
        ownYears: false,
        crumbs: [HOME_CRUMB, FOLLOW_UPS_CRUMB],
        crumbLabel: entry.name,
      });
    });
}
