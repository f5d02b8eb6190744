/**
 * iCalendar (RFC 5545) files of meetings, with UIDs that never change, so a calendar
 * that subscribed once keeps each meeting as one event.
 */
import { withoutControlCharacters } from '../text/control-characters.ts';

export interface CalendarEvent {
  /** Stable and globally unique, e.g. "2019-03-01-lincolnshire-hwb@minutes.example.gov.uk". */
  uid: string;
  /** YYYY-MM-DD. */
  date: string;
  /** HH:MM, local time in London; an all-day event when absent. */
  time?: string;
  summary: string;
  description?: string;
  location?: string;
  url: string;
  /** True when called off: the event stays, marked STATUS:CANCELLED, so calendars that have it say so. */
  cancelled?: boolean;
}

// Europe/London, so times stay right across British Summer Time.
const LONDON = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/London',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0000',
  'TZOFFSETTO:+0100',
  'TZNAME:BST',
  'DTSTART:19700329T010000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0000',
  'TZNAME:GMT',
  'DTSTART:19701025T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/**
 * Text escaped as RFC 5545 says, kept on its one content line: every kind of line break
 * becomes \\n and other control characters go, so no text can start a line of its own.
 * Example: escapeText('a, b; c') === 'a\\, b\\; c'; escapeText('Hall\rBEGIN:VALARM') === 'Hall\\nBEGIN:VALARM'.
 */
export function escapeText(text: string): string {
  return withoutControlCharacters(
    text
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, '\\n'),
  );
}

/** Folds a content line at 75 octets, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compact = (date: string) => date.replace(/-/g, '');
const nextDay = (date: string) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

/** A DTSTAMP of the build's date (YYYY-MM-DD), at midnight: the same all day, so an unchanged calendar is the same file. Example: dayStamp('2026-11-22') === '20261122T000000Z'. */
export const dayStamp = (today: string) => `${compact(today)}T000000Z`;

/**
 * A VCALENDAR with one VEVENT a meeting. `stamp` is the build time (YYYYMMDDTHHMMSSZ).
 * Example: calendar('Meetings', [event], '20261122T000000Z').startsWith('BEGIN:VCALENDAR') === true.
 */
export function calendar(name: string, events: readonly CalendarEvent[], stamp: string): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Minuted//Board meetings//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    'X-WR-TIMEZONE:Europe/London',
  ];
  if (events.some((e) => e.time)) lines.push(...LONDON);
  for (const e of events) {
    lines.push('BEGIN:VEVENT', `UID:${e.uid}`, `DTSTAMP:${stamp}`);
    if (e.time)
      lines.push(`DTSTART;TZID=Europe/London:${compact(e.date)}T${e.time.replace(':', '')}00`, 'DURATION:PT2H');
    else lines.push(`DTSTART;VALUE=DATE:${compact(e.date)}`, `DTEND;VALUE=DATE:${compact(nextDay(e.date))}`);
    lines.push(`SUMMARY:${escapeText(e.summary)}`);
    if (e.cancelled) lines.push('STATUS:CANCELLED');
    if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
    lines.push(`URL:${e.url}`, 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
