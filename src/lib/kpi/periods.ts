/**
 * Reporting periods as English public bodies publish them, turned into dates so a series
 * sorts and a meeting can ask what was known by its date.
 *
 * Every period covers whole days from `start` to `end` inclusive, both YYYY-MM-DD.
 */
import { isoDate, monthNamed, monthOfYear, twoDigits } from '../text/dates.ts';

/** The ways a period can be written. */
export type PeriodKind = 'year' | 'financial-year' | 'pooled-years' | 'quarter' | 'range' | 'month' | 'mid-year';

/** A period read from its published label. Example: { label: '2019/20', kind: 'financial-year', start: '2019-04-01', end: '2020-03-31' }. */
export interface Period {
  /** The label as written in the data, spaces tidied: "2019/20 Q3". */
  label: string;
  kind: PeriodKind;
  /** First day covered, YYYY-MM-DD. */
  start: string;
  /** Last day covered, YYYY-MM-DD (the same as start for a point in time such as mid-2019). */
  end: string;
}

/** Why a label could not be read, in two parts: what is wrong, then how to fix it. */
export interface PeriodProblem {
  message: string;
  advice: string;
}

export type PeriodResult = { ok: true; period: Period } | ({ ok: false } & PeriodProblem);

const FORMATS_ADVICE =
  'write it as one of: 2019 (calendar year), 2019/20 (financial year), 2017-19 (years pooled), 2019/20 Q3 (quarter), 2019-06 or Jun 2019 (month), mid-2019 (mid-year estimate), or two of these joined by " - " for a range such as 2021/22 Q1 - 2023/24 Q4.';

/**
 * Reads a published period label.
 * Example: parsePeriod('2019/20 Q3') → { ok: true, period: { kind: 'quarter', start: '2019-10-01', end: '2019-12-31', … } }.
 */
export function parsePeriod(text: string): PeriodResult {
  // Fingertips writes years pooled with spaces ("2015 - 17"); "17" alone is no period, so it is not a range.
  const label = text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/^(\d{4}) - (\d{2})$/, '$1-$2');
  if (label === '') return { ok: false, message: 'The period is empty.', advice: FORMATS_ADVICE };
  const range = /^(.+?) - (.+)$/.exec(label);
  return range ? parseRange(label, range[1], range[2]) : parseSingle(label);
}

function parseRange(label: string, from: string, to: string): PeriodResult {
  const first = parseSingle(from);
  if (!first.ok) return first;
  const last = parseSingle(to);
  if (!last.ok) return last;
  if (last.period.end < first.period.start || last.period.start < first.period.start) {
    return {
      ok: false,
      message: `The range "${label}" ends before it starts.`,
      advice: `put the earlier period first, e.g. "${to} - ${from}".`,
    };
  }
  return { ok: true, period: { label, kind: 'range', start: first.period.start, end: last.period.end } };
}

