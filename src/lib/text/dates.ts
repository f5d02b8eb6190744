/** Dates as council pages show them: "13 December 2017", "about March 2019". */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export type DatePrecision = 'day' | 'month' | 'year';

/**
 * A YYYY-MM-DD date in words, to the precision known.
 * Example: formatDate('2019-03-01', 'month') === 'March 2019'.
 */
export function formatDate(iso: string, precision: DatePrecision = 'day'): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (precision === 'year') return String(y);
  if (precision === 'month') return `${monthOfYear(m)} ${y}`;
  return `${d} ${monthOfYear(m)} ${y}`;
}

/**
 * A meeting's date, saying "about" when it is an estimate, so an estimate never reads as fact.
 * Example: meetingDateText({ date: '2019-03-01', datePrecision: 'month', dateApproximate: true }) === 'about March 2019'.
 */
export function meetingDateText(meeting: {
  date: string;
  datePrecision: DatePrecision;
  dateApproximate: boolean;
}): string {
  const text = formatDate(meeting.date, meeting.datePrecision);
  return meeting.dateApproximate ? `about ${text}` : text;
}

/**
 * The months from one date to another, saying a year once when both share it.
 * Example: monthRange('2025-04-02', '2025-12-01') === 'April to December 2025'; monthRange('2020-04-02', '2021-07-01') === 'April 2020 to July 2021'.
 */
export function monthRange(first: string, last: string): string {
  const [from, to] = [formatDate(first, 'month'), formatDate(last, 'month')];
  if (from === to) return from;
  return first.slice(0, 4) === last.slice(0, 4)
    ? `${monthOfYear(Number(first.slice(5, 7)))} to ${to}`
    : `${from} to ${to}`;
}

/** A month's name. Example: monthOfYear(3) === 'March'. */
export function monthOfYear(month: number): string {
  return MONTHS[month - 1];
}

/** The number of a month written in full or as its first three letters, any case, or undefined. Example: monthNamed('jun') === 6. */
export function monthNamed(word: string): number | undefined {
  const lower = word.toLowerCase();
  const index = MONTHS.findIndex((name) => name.toLowerCase() === lower || name.slice(0, 3).toLowerCase() === lower);
  return index >= 0 ? index + 1 : undefined;
}

/** The last two digits of a number, as a financial year or a month folder writes them. Example: twoDigits(2019) === '19'; twoDigits(3) === '03'. */
export function twoDigits(n: number): string {
  return String(n % 100).padStart(2, '0');
}

/** A date as YYYY-MM-DD, not checked. Example: isoDate(2016, 4, 5) === '2016-04-05'. */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${twoDigits(month)}-${twoDigits(day)}`;
}

/** The year of a YYYY-MM-DD date. Example: yearOf('2017-12-13') === 2017. */
export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}
