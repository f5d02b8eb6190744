/**
 * What Healthwatch can subscribe to about follow-ups: a feed of those overdue, and a
 * calendar of the due dates of those not yet answered. Both follow the build's date, as
 * the tracker does.
 */
import type { Feed, FeedEntry } from './feeds.ts';
import { CALENDAR_LENGTH } from './feed-sets.ts';
import type { CalendarEvent } from './ical.ts';
import { firstInOrder } from '../pages/first-in-order.ts';
import { paths } from '../pages/paths.ts';
import type { ActionRecord, SiteIndex } from '../pages/site-index.ts';
import { formatDate, meetingDateText } from '../text/dates.ts';

/** The overdue feed's set path, as feedFiles takes it: feeds/follow-ups/overdue.atom.xml and .rss.xml. */
export const OVERDUE_FEED = 'feeds/follow-ups/overdue';
/** The calendar of due dates. */
export const DUE_CALENDAR = 'calendars/follow-ups/due.ics';

/** The most recently due follow-ups the feed carries. */
const FEED_LENGTH = 50;

/** A due date as precisely as the asking meeting's date is known: "about March 2019". */
const dueText = (action: ActionRecord & { due: string }) => meetingDateText({ ...action.meeting, date: action.due });

/** Who was asked, and which board asked when: the line a feed entry and a calendar event share. */
const askedLine = (action: ActionRecord) =>
  `${action.who ? `Asked of ${action.who}. ` : ''}Asked by the ${action.body.name}, ${meetingDateText(action.meeting)}.`;

const withDue = (action: ActionRecord): action is ActionRecord & { due: string } => action.due !== undefined;
const latestDueFirst = (a: { due: string }, b: { due: string }) => b.due.localeCompare(a.due);

/**
 * The feed of overdue follow-ups, most recently due first, with absolute links under `root`
 * (the site's URL with its base path). An entry is dated by its due date.
 * Example: overdueFeed(index, 'https://x.gov.uk/', OVERDUE_FEED + '.atom.xml').entries[0].title → 'Overdue: Neighbourhood Working'.
 */
export function overdueFeed(index: SiteIndex, today: string, root: string, selfPath: string): Feed {
  const overdue = index.actions.filter((a) => a.status === 'overdue').filter(withDue);
  const entries: FeedEntry[] = firstInOrder(overdue, FEED_LENGTH, latestDueFirst).map((action) => ({
    url: new URL(paths.action(action), root).href,
    title: `Overdue: ${action.item.title}`,
    summary: `${action.text} Due ${dueText(action)}. ${askedLine(action)}`,
    date: action.due,
    categories: [action.body.name],
  }));
  return {
    title: `Overdue follow-ups: ${index.site.title}`,
    description: `Follow-ups past their due date with no answer recorded, as at ${formatDate(today)}.`,
    pageUrl: new URL(paths.actionsOfStatus('overdue'), root).href,
    selfUrl: new URL(selfPath, root).href,
    entries,
  };
}

/**
 * The due dates of follow-ups not yet answered (open or overdue), as all-day events: those
 * due latest, so the file stays small (a calendar app downloads all of it each time). The
 * UID is the follow-up's id at the site's host, so an event stays one event, build after build.
 * Example: dueDateEvents(index, 'https://x.gov.uk/')[0].uid === 'follow-up/2019-03-01-lincolnshire-hwb/01-neighbourhood-working#action-1@x.gov.uk'.
 */
export function dueDateEvents(index: SiteIndex, root: string, length = CALENDAR_LENGTH): CalendarEvent[] {
  const unanswered = index.actions.filter((a) => a.status !== 'answered').filter(withDue);
  return firstInOrder(unanswered, length, latestDueFirst).map((action) => ({
    uid: `follow-up/${action.id}@${new URL(root).host}`,
    date: action.due,
    summary: `Follow-up due: ${action.item.title}${action.meeting.dateApproximate ? ' (date approximate)' : ''}`,
    description: [
      action.text,
      askedLine(action),
      ...(action.meeting.dateApproximate ? [`Due ${dueText(action)}: worked out from an estimated meeting date.`] : []),
    ].join('\n'),
    url: new URL(paths.action(action), root).href,
  }));
}
