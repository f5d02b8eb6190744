import { describe, expect, it } from 'vitest';
import {
  chiSquaredForTrend,
  notCalculatedOnce,
  recentTrend,
  recentTrendInWords,
  trendReasons,
  weightedTrend,
  type RecentTrend,
} from '../../src/lib/kpi/recent-trend.ts';
import { indicator, point } from './support.ts';

const lower = indicator({ polarity: 'lower is better', format: 'percent' });
const higher = indicator({ polarity: 'higher is better', format: 'percent' });
const neither = indicator({ polarity: 'no judgement', format: 'percent' });
const PER_THOUSAND = (counts: number[]) => counts.map((count) => ({ count, denominator: 1000 }));
const yearly = (counts: number[], published = true) =>
  counts.map((count, i) => ({
    ...point(String(2019 + i), count / 10),
    count,
    ...(published && { denominator: 1000 }),
  }));

// Worked by hand, scores 1 to 5, 1,000 people each year (N = 5,000):
// A: 100, 110, 120, 130, 140. p = 600/5000 = 0.12, so 120 expected each year; observed minus
//    expected -20, -10, 0, 10, 20; T = 1(-20) + 2(-10) + 3(0) + 4(10) + 5(20) = 100.
//    Σn·x² = 1000 × 55 = 55,000; (Σn·x)²/N = 15,000² / 5,000 = 45,000; difference 10,000.
//    Var = 0.12 × 0.88 × 10,000 = 1,056; χ² = 100² / 1,056 = 9.470, under 9.5495 (p < 0.002).
// B: 100, 112, 124, 136, 148. p = 620/5000 = 0.124; expected 124; -24, -12, 0, 12, 24;
//    T = -24 - 24 + 0 + 48 + 120 = 120; Var = 0.124 × 0.876 × 10,000 = 1,086.24;
//    χ² = 14,400 / 1,086.24 = 13.257, over 9.5495: a significant rise.
const A = [100, 110, 120, 130, 140];
const B = [100, 112, 124, 136, 148];

describe('chiSquaredForTrend', () => {
  it('gives the Cochran-Armitage χ² worked by hand', () => {
    expect(chiSquaredForTrend(PER_THOUSAND(A)).value).toBeCloseTo(9.47, 2);
    expect(chiSquaredForTrend(PER_THOUSAND(B))).toEqual({
      value: expect.closeTo(13.257, 3),
      rising: true,
      consistent: true,
    });
    expect(chiSquaredForTrend(PER_THOUSAND([...B].reverse()))).toEqual({
      value: expect.closeTo(13.257, 3),
      rising: false,
      consistent: true,
    });
  });

  it('gives 0 for a series that never varies', () => {
    expect(chiSquaredForTrend(PER_THOUSAND([120, 120, 120, 120, 120])).value).toBe(0);
  });
});

// C: 10, 11, 12, 13, 14, each interval ± 1, so a standard error of 2 / 3.92 and a weight of
//    3.92² / 4 = 3.8416 each. Σw = 19.208, Σwx = 57.624, Σwx² = 211.288, Σwy = 230.496,
//    Σwxy = 729.904; slope = (Σw·Σwxy − Σwx·Σwy) / (Σw·Σwx² − (Σwx)²) = 737.9 / 737.9 = 1;
//    its variance Σw / 737.9 = 0.02603; χ² = 1² / 0.02603 = 38.4.
const C = [10, 11, 12, 13, 14].map((value) => ({ value, lowerCi: value - 1, upperCi: value + 1 }));

describe('weightedTrend', () => {
  it('gives the weighted regression χ² worked by hand', () => {
    expect(weightedTrend(C)).toEqual({ value: expect.closeTo(38.4, 1), rising: true, consistent: true });
  });

  it('weighs a wide interval less, so the same figures with wide intervals are not significant', () => {
    const wide = C.map((f) => ({ ...f, lowerCi: f.value - 4, upperCi: f.value + 4 }));
    expect(weightedTrend(wide).value).toBeCloseTo(38.4 / 16, 1);
  });
});

