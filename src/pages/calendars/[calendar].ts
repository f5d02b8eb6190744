/** iCalendar files of meetings: calendars/all.ics and one per body. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarSets, meetingEvent } from '../../lib/feed-sets.ts';
import { calendar } from '../../lib/ical.ts';
import { buildDate } from '../../lib/hosting.ts';
import { buildsSiteWide, getSiteIndex } from '../../site-data.ts';
import { siteRoot } from '../../lib/hosting.ts';

export const getStaticPaths = (async () => {
  if (!buildsSiteWide()) return []; // shard 1 makes the site-wide pages
  const index = await getSiteIndex();
  return calendarSets(index).map((set) => ({ params: { calendar: set.path.replace(/^calendars\//, '') }, props: set }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<ReturnType<typeof calendarSets>[number]> = async ({ props }) => {
  const index = await getSiteIndex();
  const stamp = `${buildDate().replace(/-/g, '')}T000000Z`;
  const events = props.meetings.map((m) => meetingEvent(index, m, siteRoot()));
  return new Response(calendar(props.name, events, stamp), { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