function parseSingle(label: string): PeriodResult {
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})$/.exec(label))) {
    const year = Number(match[1]);
    return ok(label, 'year', isoDate(year, 1, 1), isoDate(year, 12, 31));
  }
  if ((match = /^(\d{4})\/(\d{2})$/.exec(label))) {
    const year = Number(match[1]);
    if (Number(match[2]) !== (year + 1) % 100) {
      return {
        ok: false,
        message: `"${label}" is not a financial year: the second year should follow the first.`,
        advice: `a financial year runs April to March, e.g. ${year}/${twoDigits(year + 1)}; for several years pooled write ${year}-${match[2]}.`,
      };
    }
    return ok(label, 'financial-year', isoDate(year, 4, 1), isoDate(year + 1, 3, 31));
  }
  if ((match = /^(\d{4})\/(\d{2}) Q([1-4])$/.exec(label))) {
    const year = Number(match[1]);
    if (Number(match[2]) !== (year + 1) % 100) return parseSingle(`${match[1]}/${match[2]}`);
    // Financial-year quarters: Q1 is April to June, so Q4 falls in the next calendar year.
    const firstMonth = 4 + 3 * (Number(match[3]) - 1);
    const startYear = firstMonth > 12 ? year + 1 : year;
    const startMonth = ((firstMonth - 1) % 12) + 1;
    return ok(
      label,
      'quarter',
      isoDate(startYear, startMonth, 1),
      isoDate(startYear, startMonth + 2, daysIn(startYear, startMonth + 2)),
    );
  }
  if ((match = /^(\d{4})-(\d{2})$/.exec(label))) return pooledOrMonth(label, Number(match[1]), Number(match[2]));
  if ((match = /^([a-z]{3,9}) (\d{4})$/i.exec(label))) {
    const monthNumber = monthNamed(match[1]);
    if (monthNumber) return month(label, Number(match[2]), monthNumber);
  }
  if ((match = /^mid-(\d{4})$/i.exec(label))) {
    const year = Number(match[1]);
    return ok(`mid-${year}`, 'mid-year', isoDate(year, 6, 30), isoDate(year, 6, 30));
  }
  return { ok: false, message: `Minuted cannot read the period "${label}".`, advice: FORMATS_ADVICE };
}

/**
 * "2019-06" is June 2019 and "2017-19" is 2017 to 2019 pooled. Where both readings fit,
 * as in "2010-12", the three-year pool wins because that is how Fingertips publishes it
 * (write "Dec 2010" for the month). "2019-20" could be a financial year, a month or two
 * pooled years, so it is refused rather than guessed.
 */
function pooledOrMonth(label: string, year: number, suffix: number): PeriodResult {
  const century = Math.floor(year / 100) * 100;
  const endYear = century + suffix < year ? century + 100 + suffix : century + suffix;
  const couldBeMonth = suffix >= 1 && suffix <= 12;
  if (endYear === year + 1) {
    const month = couldBeMonth ? `, ${monthOfYear(suffix)} ${year},` : '';
    return {
      ok: false,
      message: `"${label}" could mean the financial year ${year}/${twoDigits(year + 1)}${month} or the two calendar years ${year} and ${year + 1} pooled.`,
      advice: `write ${year}/${twoDigits(year + 1)} for the financial year${couldBeMonth ? `, ${monthOfYear(suffix).slice(0, 3)} ${year} for the month` : ''} or ${year} - ${year + 1} for the two years pooled.`,
    };
  }
  if (couldBeMonth && endYear !== year + 2) return month(label, year, suffix);
  if (endYear > year && endYear - year < 10)
    return ok(label, 'pooled-years', isoDate(year, 1, 1), isoDate(endYear, 12, 31));
  return {
    ok: false,
    message: `Minuted cannot read the period "${label}": it is neither a month (01 to 12) nor a span of up to ten years.`,
    advice: FORMATS_ADVICE,
  };
}

function month(label: string, year: number, monthNumber: number): PeriodResult {
  return ok(label, 'month', isoDate(year, monthNumber, 1), isoDate(year, monthNumber, daysIn(year, monthNumber)));
}

/**
 * Orders periods for a series: by the day they end, then by the day they start, so a
 * three-year pool sorts after the single year it ends with.
 * Example: ['2017-19', '2018', '2019'].map(p).sort(comparePeriods) → 2018, 2017-19, 2019.
 */
export function comparePeriods(a: Period, b: Period): number {
  return a.end.localeCompare(b.end) || a.start.localeCompare(b.start) || a.label.localeCompare(b.label);
}

/** The number of whole calendar years a pooled period spans, or 1 for anything else. Example: pooledYears(2017-19) === 3. */
export function pooledYears(period: Period): number {
  return period.kind === 'pooled-years' ? Number(period.end.slice(0, 4)) - Number(period.start.slice(0, 4)) + 1 : 1;
}

function ok(label: string, kind: PeriodKind, start: string, end: string): PeriodResult {
  return { ok: true, period: { label, kind, start, end } };
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
