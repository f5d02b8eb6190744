/** iCalendar files of meetings: calendars/all.ics and one per body. */
import type { GetStaticPaths } from 'astro';
import { calendarSets, meetingEvent } from '../../lib/publish/feed-sets.ts';
import { calendar } from '../../lib/publish/ical.ts';
import { buildDate, siteRoot } from '../../lib/config/hosting.ts';
import { buildsSiteWide, changedFiles, fileResponse, getSiteIndex } from '../../site-data.ts';

export const getStaticPaths = (async ({ routePattern }) => {
  if (!buildsSiteWide()) return []; // shard 1 makes the site-wide pages
  const index = await getSiteIndex();
  const stamp = `${buildDate().replace(/-/g, '')}T000000Z`;
  return changedFiles(
    routePattern,
    calendarSets(index).map((set) => ({
      params: { calendar: set.path.replace(/^calendars\//, '') },
      mediaType: 'text/calendar; charset=utf-8',
      text: calendar(
        set.name,
        set.meetings.map((m) => meetingEvent(index, m, siteRoot())),
        stamp,
      ),
    })),
  );
}) satisfies GetStaticPaths;

export const GET = fileResponse;
