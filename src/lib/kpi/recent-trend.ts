/**
 * The recent trend as OHID's Fingertips reports it, over a figure's last five comparable,
 * evenly spaced periods, significant at the 99.8% level (χ² > 9.5495, p < 0.002):
 * - a proportion with counts and denominators: the χ² test for linear trend (Cochran-Armitage);
 * - any other figure with 95% confidence intervals: a linear regression weighted by the
 *   standard errors the intervals imply, (upper − lower) / 3.92.
 * Either way a trend counts only if leaving out any one of the five leaves the slope's sign
 * unchanged, so one outlying year cannot make it. Source: Fingertips' trend marker calculator
 * (TrendMarkerCalculator in OHID's fingertips-open repository). Distinct from the direction of
 * travel, which compares the last two figures only.
 */
import type { KpiPoint } from './series.ts';
import type { Indicator } from './schema.ts';
import { latestSegment } from './trend.ts';
import { evenlySpaced } from './spacing.ts';

/** How many of the latest comparable figures the test uses. */
export const TREND_POINTS = 5;

/** χ² with one degree of freedom beyond which p < 0.002: the square of the normal 99.9th percentile, 3.0902². */
export const CHI_SQUARED_998 = 9.5495;

/** Why a trend was not calculated, as the pages say it after "not calculated". */
export const trendReasons = {
  few: `fewer than ${TREND_POINTS} comparable figures`,
  spacing: 'the latest periods are not evenly spaced',
  inputs: 'neither counts and denominators nor confidence intervals are published for each figure',
} as const;

export type RecentTrend =
  | {
      trend: 'increasing' | 'decreasing';
      /** By the indicator's polarity; none where neither higher nor lower is better. */
      judged?: 'getting better' | 'getting worse';
      chiSquared: number;
      /** The first and last of the five figures tested. */
      from: KpiPoint;
      to: KpiPoint;
    }
  | { trend: 'no significant change'; chiSquared: number; from: KpiPoint; to: KpiPoint }
  | { trend: 'not calculated'; reason: string };

/** A slope's χ², its sign, and whether leaving out any one figure keeps that sign. */
interface TrendTest {
  value: number;
  rising: boolean;
  consistent: boolean;
}

/**
 * Tests the latest comparable segment's last five figures for a linear trend. Not calculated,
 * with the reason, for fewer than five, for unevenly spaced periods (a year missing), or where
 * neither counts nor intervals are published for all five: Minuted never guesses them.
 * Example: recentTrend(five yearly percentages with counts 100, 112, 124, 136, 148 of 1,000, { polarity: 'lower is better', … }) →
 *   { trend: 'increasing', judged: 'getting worse', chiSquared: 13.26, … }.
 */
export function recentTrend(
  points: readonly KpiPoint[],
  indicator: Pick<Indicator, 'polarity' | 'methodChanges' | 'format'>,
): RecentTrend {
  const comparable = latestSegment(points, indicator)?.points ?? [];
  if (comparable.length < TREND_POINTS) return { trend: 'not calculated', reason: trendReasons.few };
  const last = comparable.slice(-TREND_POINTS);
  if (!evenlySpaced(last.map((p) => p.period))) return { trend: 'not calculated', reason: trendReasons.spacing };
  const test = trendTest(last, indicator);
  if (!test) return { trend: 'not calculated', reason: trendReasons.inputs };
  const from = last[0];
  const to = last.at(-1)!;
  if (!(test.value > CHI_SQUARED_998 && test.consistent))
    return { trend: 'no significant change', chiSquared: test.value, from, to };
  const trend = test.rising ? 'increasing' : 'decreasing';
  if (indicator.polarity === 'no judgement') return { trend, chiSquared: test.value, from, to };
  const better = test.rising === (indicator.polarity === 'higher is better');
  return { trend, judged: better ? 'getting better' : 'getting worse', chiSquared: test.value, from, to };
}

/** The test Fingertips would use for these figures, or undefined when they publish too little for either. */
function trendTest(last: readonly KpiPoint[], indicator: Pick<Indicator, 'format'>): TrendTest | undefined {
  if (
    indicator.format === 'percent' &&
    last.every((p) => p.count !== undefined && p.denominator !== undefined && p.denominator > 0)
  )
    return chiSquaredForTrend(last.map((p) => ({ count: p.count!, denominator: p.denominator! })));
  if (last.every((p) => p.lowerCi !== undefined && p.upperCi !== undefined && p.upperCi > p.lowerCi))
    return weightedTrend(last.map((p) => ({ value: p.value, lowerCi: p.lowerCi!, upperCi: p.upperCi! })));
  return undefined;
}