describe('recentTrend', () => {
  it.each([
    [lower, B, 'increasing', 'getting worse'],
    [higher, B, 'increasing', 'getting better'],
    [lower, [...B].reverse(), 'decreasing', 'getting better'],
    [higher, [...B].reverse(), 'decreasing', 'getting worse'],
    [neither, B, 'increasing', undefined],
  ] as const)('%#: by polarity, a significant change is %s, %s', (ind, counts, trend, judged) => {
    const result = recentTrend(yearly([...counts]), ind);
    expect(result).toMatchObject({ trend, from: { period: { label: '2019' } }, to: { period: { label: '2023' } } });
    expect('judged' in result ? result.judged : undefined).toBe(judged);
  });

  it('finds no significant change just under the 99.8% level (χ² 9.47)', () => {
    expect(recentTrend(yearly(A), lower).trend).toBe('no significant change');
  });

  it('tests only the last five comparable figures', () => {
    // A sixth, earlier figure of 0 would make A significant if it counted.
    const points = [{ ...point('2018', 0), count: 0, denominator: 1000 }, ...yearly(A)];
    expect(recentTrend(points, lower).trend).toBe('no significant change');
  });

  it('does not let one outlying year make a trend: the slope must keep its sign with any one figure left out', () => {
    // χ² 13.6 over the last five, but without the last year the proportion falls.
    expect(chiSquaredForTrend(PER_THOUSAND([120, 100, 100, 100, 180]))).toMatchObject({
      value: expect.closeTo(13.64, 2),
      consistent: false,
    });
    expect(recentTrend(yearly([120, 100, 100, 100, 180]), lower).trend).toBe('no significant change');
  });

  it('tests a figure other than a proportion by its confidence intervals', () => {
    const rates = C.map((f, i) => point(String(2019 + i), f.value, [f.lowerCi, f.upperCi]));
    expect(recentTrend(rates, indicator({ format: 'rate per 100,000', polarity: 'lower is better' }))).toMatchObject({
      trend: 'increasing',
      judged: 'getting worse',
      chiSquared: expect.closeTo(38.4, 1),
    });
  });

  it('says why it is not calculated rather than guess', () => {
    const reason = (result: RecentTrend) => (result.trend === 'not calculated' ? result.reason : result.trend);
    expect(reason(recentTrend(yearly(B).slice(1), lower))).toBe('fewer than 5 comparable figures');
    expect(reason(recentTrend(yearly(B, false), lower))).toBe(trendReasons.inputs);
    expect(reason(recentTrend(yearly(B), indicator({ format: 'rate per 100,000' })))).toBe(trendReasons.inputs);
  });

  it('is not calculated across a missing year, since the test scores the periods 1 to 5', () => {
    const skipped = ['2018/19', '2019/20', '2021/22', '2022/23', '2023/24'].map((label, i) => ({
      ...point(label, B[i] / 10),
      count: B[i],
      denominator: 1000,
    }));
    expect(recentTrend(skipped, lower)).toEqual({ trend: 'not calculated', reason: trendReasons.spacing });
    const biennial = ['2012/13', '2014/15', '2016/17', '2018/19', '2020/21'].map((label, i) => ({
      ...point(label, B[i] / 10),
      count: B[i],
      denominator: 1000,
    }));
    expect(recentTrend(biennial, lower).trend).toBe('increasing');
  });
});

describe('recentTrendInWords', () => {
  it('reads after "Recent trend: ", naming the periods tested', () => {
    expect(recentTrendInWords(recentTrend(yearly(B), lower))).toBe('increasing and getting worse, 2019 to 2023');
    expect(recentTrendInWords(recentTrend(yearly(B), neither))).toBe('increasing, 2019 to 2023');
    expect(recentTrendInWords(recentTrend(yearly(A), lower))).toBe('no significant change, 2019 to 2023');
    expect(recentTrendInWords(recentTrend(yearly(A).slice(1), lower))).toBe(
      'not calculated (fewer than 5 comparable figures)',
    );
  });
});

describe('notCalculatedOnce', () => {
  const few: RecentTrend = { trend: 'not calculated', reason: trendReasons.few };
  const spacing: RecentTrend = { trend: 'not calculated', reason: trendReasons.spacing };
  const tested = recentTrend(yearly(B), lower);

  it('says once for a table why its trends were not calculated, counting each reason', () => {
    expect(notCalculatedOnce([few, few])).toBe(
      'Recent trend not calculated for any figure here: fewer than 5 comparable figures.',
    );
    expect(notCalculatedOnce([few, spacing, few, tested])).toBe(
      'Recent trend not calculated for 3 of these figures: fewer than 5 comparable figures (2); the latest periods are not evenly spaced (1).',
    );
    expect(notCalculatedOnce([tested])).toBeUndefined();
  });
});
