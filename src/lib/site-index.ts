/**
 * Lookups over a whole site, built once per build: every page asks this, never the
 * raw collections, so no page scans all items itself.
 */
import type { Corpus, ItemEntry, MeetingEntry, WithId } from './corpus.ts';
import { buildLocalityTree, type LocalityTree } from './localities.ts';
import type { ItemDecision } from '../plugins/remark-decisions.ts';
import type { Body, Locality, SiteConfig, Topic } from './schema.ts';

/** An item as pages list it (no HTML). */
export type ItemSummary = Omit<ItemEntry, 'html'>;

/** A decision with everything a listing needs to show and link it. */
export interface DecisionRecord extends ItemDecision {
  /** Stable across builds: "<item id>#<anchor>". */
  id: string;
  item: ItemSummary;
  meeting: MeetingEntry;
  body: WithId<Body>;
}

export interface SiteIndex {
  site: SiteConfig;
  bodies: Map<string, WithId<Body>>;
  localities: LocalityTree<WithId<Locality>>;
  topics: Map<string, WithId<Topic>>;
  /** Newest first. */
  meetings: MeetingEntry[];
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
  /** Items about a locality or anywhere within it, newest first. */
  itemsWithin(localityId: string): ItemSummary[];
  /** Items filed under a topic, newest first. */
  itemsOnTopic(topicId: string): ItemSummary[];
  /** Meetings of a body, newest first. */
  meetingsOf(bodyId: string): MeetingEntry[];
}

/** The parts of a corpus the index needs (items without their HTML will do). */
export type IndexInput = Omit<Corpus, 'items'> & { items: ItemSummary[] };

/**
 * Builds the index in one pass over the items.
 * Example: buildSiteIndex(corpus).itemsWithin('lincolnshire') includes items about Stamford.
 */
export function buildSiteIndex(input: IndexInput): SiteIndex {
  const bodies = new Map(input.bodies.map((b) => [b.id, b]));
  const topics = new Map(input.topics.map((t) => [t.id, t]));
  const localities = buildLocalityTree(input.localities);
  const meetings = [...input.meetings].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
  const meetingById = new Map(meetings.map((m) => [m.id, m]));
  const itemById = new Map(input.items.map((i) => [i.id, i]));

  const meetingsByBody = groupBy(meetings, (m) => [m.body]);
  // Items in newest-meeting order, agenda order within a meeting.
  const orderedItems = meetings.flatMap((m) => m.items.map((id) => itemById.get(id)!));
  const itemsByLocality = groupBy(orderedItems, (item) => unique(item.localities.flatMap((l) => localities.withAncestors(l))));
  const itemsByTopic = groupBy(orderedItems, (item) => item.topics);
  const decisions = orderedItems.flatMap((item) =>
    item.decisionList.map((decision) => {
      const meeting = meetingById.get(item.meeting)!;
      return { ...decision, id: `${item.id}#${decision.anchor}`, item, meeting, body: bodies.get(meeting.body)! };
    }),
  );
  const decisionsByItem = groupBy(decisions, (d) => [d.item.id]);
  const decisionsByBody = groupBy(decisions, (d) => [d.body.id]);

  return {
    site: input.site,
    bodies,
    localities,
    topics,
    meetings,
    meeting: (id) => must(meetingById.get(id), `meeting ${id}`),
    item: (id) => must(itemById.get(id), `item ${id}`),
    itemsOf: (meeting) => meeting.items.map((id) => itemById.get(id)!),
    decisions,
    decisionsOf: (items) => items.flatMap((item) => decisionsByItem.get(item.id) ?? []),
    decisionsOfBody: (id) => decisionsByBody.get(id) ?? [],
    itemsWithin: (id) => itemsByLocality.get(id) ?? [],
    itemsOnTopic: (id) => itemsByTopic.get(id) ?? [],
    meetingsOf: (id) => meetingsByBody.get(id) ?? [],
  };
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