/**
 * The Cochran-Armitage χ² for a linear trend in proportions over equally spaced periods
 * scored 1, 2, 3…, whether the proportion rises, and whether the slope of its log-odds keeps
 * its sign with any one figure left out. A series that never varies (or is all 0% or 100%)
 * gives χ² 0.
 * Example: chiSquaredForTrend(100, 112, 124, 136, 148 of 1,000 each) → { value: 13.26, rising: true, consistent: true }.
 */
export function chiSquaredForTrend(figures: readonly { count: number; denominator: number }[]): TrendTest {
  const total = figures.reduce((n, f) => n + f.denominator, 0);
  const proportion = figures.reduce((n, f) => n + f.count, 0) / total;
  let t = 0;
  let sumNx = 0;
  let sumNx2 = 0;
  figures.forEach((f, i) => {
    const score = i + 1;
    t += score * (f.count - f.denominator * proportion);
    sumNx += f.denominator * score;
    sumNx2 += f.denominator * score * score;
  });
  const variance = proportion * (1 - proportion) * (sumNx2 - (sumNx * sumNx) / total);
  // Log-odds are infinite at 0% or 100%; the proportion itself then shows the slope's sign.
  const logOdds = figures.map((f) => Math.log(f.count / (f.denominator - f.count)));
  const ys = logOdds.every(Number.isFinite) ? logOdds : figures.map((f) => f.count / f.denominator);
  return {
    value: variance > 0 ? (t * t) / variance : 0,
    rising: t > 0,
    consistent: signKept(ys.map((y) => ({ y, weight: 1 }))),
  };
}

/**
 * A linear regression of the figures on their scores 1, 2, 3…, each weighted by the inverse
 * square of the standard error its 95% interval implies; χ² is (slope / its standard error)².
 * Example: weightedTrend(10, 11, 12, 13, 14 each ± 1) → { value: 38.4, rising: true, consistent: true }.
 */
export function weightedTrend(figures: readonly { value: number; lowerCi: number; upperCi: number }[]): TrendTest {
  const points = figures.map((f) => ({ y: f.value, weight: ((f.upperCi - f.lowerCi) / 3.92) ** -2 }));
  const fit = weightedSlope(points.map((p, i) => ({ ...p, x: i + 1 })));
  return { value: fit.chiSquared, rising: fit.slope > 0, consistent: signKept(points) };
}

/** Whether the fitted slope has one sign with all points and with each one left out (scores kept). */
function signKept(points: readonly { y: number; weight: number }[]): boolean {
  const scored = points.map((p, i) => ({ ...p, x: i + 1 }));
  const signs = [scored, ...scored.map((_, left) => scored.filter((__, i) => i !== left))].map(
    (subset) => weightedSlope(subset).slope >= 0,
  );
  return signs.every((sign) => sign === signs[0]);
}

function weightedSlope(points: readonly { x: number; y: number; weight: number }[]): {
  slope: number;
  chiSquared: number;
} {
  let w = 0;
  let wx = 0;
  let wy = 0;
  let wxx = 0;
  let wxy = 0;
  for (const { x, y, weight } of points) {
    w += weight;
    wx += weight * x;
    wy += weight * y;
    wxx += weight * x * x;
    wxy += weight * x * y;
  }
  const spread = w * wxx - wx * wx;
  const slope = (w * wxy - wx * wy) / spread;
  return { slope, chiSquared: (slope * slope * spread) / w };
}

/**
 * A recent trend in words, to follow "Recent trend: ", naming the periods tested so a reader
 * sees its age: "increasing and getting worse, 2019 to 2023", "no significant change, 2019
 * to 2023", "not calculated (fewer than 5 comparable figures)".
 */
export function recentTrendInWords(trend: RecentTrend): string {
  if (trend.trend === 'not calculated') return `not calculated (${trend.reason})`;
  const words =
    trend.trend === 'no significant change' ? trend.trend : [trend.trend, trend.judged].filter(Boolean).join(' and ');
  return `${words}, ${trend.from.period.label} to ${trend.to.period.label}`;
}

/**
 * Why a table's trends were not calculated, said once for the table rather than on each row:
 * "Recent trend not calculated for 3 figures: fewer than 5 comparable figures (2); …".
 * Undefined when every trend was calculated.
 */
export function notCalculatedOnce(trends: readonly RecentTrend[]): string | undefined {
  const reasons = new Map<string, number>();
  for (const trend of trends)
    if (trend.trend === 'not calculated') reasons.set(trend.reason, (reasons.get(trend.reason) ?? 0) + 1);
  const count = [...reasons.values()].reduce((sum, n) => sum + n, 0);
  if (count === 0) return undefined;
  const which =
    count === trends.length ? (count === 1 ? 'this figure' : 'any figure here') : `${count} of these figures`;
  const why =
    reasons.size === 1 ? [...reasons.keys()][0] : [...reasons].map(([reason, n]) => `${reason} (${n})`).join('; ');
  return `Recent trend not calculated for ${which}: ${why}.`;
}
