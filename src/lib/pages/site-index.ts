/**
 * Lookups over a whole site, built once per build: every page asks this, never the
 * raw collections, so no page scans all items itself.
 */
import type { Corpus, ItemAction, ItemEntry, MeetingEntry, PostcodeArea, WithId } from '../corpus/model.ts';
import { buildLocalityTree, type LocalityTree } from '../content/localities.ts';
import type { GlossaryEntry } from '../content/glossary-schema.ts';
import type { ItemDecision } from '../minutes/decisions.ts';
import { shownTitle } from './shown-titles.ts';
import { sharedView } from './shared-views.ts';
import { hasMinutes, type Body, type Locality, type SiteConfig, type Topic } from '../content/schema.ts';

/** An item as pages list it (no HTML or text), its title as the site shows it (shown-titles.ts). */
export type ItemSummary = Omit<ItemEntry, 'minutes' | 'kpiEmbeds'> & {
  /** The title as published, which the open data keeps. */
  publishedTitle: string;
};

/** A decision with everything a listing needs to show and link it. */
export interface DecisionRecord extends ItemDecision {
  /** Stable across builds: "<item id>#<anchor>". */
  id: string;
  item: ItemSummary;
  meeting: MeetingEntry;
  body: WithId<Body>;
}

/** An item as lists show it: with its meeting and its body. */
export interface ListedItem {
  item: ItemSummary;
  meeting: MeetingEntry;
  body: WithId<Body>;
}

/** A meeting as lists show it: with its body. */
export interface ListedMeeting {
  meeting: MeetingEntry;
  body: WithId<Body>;
}

export type ActionStatus = 'open' | 'overdue' | 'answered';

/** A follow-up with its item, meeting and where it stands at build time. */
export interface ActionRecord extends ItemAction {
  /** Stable across builds: "<item id>#<anchor>". */
  id: string;
  item: ItemSummary;
  meeting: MeetingEntry;
  body: WithId<Body>;
  status: ActionStatus;
  /** Later items that say (in `follows:`) they answer it. */
  answeredBy: ItemSummary[];
  /** Later items of the same body on the same topics: possible answers for a clerk to confirm, never counted as answers. */
  suggestions: ItemSummary[];
}

export interface SiteIndex {
  site: SiteConfig;
  bodies: Map<string, WithId<Body>>;
  localities: LocalityTree<WithId<Locality>>;
  /** postcodes.csv's postcodes with their localities, by postcode. */
  postcodes: PostcodeArea[];
  /** glossary.yaml's terms, as written there. */
  glossary: GlossaryEntry[];
  topics: Map<string, WithId<Topic>>;
  /** Newest first. */
  meetings: MeetingEntry[];
  /** Meetings still to come (scheduled or cancelled, on or after the build's day), soonest first. */
  forthcoming: MeetingEntry[];
  /** The other meetings, newest first: those held, and those whose day passed without minutes. */
  pastMeetings: MeetingEntry[];
  meeting(id: string): MeetingEntry;
  item(id: string): ItemSummary;
  /** A meeting's items in agenda order. */
  itemsOf(meeting: MeetingEntry): ItemSummary[];
  /** Every decision, newest meeting first, in agenda order within a meeting. */
  decisions: DecisionRecord[];
  /** The decisions of some items, in the order of the items. */
  decisionsOf(items: readonly ItemSummary[]): DecisionRecord[];
  /** A body's decisions, newest first. */
  decisionsOfBody(bodyId: string): DecisionRecord[];
  /** Every follow-up, overdue first, then open, then answered; newest first within each. */
  actions: ActionRecord[];
  /** An item's follow-ups. */
  actionsOf(item: ItemSummary): ActionRecord[];
  /** Later items that answer this item's follow-ups. */
  answeredBy(item: ItemSummary): ItemSummary[];
  /** Items about a locality or anywhere within it, newest first. */
  itemsWithin(localityId: string): ItemSummary[];
  /** Items filed under a topic, newest first. */
  itemsOnTopic(topicId: string): ItemSummary[];
  /** Items whose `indicators:` name any of these indicators or measures, newest first. */
  itemsOnIndicators(ids: readonly string[]): ItemSummary[];
  /** The date of an item's meeting. */
  dateOf(item: ItemSummary): string;
  /** Meetings of a body, newest first. */
  meetingsOf(bodyId: string): MeetingEntry[];
  /** A body's meetings still to come, soonest first. */
  forthcomingOf(bodyId: string): MeetingEntry[];
  /** A body's other meetings, newest first. */
  pastMeetingsOf(bodyId: string): MeetingEntry[];
  /** An item with its meeting and body: one object an item, however many pages list it. */
  listedItem(item: ItemSummary): ListedItem;
  /** A meeting with its body: one object a meeting, however many pages list it. */
  listedMeeting(meeting: MeetingEntry): ListedMeeting;
}

