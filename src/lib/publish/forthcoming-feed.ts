/**
 * The feed of meetings still to come, with when and where each meets and its agenda, so
 * residents hear of a meeting before it is held. A meeting leaves it once its day has passed;
 * its minutes then reach the feeds of new meetings and decisions.
 */
import type { Feed, FeedEntry } from './feeds.ts';
import { agendaSummary } from './feed-sets.ts';
import { paths } from '../pages/paths.ts';
import type { SiteIndex } from '../pages/site-index.ts';
import { meetingDateText } from '../text/dates.ts';

/** The feed's set path, as feedFiles takes it: feeds/forthcoming.rss.xml and .atom.xml. */
export const FORTHCOMING_FEED = 'feeds/forthcoming';

/** The soonest meetings the feed carries. */
const FEED_LENGTH = 50;

/**
 * The feed of meetings to come, soonest first, with absolute links under `root` (the
 * site's URL with its base path). An entry is dated by its meeting's day, and its link, the
 * meeting's page, is its id: a change of time or venue changes the entry, not its id.
 * Example: forthcomingFeed(index, 'https://x.gov.uk/', 'feeds/forthcoming.rss.xml').entries[0].title → 'Bromley Health and Wellbeing Board, 28 January 2027, 13:30'.
 */
export function forthcomingFeed(index: SiteIndex, root: string, selfPath: string): Feed {
  const entries = index.forthcoming.slice(0, FEED_LENGTH).map((meeting): FeedEntry => {
    const body = index.bodies.get(meeting.body)!;
    const when = `${meetingDateText(meeting)}${meeting.time && !meeting.dateApproximate ? `, ${meeting.time}` : ''}`;
    return {
      url: new URL(paths.meeting(meeting.id), root).href,
      title: `${meeting.status === 'cancelled' ? 'Cancelled: ' : ''}${body.name}, ${when}`,
      summary: [meeting.venue && `At ${meeting.venue}.`, `${agendaSummary(index, meeting)}.`].filter(Boolean).join(' '),
      date: meeting.date,
      categories: [body.name],
    };
  });
  return {
    title: `Forthcoming meetings: ${index.site.title}`,
    description: `Meetings still to come, with their agendas: ${index.site.title}`,
    pageUrl: new URL(paths.meetings(), root).href,
    selfUrl: new URL(selfPath, root).href,
    entries,
  };
}
