import { describe, expect, it } from 'vitest';
import {
  chiSquaredForTrend,
  recentTrend,
  recentTrendInWords,
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
    expect(chiSquaredForTrend(PER_THOUSAND(B))).toEqual({ value: expect.closeTo(13.257, 3), rising: true });
    expect(chiSquaredForTrend(PER_THOUSAND([...B].reverse()))).toEqual({
      value: expect.closeTo(13.257, 3),
      rising: false,
    });
  });

  it('gives 0 for a series that never varies', () => {
    expect(chiSquaredForTrend(PER_THOUSAND([120, 120, 120, 120, 120])).value).toBe(0);
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

  it('says why it is not calculated rather than guess', () => {
    const reason = (result: RecentTrend) => (result.trend === 'not calculated' ? result.reason : result.trend);
    expect(reason(recentTrend(yearly(B).slice(1), lower))).toBe('fewer than 5 comparable figures');
    expect(reason(recentTrend(yearly(B, false), lower))).toBe(
      'counts and denominators are not published for each figure',
    );
    expect(reason(recentTrend(yearly(B), indicator({ format: 'rate per 100,000' })))).toBe(
      'the test is for proportions, and this figure is not one',
    );
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
