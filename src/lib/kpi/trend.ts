/**
 * Reading a series the way a board member would: which figures may be compared, which way
 * it is going, whether it meets its target, and what was known by a given date (and when
 * that is too old to say which way things were going).
 */
import type { KpiPoint } from './series.ts';
import { comparePeriods, parsePeriod, pooledYears, type Period } from './periods.ts';
import type { Indicator, IndicatorTarget, MethodChange } from './schema.ts';

/** A run of figures that may be joined by one line: same method, same kind and length of period. */
export interface Segment {
  /** The method change this segment follows, if any (undefined for the original method). */
  method?: MethodChange;
  /** What kind of periods it holds, for a legend: "single years", "3 years pooled", "cumulative from 2021/22 Q1". */
  shape: string;
  /** In period order. */
  points: KpiPoint[];
}

/**
 * Splits a series into segments that may each be drawn as one line, so a line never joins
 * figures on different methods (`methodChanges`) or of different shapes (a single year and
 * a three-year pool; a quarter and a cumulative range are joined only when the range runs
 * from that quarter's start). Segments are ordered by their first figure.
 * Example: comparableSegments(points for 2019, 2020, 2019-21) → [{ shape: 'single years', … 2 points }, { shape: '3 years pooled', … 1 point }].
 */
export function comparableSegments(
  points: readonly KpiPoint[],
  indicator: Pick<Indicator, 'methodChanges'>,
): Segment[] {
  const changes = indicator.methodChanges
    .map((change) => ({ change, start: startOf(change.from) }))
    .sort((a, b) => a.start.localeCompare(b.start));
  const sorted = [...points].sort((a, b) => comparePeriods(a.period, b.period));
  const cumulativeFrom = cumulativeRuns(sorted);
  const segments = new Map<string, Segment>();
  for (const point of sorted) {
    const method = changes.filter((c) => c.start <= point.period.start).at(-1)?.change;
    const shape = shapeOf(point.period, cumulativeFrom);
    const key = `${method?.from ?? ''}\u0000${shape}`;
    const segment = segments.get(key) ?? { ...(method && { method }), shape, points: [] };
    segment.points.push(point);
    segments.set(key, segment);
  }
  return [...segments.values()].sort((a, b) => comparePeriods(a.points[0].period, b.points[0].period));
}

/** The segment holding the latest figure: the one a direction of travel is judged on. Example: latestSegment(points, indicator)?.points.at(-1) is the latest figure. */
export function latestSegment(
  points: readonly KpiPoint[],
  indicator: Pick<Indicator, 'methodChanges'>,
): Segment | undefined {
  return comparableSegments(points, indicator).reduce<Segment | undefined>(
    (latest, segment) =>
      !latest || comparePeriods(segment.points.at(-1)!.period, latest.points.at(-1)!.period) > 0 ? segment : latest,
    undefined,
  );
}

/**
 * Cumulative runs: two or more ranges starting on the same day. Returns each run's start
 * day and the label of its first step ("2021/22 Q1"), which may itself be a plain quarter.
 */
function cumulativeRuns(sorted: readonly KpiPoint[]): Map<string, string> {
  const rangeStarts = sorted.filter((p) => p.period.kind === 'range').map((p) => p.period.start);
  const runs = new Map<string, string>();
  for (const point of sorted) {
    const { start, kind, label } = point.period;
    if (kind === 'pooled-years' || kind === 'mid-year' || runs.has(start)) continue;
    if (rangeStarts.indexOf(start) !== rangeStarts.lastIndexOf(start)) runs.set(start, label.split(' - ')[0]);
  }
  return runs;
}

function shapeOf(period: Period, cumulativeFrom: ReadonlyMap<string, string>): string {
  const run =
    period.kind === 'pooled-years' || period.kind === 'mid-year' ? undefined : cumulativeFrom.get(period.start);
  if (run) return `cumulative from ${run}`;
  if (period.kind === 'range') return `${monthsIn(period)}-month ranges`;
  if (period.kind === 'pooled-years') return `${pooledYears(period)} years pooled`;
  return {
    year: 'single years',
    'financial-year': 'financial years',
    quarter: 'quarters',
    month: 'months',
    'mid-year': 'mid-year estimates',
  }[period.kind];
}

function monthsIn(period: Period): number {
  const [startYear, startMonth] = period.start.split('-').map(Number);
  const [endYear, endMonth] = period.end.split('-').map(Number);
  return (endYear - startYear) * 12 + endMonth - startMonth + 1;
}

function startOf(label: string): string {
  const parsed = parsePeriod(label);
  // The schema has already refused unreadable labels; this keeps the type honest.
  if (!parsed.ok) throw new Error(`Unreadable method change period "${label}": ${parsed.message}`);
  return parsed.period.start;
}

export type Direction = 'improving' | 'worsening' | 'no change' | 'not judged';

/** A direction of travel and the two figures it compares. */
export interface DirectionOfTravel {
  direction: Direction;
  /** Which way the number moved, whatever the polarity ("same" when within the tolerance). */
  movement: 'up' | 'down' | 'same';
  /** The previous comparable figure and the latest one (absent when there are not two). */
  from?: KpiPoint;
  to?: KpiPoint;
  /** Why, in words, for the page: "the confidence intervals overlap". */
  reason: string;
}

