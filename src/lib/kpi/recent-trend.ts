/**
 * The recent trend as OHID's Fingertips reports it: a chi-squared test for linear trend
 * (Cochran-Armitage) on a proportion's last five comparable figures, using their counts and
 * denominators, significant at the 99.8% level (p < 0.002). Source: Fingertips' "recent
 * trend" notes as the issue states them; the level is not checked against OHID's guide here.
 * Distinct from the direction of travel, which compares the last two figures only.
 */
import type { KpiPoint } from './series.ts';
import type { Indicator } from './schema.ts';
import { latestSegment } from './trend.ts';

/** How many of the latest comparable figures the test uses. */
export const TREND_POINTS = 5;

/** χ² with one degree of freedom beyond which p < 0.002: the square of the normal 99.9th percentile, 3.0902². */
export const CHI_SQUARED_998 = 9.5495;

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

/**
 * Tests the latest comparable segment's last five figures for a linear trend. Not calculated,
 * with the reason, for fewer than five, for values other than percentages, or where any of
 * the five lacks its count or denominator: Minuted never guesses them.
 * Example: recentTrend(five yearly percentages with counts 100, 112, 124, 136, 148 of 1,000, { polarity: 'lower is better', … }) →
 *   { trend: 'increasing', judged: 'getting worse', chiSquared: 13.26, … }.
 */
export function recentTrend(
  points: readonly KpiPoint[],
  indicator: Pick<Indicator, 'polarity' | 'methodChanges' | 'format'>,
): RecentTrend {
  const comparable = latestSegment(points, indicator)?.points ?? [];
  if (comparable.length < TREND_POINTS)
    return { trend: 'not calculated', reason: `fewer than ${TREND_POINTS} comparable figures` };
  if (indicator.format !== 'percent')
    return { trend: 'not calculated', reason: 'the test is for proportions, and this figure is not one' };
  const last = comparable.slice(-TREND_POINTS);
  if (!last.every((p) => p.count !== undefined && p.denominator !== undefined && p.denominator > 0))
    return { trend: 'not calculated', reason: 'counts and denominators are not published for each figure' };
  const chiSquared = chiSquaredForTrend(last.map((p) => ({ count: p.count!, denominator: p.denominator! })));
  const from = last[0];
  const to = last.at(-1)!;
  if (!(chiSquared.value > CHI_SQUARED_998))
    return { trend: 'no significant change', chiSquared: chiSquared.value, from, to };
  const trend = chiSquared.rising ? 'increasing' : 'decreasing';
  if (indicator.polarity === 'no judgement') return { trend, chiSquared: chiSquared.value, from, to };
  const better = chiSquared.rising === (indicator.polarity === 'higher is better');
  return { trend, judged: better ? 'getting better' : 'getting worse', chiSquared: chiSquared.value, from, to };
}

/**
 * The Cochran-Armitage χ² for a linear trend in proportions over equally spaced periods
 * scored 1, 2, 3…, and whether the proportion rises. A series that never varies (or is all
 * 0% or 100%) gives χ² 0.
 * Example: chiSquaredForTrend(100, 112, 124, 136, 148 of 1,000 each) → { value: 13.26, rising: true }.
 */
export function chiSquaredForTrend(figures: readonly { count: number; denominator: number }[]): {
  value: number;
  rising: boolean;
} {
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
  return { value: variance > 0 ? (t * t) / variance : 0, rising: t > 0 };
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
