/**
 * Dates and times as minutes write them, read into YYYY-MM-DD and HH:MM.
 */
import { isoDate, monthNamed, twoDigits } from '../../text/dates.ts';
import { isRealDate } from '../../content/schema.ts';

const realDate = (y: number, m: number, d: number) => {
  const date = isoDate(y, m, d);
  return isRealDate(date) ? date : undefined;
};

/** "DD/MM/YYYY", as in "Meeting: 05/04/2016 - Health and Wellbeing Board". */
export const NUMERIC_DATE = String.raw`\d{1,2}/\d{1,2}/\d{4}`;

const WELSH_MONTHS = [
  'ionawr',
  'chwefror',
  'mawrth',
  'ebrill',
  'mai',
  'mehefin',
  'gorffennaf',
  'awst',
  'medi',
  'hydref',
  'tachwedd',
  'rhagfyr',
];
const MONTH_WORD = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|${WELSH_MONTHS.join('|')})`;
// Welsh ordinals too: "18fed Gorffennaf", "1af Mai", "2il", "3ydd".
const WRITTEN = new RegExp(
  String.raw`\b(\d{1,2})(?:st|nd|rd|th|fed|af|il|ydd|edd|eg)?\.?\s+(?:of\s+)?(${MONTH_WORD})\.?,?\s+(\d{4})\b`,
  'i',
);
/** "April 5, 2016": the American order, in some NHS papers. */
const MONTH_FIRST = new RegExp(String.raw`\b(${MONTH_WORD})\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`, 'i');

const monthOf = (word: string) =>
  monthNamed(word.replace(/^sept$/i, 'sep')) ?? WELSH_MONTHS.indexOf(word.toLowerCase()) + 1;

/**
 * The first date a text gives, as YYYY-MM-DD: "05/04/2016", "Tuesday, 5th April, 2016",
 * "5 April 2016", "19 Jun 2024", "18 Mai 2023" (Welsh).
 * Example: readDate('Tuesday, 5th April, 2016 2.00 pm') === '2016-04-05'.
 */
export function readDate(text: string): string | undefined {
  const numeric = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/.exec(text);
  if (numeric) return realDate(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  const written = WRITTEN.exec(text);
  if (written) return realDate(Number(written[3]), monthOf(written[2]), Number(written[1]));
  const monthFirst = MONTH_FIRST.exec(text);
  if (monthFirst) return realDate(Number(monthFirst[3]), monthOf(monthFirst[1]), Number(monthFirst[2]));
  return undefined;
}

/**
 * The first clock time a text gives, 24-hour: "2.00 pm" → "14:00", "10am" → "10:00", "14:30" → "14:30".
 * Example: readTime('Tuesday, 5th April, 2016 2.00 pm') === '14:00'.
 */
export function readTime(text: string): string | undefined {
  const twelve = /\b(\d{1,2})(?:[.:](\d{2}))?\s*([ap])\.?m\.?(?![a-z])/i.exec(text);
  if (twelve) {
    const hour = Number(twelve[1]);
    if (hour < 1 || hour > 12) return undefined;
    const h24 = (hour % 12) + (twelve[3].toLowerCase() === 'p' ? 12 : 0);
    return `${twoDigits(h24)}:${twelve[2] ?? '00'}`;
  }
  const clock = /\b([01]?\d|2[0-3])[:.]([0-5]\d)\b(?!\s*(?:[/.]\d|%))/.exec(
    text.replace(/\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/g, ' '),
  );
  return clock ? `${clock[1].padStart(2, '0')}:${clock[2]}` : undefined;
}