/** The parts of a corpus the index needs (items without their HTML will do). */
export type IndexInput = Omit<Corpus, 'items' | 'kpis'> & { items: Omit<ItemSummary, 'publishedTitle'>[] };

/**
 * The index the pages render from: its items without their minutes, so a page that lists
 * another item (related, answered by…) has a cache key that changes only with what it shows of it.
 * Example: buildPageIndex(corpus, '2026-11-22').item(id) has a title but no html.
 */
export function buildPageIndex({ items, ...rest }: Corpus, today: string): SiteIndex {
  return buildSiteIndex({ ...rest, items: items.map(({ minutes, kpiEmbeds, ...summary }) => summary) }, today);
}

/**
 * Builds the index in one pass over the items. `today` (YYYY-MM-DD) decides which
 * follow-ups are overdue, and which meetings are still to come.
 * Example: buildSiteIndex(corpus, '2026-11-22').itemsWithin('lincolnshire') includes items about Stamford.
 */
export function buildSiteIndex(input: IndexInput, today: string): SiteIndex {
  const bodies = new Map(input.bodies.map((b) => [b.id, b]));
  const topics = new Map(input.topics.map((t) => [t.id, t]));
  const localities = buildLocalityTree(input.localities);
  const meetings = [...input.meetings].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
  const meetingById = new Map(meetings.map((m) => [m.id, m]));
  const shown = shownTitle(input);
  const itemById = new Map(input.items.map((i) => [i.id, { ...i, title: shown(i.title), publishedTitle: i.title }]));

  const meetingsByBody = groupBy(meetings, (m) => [m.body]);
  const toCome = (m: MeetingEntry) => !hasMinutes(m) && m.date >= today;
  const forthcoming = meetings.filter(toCome).reverse();
  const pastMeetings = meetings.filter((m) => !toCome(m));
  const forthcomingByBody = groupBy(forthcoming, (m) => [m.body]);
  const pastByBody = groupBy(pastMeetings, (m) => [m.body]);
  // Items in newest-meeting order, agenda order within a meeting.
  const orderedItems = meetings.flatMap((m) => m.items.map((id) => itemById.get(id)!));
  const itemsByLocality = groupBy(orderedItems, (item) =>
    unique(item.localities.flatMap((l) => localities.withAncestors(l))),
  );
  const itemsByTopic = groupBy(orderedItems, (item) => item.topics);
  const itemsByIndicator = groupBy(orderedItems, (item) => item.indicators);
  const bodyOf = (item: ItemSummary) => meetingById.get(item.meeting)!.body;
  const dateOf = (item: ItemSummary) => meetingById.get(item.meeting)!.date;
  const itemsByBodyAndTopic = groupBy(orderedItems, (item) => item.topics.map((topic) => `${bodyOf(item)}/${topic}`));
  const place = new Map(orderedItems.map((item, i) => [item.id, i]));
  /**
   * The three earliest later items of the meeting's body on the item's topics, found by
   * binary search in each newest-first list (scanning them would cost the whole archive per
   * follow-up): the later items are the list's head, the earliest of them whole meetings at its end.
   */
  const earliestLater = (item: ItemSummary, meeting: MeetingEntry) =>
    unique(
      item.topics.flatMap((topic) => {
        const list = itemsByBodyAndTopic.get(`${meeting.body}/${topic}`) ?? [];
        const newer = countNewer(list, meeting.date, dateOf);
        return newer === 0 ? [] : list.slice(countNewer(list, dateOf(list[Math.max(0, newer - 3)]), dateOf), newer);
      }),
    )
      .sort((a, b) => dateOf(a).localeCompare(dateOf(b)) || place.get(a.id)! - place.get(b.id)!)
      .slice(0, 3);
  const decisions = orderedItems.flatMap((item) =>
    item.decisionList.map((decision) => {
      const meeting = meetingById.get(item.meeting)!;
      return { ...decision, id: `${item.id}#${decision.anchor}`, item, meeting, body: bodies.get(meeting.body)! };
    }),
  );
  const answeredByItem = groupBy(orderedItems, (item) => item.follows);
  const STATUS_ORDER: Record<ActionStatus, number> = { overdue: 0, open: 1, answered: 2 };
  const actions = orderedItems
    .flatMap((item) =>
      item.actionList.map((action): ActionRecord => {
        const meeting = meetingById.get(item.meeting)!;
        const answeredBy = (answeredByItem.get(item.id) ?? []).slice().reverse();
        const status: ActionStatus =
          answeredBy.length > 0 ? 'answered' : action.due && action.due < today ? 'overdue' : 'open';
        const suggestions = status === 'answered' ? [] : earliestLater(item, meeting);
        return {
          ...action,
          id: `${item.id}#${action.anchor}`,
          item,
          meeting,
          body: bodies.get(meeting.body)!,
          status,
          answeredBy,
          suggestions,
        };
      }),
    )
    .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);
  const actionsByItem = groupBy(actions, (a) => [a.item.id]);
  const decisionsByItem = groupBy(decisions, (d) => [d.item.id]);
  const decisionsByBody = groupBy(decisions, (d) => [d.body.id]);
  const listedItems = new Map<string, ListedItem>();
  const listedMeetings = new Map<string, ListedMeeting>();

  return {
    site: input.site,
    bodies,
    localities,
    postcodes: input.postcodes,
    glossary: input.glossary,
    topics,
    meetings,
    forthcoming,
    pastMeetings,
    meeting: (id) => must(meetingById.get(id), `meeting ${id}`),
    item: (id) => must(itemById.get(id), `item ${id}`),
    itemsOf: (meeting) => meeting.items.map((id) => itemById.get(id)!),
    decisions,
    actions,
    actionsOf: (item) => actionsByItem.get(item.id) ?? [],
    answeredBy: (item) => (answeredByItem.get(item.id) ?? []).slice().reverse(),
    decisionsOf: (items) => items.flatMap((item) => decisionsByItem.get(item.id) ?? []),
    decisionsOfBody: (id) => decisionsByBody.get(id) ?? [],
    itemsWithin: (id) => itemsByLocality.get(id) ?? [],
    itemsOnTopic: (id) => itemsByTopic.get(id) ?? [],
    itemsOnIndicators: (ids) =>
      unique(ids.flatMap((id) => itemsByIndicator.get(id) ?? [])).sort((a, b) => place.get(a.id)! - place.get(b.id)!),
    dateOf,
    meetingsOf: (id) => meetingsByBody.get(id) ?? [],
    forthcomingOf: (id) => forthcomingByBody.get(id) ?? [],
    pastMeetingsOf: (id) => pastByBody.get(id) ?? [],
    listedItem(item) {
      let listed = listedItems.get(item.id);
      if (!listed) {
        const meeting = meetingById.get(item.meeting)!;
        listedItems.set(item.id, (listed = sharedView({ item, meeting, body: bodies.get(meeting.body)! })));
      }
      return listed;
    },
    listedMeeting(meeting) {
      let listed = listedMeetings.get(meeting.id);
      if (!listed) listedMeetings.set(meeting.id, (listed = sharedView({ meeting, body: bodies.get(meeting.body)! })));
      return listed;
    },
  };
}

/**
 * How many items at the start of a newest-first list are from meetings after `date`:
 * a binary search, so the item lists of a large archive are never scanned.
 * Example: countNewer(items, '2019-03-01', dateOf) === 2 when two items are from later meetings.
 */
export function countNewer<T>(newestFirst: readonly T[], date: string, dateOf: (item: T) => string): number {
  let low = 0;
  let high = newestFirst.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (dateOf(newestFirst[middle]) > date) low = middle + 1;
    else high = middle;
  }
  return low;
}

function groupBy<T>(list: readonly T[], keys: (value: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const value of list) {
    for (const key of keys(value)) {
      const group = groups.get(key);
      if (group) group.push(value);
      else groups.set(key, [value]);
    }
  }
  return groups;
}

const unique = <T>(list: T[]) => [...new Set(list)];

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Minuted bug: no ${what} in the site index.`);
  return value;
}
