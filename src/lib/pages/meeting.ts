/** A meeting's page: its agenda and decisions, its attendance, and where its places stood at its date. */
import type { MeetingEntry } from '../corpus/model.ts';
import type { Body } from '../content/schema.ts';
import { meetingDateText } from '../text/dates.ts';
import { agendaNotice } from './forthcoming.ts';
import { HOME_CRUMB, MEETINGS_CRUMB } from './listings.ts';
import { meetingFigures } from './meeting-figures.ts';
import { paths } from './paths.ts';
import { meetingRoute, type SiteData } from './routes.ts';
import { voteLine } from './votes.ts';

/** Every meeting page's crumbs, one list. */
const CRUMBS = [HOME_CRUMB, MEETINGS_CRUMB];

/**
 * Everything a meeting's page shows: the meeting, its items with their decisions and votes,
 * and where each of its places stood at the meeting's date on the measures its items
 * discussed, then on the rest, counted.
 * Example: meetingView(site, meeting).figuresAt[0].place.name → 'Bromley'.
 */
function meetingView({ index, figures, today }: SiteData, meeting: MeetingEntry) {
  const body = index.bodies.get(meeting.body)!;
  const items = index.itemsOf(meeting);
  const localities = body.localities.map((id) => index.localities.get(id)!);
  // The body's places; where one has no figures of its own (an ICS), the places within it.
  const places = localities.flatMap((l) =>
    figures.measuresIn(l.id).length > 0
      ? [l]
      : index.localities.children(l.id).filter((c) => figures.measuresIn(c.id).length > 0),
  );
  const notice = agendaNotice(meeting, today);
  return {
    meeting,
    body,
    notice,
    // A meeting without minutes has an attendance section only if its agenda gave some.
    attendance: !notice || meeting.attendees.length + meeting.apologies.length + meeting.notes.length > 0,
    // Each item with its recorded votes in a line each.
    agenda: items.map((item) => ({
      item,
      votes: item.votes.map((vote, at) => ({ line: voteLine(vote), href: paths.vote({ item, at }) })),
    })),
    localities,
    crumbs: CRUMBS,
    figuresAt: meetingFigures(figures, meeting, items, places, (id) => index.localities.ancestors(id)),
  };
}

/** /meetings/<id>/. */
export const meetingPageRoute = meetingRoute((site, meeting) => [
  { params: { meeting: meeting.id }, view: meetingView(site, meeting) },
]);

/** schema.org Event for a meeting page. */
export function meetingStructuredData(
  body: Pick<Body, 'name' | 'organisation'>,
  meeting: MeetingEntry,
  url: string | undefined,
) {
  return {
    '@type': 'Event',
    name: `${body.name} meeting`,
    startDate: meeting.time && !meeting.dateApproximate ? `${meeting.date}T${meeting.time}` : meeting.date,
    ...(meeting.dateApproximate ? { description: `The date is an estimate (${meetingDateText(meeting)}).` } : {}),
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    ...(meeting.status === 'cancelled' ? { eventStatus: 'https://schema.org/EventCancelled' } : {}),
    ...(meeting.venue ? { location: { '@type': 'Place', name: meeting.venue } } : {}),
    organizer: { '@type': 'GovernmentOrganization', name: body.organisation },
    ...(url ? { url } : {}),
  };
}
