/**
 * Which feeds and calendars a site has, and what goes in each: site-wide, per body,
 * per locality (its areas included) and per topic. One list serves the feed files, the
 * calendar files and the <link rel="alternate"> of every page.
 */
import { meetingDateText } from '../text/dates.ts';
import { decisionHeadline } from '../minutes/decisions.ts';
import type { Feed, FeedEntry } from './feeds.ts';
import { firstInOrder } from '../pages/first-in-order.ts';
import type { CalendarEvent } from './ical.ts';
import type { MeetingEntry } from '../corpus/model.ts';
import { hasMinutes } from '../content/schema.ts';
import { paths } from '../pages/paths.ts';
import type { DecisionRecord, ItemSummary, SiteIndex } from '../pages/site-index.ts';
import { AGENDA_ITEMS, counted } from '../text/counts.ts';

/** The most recent entries a feed carries. */
const FEED_LENGTH = 50;

export interface FeedSet {
  /** Site path of the RSS file without its ending: "feeds/bodies/bromley-hwb" → …rss.xml and …atom.xml. */
  path: string;
  title: string;
  /** The page the feed follows. */
  page: string;
  meetings: MeetingEntry[];
  decisions: DecisionRecord[];
}

/** The paths of a feed set's two files. Example: feedFiles('feeds/all') → { rss: 'feeds/all.rss.xml', atom: 'feeds/all.atom.xml' }. */
export const feedFiles = (path: string) => ({ rss: `${path}.rss.xml`, atom: `${path}.atom.xml` });

/** Every feed set of the site. */
export function feedSets(index: SiteIndex): FeedSet[] {
  const meetingsOfItems = (items: ItemSummary[]) =>
    [...new Set(items.map((i) => i.meeting))].map((id) => index.meeting(id));
  const sets: FeedSet[] = [
    {
      path: 'feeds/all',
      title: index.site.title,
      page: paths.home(),
      meetings: index.meetings,
      decisions: index.decisions,
    },
  ];
  for (const body of index.bodies.values()) {
    sets.push({
      path: `feeds/bodies/${body.id}`,
      title: body.name,
      page: paths.body(body.id),
      meetings: index.meetingsOf(body.id),
      decisions: index.decisionsOfBody(body.id),
    });
  }
  for (const locality of index.localities.all()) {
    const items = index.itemsWithin(locality.id);
    sets.push({
      path: `feeds/localities/${locality.id}`,
      title: `${locality.name}: ${index.site.title}`,
      page: paths.locality(locality.id),
      meetings: meetingsOfItems(items),
      decisions: index.decisionsOf(items),
    });
  }
  for (const topic of index.topics.values()) {
    const items = index.itemsOnTopic(topic.id);
    sets.push({
      path: `feeds/topics/${topic.id}`,
      title: `${topic.name}: ${index.site.title}`,
      page: paths.topic(topic.id),
      meetings: meetingsOfItems(items),
      decisions: index.decisionsOf(items),
    });
  }
  return sets;
}

/** A meeting's agenda in a line. Example: agendaSummary(index, meeting) === '2 agenda items: Minutes of the previous meeting; Work programme'. */
export const agendaSummary = (index: SiteIndex, meeting: MeetingEntry) =>
  `${counted(meeting.items.length, AGENDA_ITEMS)}: ${meeting.items.map((id) => index.item(id).title).join('; ')}`;

/** Each set's entries, with the root their links are under: its RSS and Atom files carry the same ones. */
const entriesOf = new WeakMap<FeedSet, { root: string; entries: FeedEntry[] }>();

/**
 * The feed of a set, with absolute links under `root` (the site's URL with its base path).
 * Meetings and decisions together, newest first.
 */
