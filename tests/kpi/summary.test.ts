import { describe, expect, it } from 'vitest';
import { formatValue, summariseChart } from '../../src/lib/kpi/summary.ts';
import { indicator, point } from './support.ts';

const hle = indicator({
  title: 'Healthy life expectancy at birth (female)',
  format: 'years',
  polarity: 'higher is better',
});
const england = { id: 'england', name: 'England', points: [point('2015-17', 63.8), point('2022-24', 61.3)] };

describe('formatValue', () => {
  it.each([
    [16.1, { format: 'percent', decimals: 1 }, '16.1%'],
    [56, { format: 'percent', decimals: 1 }, '56.0%'],
    [1725, { format: 'rate per 100,000', decimals: 0 }, '1,725 per 100,000'],
    [67.1, { format: 'years', decimals: 1 }, '67.1 years'],
    [324857, { format: 'count', decimals: 0 }, '324,857'],
    [19.2, { format: 'score', decimals: 1 }, '19.2'],
    [-3.5, { format: 'percent', decimals: 1 }, '-3.5%'],
  ] as const)('writes %d as %s', (value, format, text) => {
    expect(formatValue(value, format)).toBe(text);
  });

  it("rounds a figure published with more decimals to the indicator's", () => {
    expect(formatValue(28.71211702, { format: 'percent', decimals: 1 })).toBe('28.7%');
    expect(formatValue(25.06789769, { format: 'percent', decimals: 2 })).toBe('25.07%');
    expect(formatValue(1724.5, { format: 'rate per 100,000', decimals: 0 })).toBe('1,725 per 100,000');
  });
});

describe('summariseChart', () => {
  it('says a fall is a fall, with units and the benchmark for the same period', () => {
    const bromley = {
      id: 'bromley',
      name: 'Bromley',
      points: [point('2015-17', 67.1), point('2018-20', 67.2), point('2022-24', 66.0)],
    };
    expect(summariseChart({ indicator: hle, locality: bromley, benchmarks: [england] })).toMatchInlineSnapshot(
      `"Healthy life expectancy at birth (female) in Bromley fell from 67.1 years in 2015-17 to 66.0 years in 2022-24. England: 61.3 years in 2022-24; not compared with England (no confidence interval published)."`,
    );
  });

  it('says how the latest figure compares with each benchmark for the same period, by its interval', () => {
    // 66.0 years (64.9 to 67.1) lies wholly above England's 61.3: better, as higher is better.
    const bromley = { id: 'bromley', name: 'Bromley', points: [point('2022-24', 66.0, [64.9, 67.1])] };
    expect(summariseChart({ indicator: hle, locality: bromley, benchmarks: [england] })).toContain(
      'England: 61.3 years in 2022-24; better than England.',
    );
  });

  it('uses rose, stayed at and "was … and again" correctly', () => {
    const say = (values: number[]) =>
      summariseChart({
        indicator: hle,
        locality: { id: 'bromley', name: 'Bromley', points: values.map((v, i) => point(`${2015 + i}-${17 + i}`, v)) },
      });
    expect(say([60, 61])).toBe(
      'Healthy life expectancy at birth (female) in Bromley rose from 60.0 years in 2015-17 to 61.0 years in 2016-18.',
    );
    expect(say([60, 60, 60])).toBe(
      'Healthy life expectancy at birth (female) in Bromley stayed at 60.0 years from 2015-17 to 2017-19.',
    );
    expect(say([60, 62, 60])).toBe(
      'Healthy life expectancy at birth (female) in Bromley was 60.0 years in 2015-17 and again in 2017-19.',
    );
    expect(say([60])).toBe('Healthy life expectancy at birth (female) in Bromley was 60.0 years in 2015-17.');
  });

  it('describes segments that cannot be compared separately, latest first', () => {
    const smoking = indicator({ title: 'Smoking prevalence in routine and manual occupations' });
    const points = [point('2018', 26.3), point('2019', 24.1), point('2019-21', 22.9), point('2020-22', 21)];
    expect(
      summariseChart({ indicator: smoking, locality: { id: 'bromley', name: 'Bromley', points } }),
    ).toMatchInlineSnapshot(
      `"Smoking prevalence in routine and manual occupations in Bromley fell from 22.9% in 2019-21 to 21.0% in 2020-22 (3 years pooled). Single years: fell from 26.3% in 2018 to 24.1% in 2019. These are shown as separate lines because they cannot be compared."`,
    );
  });

  it('names a change of method', () => {
    const changed = indicator({
      title: 'Care home admissions',
      methodChanges: [{ from: '2024/25', note: 'New method from 2024/25.' }],
    });
    const points = [point('2022/23', 500), point('2023/24', 480.5), point('2024/25', 390)];
    expect(summariseChart({ indicator: changed, locality: { id: 'havering', name: 'Havering', points } })).toBe(
      'Care home admissions in Havering was 390.0% in 2024/25 (new method from 2024/25). Earlier method: fell from 500.0% in 2022/23 to 480.5% in 2023/24. These are shown as separate lines because they cannot be compared.',
    );
  });

  it('gives the target and whether the latest figure meets it, in words', () => {
    const dementia = indicator({
      title: 'Estimated dementia diagnosis rate (aged 65 and over)',
      polarity: 'higher is better',
      targets: { value: 66.7, label: 'National ambition', date: '2025-03-31' },
    });
    const text = summariseChart({
      indicator: dementia,
      locality: { id: 'havering', name: 'Havering', points: [point('2017', 60.3), point('2018', 59.3)] },
    });
    expect(text).toContain('National ambition: 66.7% by 31 March 2025; the latest figure does not meet it.');
  });

  it('says when there are no figures', () => {
    expect(summariseChart({ indicator: hle, locality: { id: 'rutland', name: 'Rutland', points: [] } })).toBe(
      'There are no figures for healthy life expectancy at birth (female) in Rutland.',
    );
  });
});
