/** The home page and the list of meetings: what each shows. */
import { yearOf } from '../text/dates.ts';
import { byName } from '../text/names.ts';
import { NEXT_MEETINGS } from './forthcoming.ts';
import { HOME_CRUMB, NEWEST_ITEMS } from './listings.ts';
import { placeFinderView } from './places.ts';
import type { SiteData } from './routes.ts';

/** The home page: the next and latest meetings, the latest decisions, the boards, "Find your area" and the counts. */
export function homeView({ index }: SiteData) {
  return {
    site: index.site,
    next: index.forthcoming.slice(0, NEXT_MEETINGS).map(index.listedMeeting),
    meetings: index.pastMeetings.slice(0, 6).map(index.listedMeeting),
    decisions: index.decisions.slice(0, 6),
    bodies: [...index.bodies.values()].sort(byName),
    finder: placeFinderView(index),
    counts: {
      meetings: index.meetings.length,
      decisions: index.decisions.length,
      items: index.meetings.reduce((n, m) => n + m.items.length, 0),
    },
  };
}

/**
 * The meetings page: the meetings still to come, apart from the latest of every body, and
 * each body with how many meetings it has and when; a body's pages of its years list them
 * all, so the page does not grow with the archive.
 */
export function meetingsView({ index }: SiteData) {
  return {
    crumbs: [HOME_CRUMB],
    forthcoming: index.forthcoming.slice(0, NEWEST_ITEMS).map(index.listedMeeting),
    totalForthcoming: index.forthcoming.length,
    total: index.pastMeetings.length,
    latest: index.pastMeetings.slice(0, NEWEST_ITEMS).map(index.listedMeeting),
    bodies: [...index.bodies.values()]
      .sort(byName)
      .map((body) => {
        const meetings = index.meetingsOf(body.id);
        return {
          body,
          count: meetings.length,
          years: meetings.length ? [yearOf(meetings.at(-1)!.date), yearOf(meetings[0].date)] : [],
        };
      })
      .filter((b) => b.count > 0),
  };
}