export function feedOf(index: SiteIndex, set: FeedSet, root: string, selfPath: string): Feed {
  let made = entriesOf.get(set);
  if (made?.root !== root) entriesOf.set(set, (made = { root, entries: feedEntries(index, set, root) }));
  return {
    title: set.title,
    description: `New meetings and decisions: ${set.title}`,
    pageUrl: new URL(set.page, root).href,
    selfUrl: new URL(selfPath, root).href,
    entries: made.entries,
  };
}

function feedEntries(index: SiteIndex, set: FeedSet, root: string): FeedEntry[] {
  // Only the newest of each can be among the feed's entries, so only they are written out:
  // the site-wide feed's set is the whole archive. A meeting joins once it has minutes (the
  // forthcoming feed carries those to come), so its entry is news when the minutes are.
  const meetings = firstInOrder(set.meetings.filter(hasMinutes), FEED_LENGTH, (a, b) => b.date.localeCompare(a.date));
  const decisions = firstInOrder(set.decisions, FEED_LENGTH, (a, b) => b.meeting.date.localeCompare(a.meeting.date));
  const meetingEntries: FeedEntry[] = meetings.map((m) => {
    const body = index.bodies.get(m.body)!;
    return {
      url: new URL(paths.meeting(m.id), root).href,
      title: `Meeting: ${body.name}, ${meetingDateText(m)}`,
      summary: agendaSummary(index, m),
      date: m.date,
      categories: [body.name],
    };
  });
  const decisionEntries: FeedEntry[] = decisions.map((d) => ({
    url: new URL(paths.decision(d), root).href,
    title: `Decision (${d.outcome}): ${d.item.title}`,
    summary: `${decisionHeadline(d.text, 400)} (${d.body.name}, ${meetingDateText(d.meeting)})`,
    date: d.meeting.date,
    categories: [d.body.name, d.outcome],
  }));
  return [...meetingEntries, ...decisionEntries].sort((a, b) => b.date.localeCompare(a.date)).slice(0, FEED_LENGTH);
}

/**
 * The most recent meetings a calendar carries: a calendar app downloads the whole file
 * each time it refreshes, so a large archive's whole history would be megabytes.
 */
export const CALENDAR_LENGTH = 200;

/** Calendars, site-wide and per body: each of their newest `length` meetings (future ones first). */
export function calendarSets(
  index: SiteIndex,
  length = CALENDAR_LENGTH,
): { path: string; name: string; meetings: MeetingEntry[] }[] {
  return [
    { path: 'calendars/all.ics', name: index.site.title, meetings: index.meetings.slice(0, length) },
    ...[...index.bodies.values()].map((b) => ({
      path: `calendars/${b.id}.ics`,
      name: b.name,
      meetings: index.meetingsOf(b.id).slice(0, length),
    })),
  ];
}

/**
 * A meeting as a calendar event; the UID is the meeting's id at the site's host, so it never
 * changes as the meeting goes from scheduled to minuted, and a calendar that subscribed sees a
 * new time or venue, or the cancellation, on the same event. One without minutes says its agenda.
 */
export function meetingEvent(index: SiteIndex, meeting: MeetingEntry, root: string): CalendarEvent {
  const body = index.bodies.get(meeting.body)!;
  const estimate = meeting.dateApproximate
    ? `The date is an estimate: ${meetingDateText(meeting)}. ${meeting.dateNote ?? ''}`.trim()
    : meeting.dateNote;
  const description = [estimate, hasMinutes(meeting) ? undefined : `${agendaSummary(index, meeting)}.`]
    .filter(Boolean)
    .join('\n');
  return {
    uid: `${meeting.id}@${new URL(root).host}`,
    date: meeting.date,
    time: meeting.dateApproximate ? undefined : meeting.time,
    summary: `${meeting.status === 'cancelled' ? 'Cancelled: ' : ''}${body.name}${meeting.dateApproximate ? ' (date approximate)' : ''}`,
    description: description || undefined,
    location: meeting.venue,
    url: new URL(paths.meeting(meeting.id), root).href,
    cancelled: meeting.status === 'cancelled',
  };
}
