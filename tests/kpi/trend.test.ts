import { describe, expect, it } from 'vitest';
import {
  comparableSegments,
  directionOfTravel,
  latestAsOf,
  targetFor,
  targetStatus,
  yearsOld,
} from '../../src/lib/kpi/trend.ts';
import { indicator, point } from './support.ts';

const higher = indicator({ polarity: 'higher is better' });
const lower = indicator({ polarity: 'lower is better' });
const neither = indicator({ polarity: 'no judgement' });

describe('directionOfTravel', () => {
  it.each([
    [higher, 60, 66, 'improving', 'up'],
    [higher, 66, 60, 'worsening', 'down'],
    [lower, 16.1, 12.7, 'improving', 'down'],
    [lower, 12.7, 16.1, 'worsening', 'up'],
    [higher, 85.0, 85.1, 'no change', 'same'],
    [lower, 20, 20, 'no change', 'same'],
    [neither, 300000, 330000, 'not judged', 'up'],
  ] as const)('%#: by polarity, %d then %d is %s', (ind, before, after, direction, movement) => {
    expect(directionOfTravel([point('2019', before), point('2020', after)], ind)).toMatchObject({
      direction,
      movement,
    });
  });

  it('compares the last two figures, in period order whatever the input order', () => {
    const result = directionOfTravel([point('2021', 14), point('2019', 20), point('2020', 10)], lower);
    expect(result).toMatchObject({ direction: 'worsening', from: { value: 10 }, to: { value: 14 } });
  });

  it('counts overlapping confidence intervals as no change, however large the change', () => {
    expect(directionOfTravel([point('2019', 10, [6, 14]), point('2020', 13, [9, 17])], higher)).toMatchObject({
      direction: 'no change',
      reason: 'the confidence intervals overlap',
    });
    expect(
      directionOfTravel([point('2019', 10, [9.95, 10.02]), point('2020', 10.09, [10.05, 10.13])], higher),
    ).toMatchObject({ direction: 'improving' });
  });

  it('does not judge a single figure, or across a change of method', () => {
    expect(directionOfTravel([point('2019', 1)], higher).direction).toBe('not judged');
    const changed = indicator({
      polarity: 'higher is better',
      methodChanges: [{ from: '2024/25', note: 'New method.' }],
    });
    expect(
      directionOfTravel([point('2022/23', 50), point('2023/24', 51), point('2024/25', 70)], changed),
    ).toMatchObject({ direction: 'not judged', to: { value: 70 } });
  });

  it('judges a mixed series on the kind of period its latest figure has', () => {
    const mixed = [point('2019', 30), point('2020', 10), point('2019-21', 20), point('2020-22', 25), point('2021', 12)];
    expect(directionOfTravel(mixed, lower)).toMatchObject({
      direction: 'worsening',
      from: { value: 20 },
      to: { value: 25 },
    });
  });
});

describe('comparableSegments', () => {
  it('never joins single years with pooled years', () => {
    const segments = comparableSegments(
      [point('2019', 1), point('2019-21', 2), point('2020', 3), point('2020-22', 4)],
      lower,
    );
    expect(segments.map((s) => [s.shape, s.points.map((p) => p.period.label)])).toEqual([
      ['single years', ['2019', '2020']],
      ['3 years pooled', ['2019-21', '2020-22']],
    ]);
  });

  it('splits at a change of method and says which', () => {
    const changed = indicator({ methodChanges: [{ from: '2024/25', note: 'New method from 2024/25.' }] });
    const segments = comparableSegments([point('2023/24', 1), point('2024/25', 2), point('2025/26', 3)], changed);
    expect(segments.map((s) => [s.method?.note, s.points.length])).toEqual([
      [undefined, 1],
      ['New method from 2024/25.', 2],
    ]);
  });

  it('keeps a cumulative series whole, including its first quarter', () => {
    const cumulative = [
      point('2021/22 Q1', 0.2),
      point('2021/22 Q1 - 2021/22 Q2', 0.6),
      point('2021/22 Q1 - 2021/22 Q3', 0.8),
    ];
    expect(comparableSegments(cumulative, higher).map((s) => [s.shape, s.points.length])).toEqual([
      ['cumulative from 2021/22 Q1', 3],
    ]);
  });
});

describe('targetStatus', () => {
  const national = { targets: { value: 66.7, label: 'National ambition' } };

  it.each([
    ['higher is better', 67.5, 'met'],
    ['higher is better', 66.7, 'met'],
    ['higher is better', 59.3, 'not met'],
    ['lower is better', 10, 'met'],
    ['lower is better', 70, 'not met'],
  ] as const)('with %s, %d against 66.7 is %s', (polarity, value, status) => {
    expect(targetStatus(value, indicator({ polarity, ...national }), 'bromley').status).toBe(status);
  });

  it('uses a locality its own target, and says "no target" where none applies', () => {
    const local = indicator({
      polarity: 'lower is better',
      targets: [{ locality: 'bromley', value: 12, date: '2030-12-31' }],
    });
    expect(targetStatus(11, local, 'bromley')).toEqual({
      status: 'met',
      target: { value: 12, date: '2030-12-31', label: 'Target' },
    });
    expect(targetStatus(11, local, 'havering')).toEqual({ status: 'no target' });
    expect(targetFor(lower, 'bromley')).toBeUndefined();
  });
});

describe('latestAsOf', () => {
  const series = [point('2016/17', 1), point('2017/18', 2), point('2018/19', 3), point('mid-2019', 4)];

  it('gives the latest figure whose period had ended by the date', () => {
    expect(latestAsOf(series, '2019-03-06')?.period.label).toBe('2017/18');
    expect(latestAsOf(series, '2019-03-31')?.period.label).toBe('2018/19');
    expect(latestAsOf(series, '2019-06-30')?.period.label).toBe('mid-2019');
  });

  it('gives nothing before the first period ended', () => {
    expect(latestAsOf(series, '2017-03-30')).toBeUndefined();
  });
});

describe('yearsOld', () => {
  const periodOf = (label: string) => point(label, 1).period;

  it('says how old a figure is when its period ended two or more calendar years before the date', () => {
    expect(yearsOld(periodOf('2017/18'), '2023-06-29')).toBe(5);
    expect(yearsOld(periodOf('2019-21'), '2023-01-15')).toBe(2);
    expect(yearsOld(periodOf('mid-2020'), '2022-12-31')).toBe(2);
  });

  it("leaves alone a figure of the date's year or the year before", () => {
    expect(yearsOld(periodOf('2021/22'), '2023-06-29')).toBeUndefined();
    expect(yearsOld(periodOf('2022'), '2023-01-02')).toBeUndefined();
    expect(yearsOld(periodOf('2022/23 Q4'), '2023-06-29')).toBeUndefined();
  });
});
