/**
 * The follow-ups that have pages of their own: all of them (the tracker), each status's
 * and each body's, each with its title, address and breadcrumbs.
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

/** Follow-ups with pages of their own: all of them, one status's, or one body's. */
export interface ActionScope {
  /** The status or body id in its pages' addresses. */
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
  /** The crumbs of its own page, and its own, which its years' pages add. */
  crumbs: Crumb[];
  crumb: Crumb;
}

/** How many follow-ups a status's own page lists: it has one list, where the tracker's page has three. */
const LATEST_OF_STATUS = 50;

const FOLLOW_UPS_CRUMB: Crumb = { label: 'Follow-ups', href: paths.actions() };

function scope(fields: Omit<ActionScope, 'newestAsked' | 'crumb'> & { crumbLabel: string }): ActionScope {
  const { crumbLabel, ...rest } = fields;
  const newestAsked = [...rest.actions].sort((a, b) => b.meeting.date.localeCompare(a.meeting.date));
  return { ...rest, newestAsked, crumb: { label: crumbLabel, href: rest.path } };
}

const scopesOf = new WeakMap<SiteData, ReturnType<typeof makeScopes>>();

/** The tracker's, each status's and each body's follow-ups, worked out once a build: a page and its years' pages both ask. */
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
      crumbs: [HOME_CRUMB, FOLLOW_UPS_CRUMB],
      crumbLabel: body.name,
    }),
  );
  return { all, statuses, bodies };
}
