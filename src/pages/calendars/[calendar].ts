/** iCalendar files of meetings: calendars/all.ics and one per body. */
import { calendarSets, meetingEvent } from '../../lib/publish/feed-sets.ts';
import { calendar, dayStamp } from '../../lib/publish/ical.ts';
import { siteRoot } from '../../lib/config/hosting.ts';
import { filePaths, fileResponse } from '../../site-data.ts';

export const getStaticPaths = filePaths(({ index, today }) => {
  const stamp = dayStamp(today);
  return calendarSets(index).map((set) => ({
    params: { calendar: set.path.replace(/^calendars\//, '') },
    mediaType: 'text/calendar; charset=utf-8',
    text: calendar(
      set.name,
      set.meetings.map((m) => meetingEvent(index, m, siteRoot())),
      stamp,
    ),
  }));
});

export const GET = fileResponse;
