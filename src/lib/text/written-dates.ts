/**
 * Dates and times as people write them ("13/03/2024", "13 March 2024", "14.00", "2pm"),
 * read so that an error can say what to write instead.
 */
import { formatDate, isoDate, monthNamed } from './dates.ts';

/**
 * The YYYY-MM-DD form of a date written the British way, or undefined. Days come first,
 * as in UK minutes: 03/04/2024 is 3 April.
 * Example: isoFromWritten('13/03/2024') === '2024-03-13'; isoFromWritten('Wednesday 13th March 2024') === '2024-03-13'.
 */
export function isoFromWritten(text: string): string | undefined {
  const trimmed = text.trim().replace(/^[a-z]+day,?\s+/i, '');
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  if (numeric) return isoDate(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  const dayFirst = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})$/i.exec(trimmed);
  const monthFirst = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i.exec(trimmed);
  const [day, month, year] = dayFirst
    ? [dayFirst[1], dayFirst[2], dayFirst[3]]
    : monthFirst
      ? [monthFirst[2], monthFirst[1], monthFirst[3]]
      : [];
  const monthNumber = month === undefined ? undefined : monthNamed(month);
  return monthNumber === undefined ? undefined : isoDate(Number(year), monthNumber, Number(day));
}

/**
 * What to write instead of a date not written YYYY-MM-DD.
 * Example: dateAdvice('13/03/2024') === 'write the date as YYYY-MM-DD: for 13 March 2024, write 2024-03-13'.
 */
export function dateAdvice(text: string): string {
  const iso = isoFromWritten(text);
  // 31/02/2024 reads as a date but names no day: only the general form helps then.
  const [year, month, day] = (iso ?? '').split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = iso !== undefined && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real
    ? `write the date as YYYY-MM-DD: for ${formatDate(iso)}, write ${iso}`
    : 'write the date as YYYY-MM-DD, e.g. 2019-03-06';
}

/**
 * What to write instead of a time not written HH:MM.
 * Example: timeAdvice('14.00') === 'write the time as 14:00 (24-hour HH:MM)'.
 */
export function timeAdvice(text: string): string {
  const time = timeFromWritten(text);
  return time ? `write the time as ${time} (24-hour HH:MM)` : 'write the time as HH:MM, e.g. 14:00';
}

/**
 * The 24-hour HH:MM form of a time written "14.00", "2pm", "2.30 p.m." or "1400", or undefined.
 * Example: timeFromWritten('14.00') === '14:00'; timeFromWritten('2.30pm') === '14:30'.
 */
export function timeFromWritten(text: string): string | undefined {
  const found = /^(\d{1,2})(?:[.:h ]?(\d{2}))?(?::\d{2})?\s*(?:([ap])\.?m\.?)?$/i.exec(text.trim());
  if (!found || (found[2] === undefined && found[3] === undefined && !/^\d{1,2}$/.test(text.trim()))) return undefined;
  let hours = Number(found[1]);
  const minutes = Number(found[2] ?? 0);
  const half = found[3]?.toLowerCase();
  if (half && (hours < 1 || hours > 12)) return undefined;
  if (half === 'p' && hours < 12) hours += 12;
  if (half === 'a' && hours === 12) hours = 0;
  if (hours > 23 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
