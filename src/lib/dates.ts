/** Dates as council pages show them: "13 December 2017", "about March 2019". */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

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
export function meetingDateText(meeting: { date: string; datePrecision: DatePrecision; dateApproximate: boolean }): string {
  const text = formatDate(meeting.date, meeting.datePrecision);
  return meeting.dateApproximate ? `about ${text}` : text;
}

/** A month's name. Example: monthOfYear(3) === 'March'. */
export function monthOfYear(month: number): string {
  return MONTHS[month - 1];
}

/** The year of a YYYY-MM-DD date. Example: yearOf('2017-12-13') === 2017. */
export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}
