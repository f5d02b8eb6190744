/** The calendar of follow-ups' due dates: calendars/follow-ups/due.ics. */
import { DUE_CALENDAR, dueDateEvents } from '../../../lib/publish/follow-up-feeds.ts';
import { calendar, dayStamp } from '../../../lib/publish/ical.ts';
import { siteRoot } from '../../../lib/config/hosting.ts';
import { filePaths, fileResponse } from '../../../site-data.ts';

export const getStaticPaths = filePaths(({ index, today }) => [
  {
    params: { calendar: DUE_CALENDAR.replace(/^calendars\/follow-ups\//, '') },
    mediaType: 'text/calendar; charset=utf-8',
    text: calendar(`Follow-ups due: ${index.site.title}`, dueDateEvents(index, siteRoot()), dayStamp(today)),
  },
]);

export const GET = fileResponse;
