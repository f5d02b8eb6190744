import { describe, expect, it } from 'vitest';
import { comparePeriods, parsePeriod, pooledYears, type Period } from '../../src/lib/kpi/periods.ts';

function period(text: string): Period {
  const result = parsePeriod(text);
  if (!result.ok) throw new Error(`${text}: ${result.message}`);
  return result.period;
}

describe('parsePeriod', () => {
  it.each([
    ['2019', 'year', '2019-01-01', '2019-12-31'],
    ['2019/20', 'financial-year', '2019-04-01', '2020-03-31'],
    ['1999/00', 'financial-year', '1999-04-01', '2000-03-31'],
    ['2017-19', 'pooled-years', '2017-01-01', '2019-12-31'],
    ['2010-12', 'pooled-years', '2010-01-01', '2012-12-31'],
    ['2019/20 Q1', 'quarter', '2019-04-01', '2019-06-30'],
    ['2019/20 Q2', 'quarter', '2019-07-01', '2019-09-30'],
    ['2019/20 Q3', 'quarter', '2019-10-01', '2019-12-31'],
    ['2019/20 Q4', 'quarter', '2020-01-01', '2020-03-31'],
    ['2021/22 Q1 - 2023/24 Q4', 'range', '2021-04-01', '2024-03-31'],
    ['2017/18 - 2019/20', 'range', '2017-04-01', '2020-03-31'],
    ['2019-06', 'month', '2019-06-01', '2019-06-30'],
    ['2020-02', 'month', '2020-02-01', '2020-02-29'],
    ['Dec 2010', 'month', '2010-12-01', '2010-12-31'],
    ['mid-2019', 'mid-year', '2019-06-30', '2019-06-30'],
  ])('reads %s as a %s from %s to %s', (text, kind, start, end) => {
    expect(parsePeriod(text)).toEqual({ ok: true, period: { label: text, kind, start, end } });
  });

  it('tidies spaces in the label it keeps', () => {
    expect(period('  2021/22 Q1  -   2021/22 Q3 ').label).toBe('2021/22 Q1 - 2021/22 Q3');
  });

  it('reads years pooled as Fingertips writes them, with spaces, as the same period', () => {
    expect(period('2015 - 17')).toEqual(period('2015-17'));
  });

  it.each([
    ['n/a', /cannot read the period "n\/a"/, /2019\/20 \(financial year\)/],
    ['', /empty/, /2017-19 \(years pooled\)/],
    ['2019/21', /not a financial year/, /2019\/20/],
    [
      '2019-20',
      /could mean the financial year 2019\/20 or the two calendar years/,
      /write 2019\/20 for the financial year/,
    ],
    ['2011-12', /December 2011/, /Dec 2011 for the month/],
    ['2019-45', /neither a month/, /mid-2019/],
    ['2023/24 Q4 - 2021/22 Q1', /ends before it starts/, /"2021\/22 Q1 - 2023\/24 Q4"/],
    ['2019/20 Q5', /cannot read/, /2019\/20 Q3 \(quarter\)/],
  ])('refuses %j, saying what is wrong and how to write it', (text, message, advice) => {
    const result = parsePeriod(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(message);
    expect(result.advice).toMatch(advice);
  });

  it('reads every period in the sample data', () => {
    const labels = [
      '2015-17',
      '2023-25',
      '2011',
      '2015/16',
      '2021/22 Q1',
      '2021/22 Q1 - 2025/26 Q3',
      'mid-2015',
      '2009-11',
    ];
    for (const label of labels) expect(parsePeriod(label).ok, label).toBe(true);
  });
});

describe('comparePeriods', () => {
  const sorted = (labels: string[]) =>
    labels
      .map(period)
      .sort(comparePeriods)
      .map((p) => p.label);

  it('orders by the day a period ends, then the day it starts', () => {
    expect(sorted(['2019', '2017-19', '2018', '2019/20', 'mid-2019', '2019-06', '2019/20 Q3'])).toEqual([
      '2018',
      '2019-06',
      'mid-2019',
      '2017-19',
      '2019',
      '2019/20 Q3',
      '2019/20',
    ]);
  });

  it('puts a cumulative range after the quarter it grows from and before the next step', () => {
    expect(sorted(['2021/22 Q1 - 2021/22 Q3', '2021/22 Q1', '2021/22 Q1 - 2021/22 Q2', '2021/22 Q2'])).toEqual([
      '2021/22 Q1',
      '2021/22 Q1 - 2021/22 Q2',
      '2021/22 Q2',
      '2021/22 Q1 - 2021/22 Q3',
    ]);
  });

  it('counts the years in a pool', () => {
    expect(pooledYears(period('2017-19'))).toBe(3);
    expect(pooledYears(period('2019'))).toBe(1);
  });
});