/**
 * Below this relative change, with no confidence intervals to go on, a figure counts as
 * unchanged: published figures are rounded, and a 1% wobble is within ordinary survey noise.
 */
export const NO_CHANGE_RELATIVE = 0.01;

/**
 * Compares the latest figure with the one before it in the same comparable segment.
 * "No change" when both have confidence intervals and they overlap; without intervals, when
 * the change is under 1% of the earlier figure. "Not judged" when the indicator has no
 * polarity or there is only one comparable figure.
 * Example: directionOfTravel([16.1 in 2022, 12.7 in 2023], { polarity: 'lower is better', methodChanges: [] }).direction === 'improving'.
 */
export function directionOfTravel(
  points: readonly KpiPoint[],
  indicator: Pick<Indicator, 'polarity' | 'methodChanges'>,
): DirectionOfTravel {
  const comparable = latestSegment(points, indicator)?.points ?? [];
  if (comparable.length < 2) {
    return {
      direction: 'not judged',
      movement: 'same',
      to: comparable.at(-1),
      reason: 'there is no earlier comparable figure',
    };
  }
  const [from, to] = comparable.slice(-2);
  const { movement, reason } = movementBetween(from, to);
  if (indicator.polarity === 'no judgement')
    return {
      direction: 'not judged',
      movement,
      from,
      to,
      reason: 'neither higher nor lower is better for this indicator',
    };
  if (movement === 'same') return { direction: 'no change', movement, from, to, reason };
  const better =
    movement === 'up' ? indicator.polarity === 'higher is better' : indicator.polarity === 'lower is better';
  return { direction: better ? 'improving' : 'worsening', movement, from, to, reason };
}

function movementBetween(from: KpiPoint, to: KpiPoint): { movement: DirectionOfTravel['movement']; reason: string } {
  const hasIntervals = [from.lowerCi, from.upperCi, to.lowerCi, to.upperCi].every((limit) => limit !== undefined);
  if (hasIntervals && from.lowerCi! <= to.upperCi! && to.lowerCi! <= from.upperCi!)
    return { movement: 'same', reason: 'the confidence intervals overlap' };
  const change = to.value - from.value;
  if (!hasIntervals && Math.abs(change) < NO_CHANGE_RELATIVE * Math.abs(from.value))
    return { movement: 'same', reason: 'the change is less than 1%' };
  if (change === 0) return { movement: 'same', reason: 'the figure is the same' };
  return {
    movement: change > 0 ? 'up' : 'down',
    reason: hasIntervals ? 'the confidence intervals do not overlap' : 'the change is 1% or more',
  };
}

export type TargetStatus = 'met' | 'not met' | 'no target';

/**
 * The target that applies in a locality: its own, else the one for all localities.
 * Example: targetFor({ targets: { value: 66.7, label: 'National ambition' } }, 'bromley')?.value === 66.7.
 */
export function targetFor(indicator: Pick<Indicator, 'targets'>, locality: string): IndicatorTarget | undefined {
  const { targets } = indicator;
  if (!targets) return undefined;
  if (!Array.isArray(targets)) return targets;
  const own = targets.find((target) => target.locality === locality);
  return own && { value: own.value, label: own.label, ...(own.date && { date: own.date }) };
}

/**
 * Whether a figure meets its locality's target, by polarity; reaching the target exactly
 * counts as meeting it. The target's date is shown beside it, not used to judge.
 * Example: targetStatus(64.6, { polarity: 'higher is better', targets: { value: 66.7 } }, 'bromley') → { status: 'not met', … }.
 */
export function targetStatus(
  value: number,
  indicator: Pick<Indicator, 'polarity' | 'targets'>,
  locality: string,
): { status: TargetStatus; target?: IndicatorTarget } {
  const target = targetFor(indicator, locality);
  if (!target || indicator.polarity === 'no judgement') return { status: 'no target' };
  const met = indicator.polarity === 'higher is better' ? value >= target.value : value <= target.value;
  return { status: met ? 'met' : 'not met', target };
}

/**
 * The latest figure whose period had ended on or before `date` (YYYY-MM-DD): the most a
 * meeting on that day could have known. Figures are published weeks or months after their
 * period ends, so pages should say "for the latest period ended by" rather than claim the
 * figure was in the papers. A point in time (mid-2019) counts from its own day.
 * Example: latestAsOf(points, '2019-03-06')?.period.label === '2017/18' for a financial-year series.
 */
export function latestAsOf(points: readonly KpiPoint[], date: string): KpiPoint | undefined {
  return [...points]
    .filter((point) => point.period.end <= date)
    .sort((a, b) => comparePeriods(a.period, b.period))
    .at(-1);
}

/**
 * A figure whose period ended in a calendar year two or more before `date`'s is too old for
 * its direction of travel to describe that date: how many years old it is, else undefined.
 * Example: yearsOld(2017/18, '2023-06-29') === 5; yearsOld(2021/22, '2023-06-29') === undefined.
 */
export function yearsOld(period: Period, date: string): number | undefined {
  const years = Number(date.slice(0, 4)) - Number(period.end.slice(0, 4));
  return years >= 2 ? years : undefined;
}
