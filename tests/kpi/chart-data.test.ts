import { describe, expect, it } from 'vitest';
import { benchmarkLocalities, chartCsv, chartData, chartTable } from '../../src/lib/kpi/chart-data.ts';
import { readCsv } from '../../src/lib/kpi/csv.ts';
import { indicator, point } from './support.ts';

const smoking = indicator({
  title: 'Smoking prevalence in routine and manual occupations',
  targets: { value: 12, label: 'Local ambition' },
});
const bromley = {
  id: 'bromley',
  name: 'Bromley',
  points: [point('2018', 26.3), point('2019', 24.1), point('2019-21', 22.9), point('2020-22', 21)],
};
const england = {
  id: 'england',
  name: 'England',
  points: [point('2018', 25.4), point('2019', 23.2), point('2019-21', 24.5)],
};

describe('chartData', () => {
  const data = chartData([{ id: 'smoking-rm', indicator: smoking, locality: bromley, benchmarks: [england] }]);

  it('draws one line per place and comparable segment, aligned with periods in order', () => {
    expect(data.periods).toEqual(['2018', '2019', '2019-21', '2020-22']);
    expect(data.lines).toEqual([
      {
        label: 'Bromley (single years)',
        place: 'Bromley',
        role: 'locality',
        segment: 0,
        values: [26.3, 24.1, null, null],
      },
      {
        label: 'Bromley (3 years pooled)',
        place: 'Bromley',
        role: 'locality',
        segment: 1,
        values: [null, null, 22.9, 21],
      },
      {
        label: 'England (single years)',
        place: 'England',
        role: 'benchmark',
        segment: 0,
        values: [25.4, 23.2, null, null],
      },
      {
        label: 'England (3 years pooled)',
        place: 'England',
        role: 'benchmark',
        segment: 1,
        values: [null, null, 24.5, null],
      },
    ]);
  });

  it('carries the summary, the target and the format', () => {
    expect(data.summary).toMatch(
      /^Smoking prevalence in routine and manual occupations in Bromley fell from 22\.9% in 2019-21 to 21\.0% in 2020-22/,
    );
    expect(data.target).toEqual({ label: 'Local ambition', value: 12 });
    expect(data.format).toBe('percent');
  });

  it('carries confidence intervals aligned with periods, only on lines that have them', () => {
    const withCi = {
      ...bromley,
      points: [point('2018', 26.3, [23.1, 29.5]), point('2019', 24.1), point('2019-21', 22.9, [21, 24.8])],
    };
    const drawn = chartData([{ id: 'smoking-rm', indicator: smoking, locality: withCi, benchmarks: [england] }]);
    expect(drawn.lines.map((line) => line.intervals)).toEqual([
      [[23.1, 29.5], null, null],
      [null, null, [21, 24.8]],
      undefined,
      undefined,
    ]);
    expect(drawn.axis).toEqual({ title: '%', fromZero: true, low: 21, high: 29.5 });
    expect(data.axis).toEqual({ title: '%', fromZero: true });
  });

  it.each([
    ['percent', true],
    ['rate per 100,000', true],
    ['count', true],
    ['years', false],
    ['score', false],
  ] as const)('starts the axis of a %s at zero: %s, and says so when it does not', (format, fromZero) => {
    const shown = chartData([
      { id: 'x', indicator: indicator({ format, unit: 'Units' }), locality: bromley, benchmarks: [] },
    ]);
    expect(shown.axis).toEqual({
      title: fromZero ? 'Units' : 'Units (axis does not start at zero)',
      fromZero,
    });
  });

  it("rounds the figures it writes to the indicator's decimals", () => {
    const precise = { id: 'bromley', name: 'Bromley', points: [point('2018', 25.06789769), point('2019', 24.04)] };
    const shown = chartData([{ id: 'x', indicator: smoking, locality: precise, benchmarks: [] }]);
    expect(shown.summary).toMatch(/fell from 25\.1% in 2018 to 24\.0% in 2019/);
    expect(shown.lines[0].values).toEqual([25.06789769, 24.04]);
  });

  it('keeps editions of a measure on separate lines, named by edition', () => {
    const current = indicator({ title: 'Healthy life expectancy', measure: 'hle', edition: 'Current edition' });
    const earlier = indicator({ title: 'Healthy life expectancy', measure: 'hle', edition: 'Earlier edition' });
    const editions = chartData([
      {
        id: 'hle',
        indicator: current,
        locality: { id: 'bromley', name: 'Bromley', points: [point('2015-17', 67.1), point('2016-18', 65.8)] },
        benchmarks: [],
      },
      {
        id: 'hle-earlier',
        indicator: earlier,
        locality: { id: 'bromley', name: 'Bromley', points: [point('2015-17', 66.2), point('2016-18', 66.9)] },
        benchmarks: [],
      },
    ]);
    expect(editions.lines.map((line) => [line.label, line.values])).toEqual([
      ['Bromley (Current edition)', [67.1, 65.8]],
      ['Bromley (Earlier edition)', [66.2, 66.9]],
    ]);
    expect(editions.summary).toMatch(/^Current edition: .* Earlier edition: /);
  });
});

describe('chartTable', () => {
  it('gives each line a column, its intervals beside it, and the target, rounded to the decimals', () => {
    const withCi = { ...bromley, points: [point('2018', 26.34, [23.06, 29.5]), point('2019', 24.1)] };
    const table = chartTable(
      chartData([{ id: 'smoking-rm', indicator: smoking, locality: withCi, benchmarks: [england] }]),
    );
    expect(table.head).toEqual([
      { text: 'Bromley' },
      { text: 'Bromley: 95% confidence interval', interval: true },
      { text: 'England (single years)' },
      { text: 'England (3 years pooled)' },
      { text: 'Local ambition' },
    ]);
    expect(table.rows[0]).toEqual({
      period: '2018',
      cells: [
        { text: '26.3%' },
        { text: '23.1% to 29.5%', interval: true },
        { text: '25.4%' },
        { text: '–' },
        { text: '12.0%' },
      ],
    });
    expect(table.rows[1].cells[1]).toEqual({ text: '–', interval: true });
  });
});

describe('chartCsv', () => {
  it('holds exactly the points behind the chart, negative numbers intact and text defused', () => {
    const places = { id: 'bromley', name: '=Bromley', points: [point('2019', -3.5), point('2020', 1234.5)] };
    const csv = chartCsv([{ id: 'change', indicator: indicator(), locality: places, benchmarks: [england] }]);
    const rows = readCsv(csv).records.map((record) => record.cells.map((cell) => cell.text));
    expect(rows[0]).toEqual([
      'indicator',
      'edition',
      'locality',
      'period',
      'period_start',
      'period_end',
      'value',
      'lower_ci',
      'upper_ci',
      'note',
    ]);
    expect(rows.slice(1, 3)).toEqual([
      ['change', '', "'=Bromley", '2019', '2019-01-01', '2019-12-31', '-3.5', '', '', ''],
      ['change', '', "'=Bromley", '2020', '2020-01-01', '2020-12-31', '1234.5', '', '', ''],
    ]);
    expect(rows.length - 1).toBe(places.points.length + england.points.length);
  });
});

describe('benchmarkLocalities', () => {
  const parents: Record<string, string> = {
    bromley: 'south-east-london',
    'south-east-london': 'london',
    london: 'england',
  };

  it('gives the ancestors with figures, nearest first, skipping those without', () => {
    expect(
      benchmarkLocalities(
        'bromley',
        (id) => parents[id],
        (id) => id !== 'south-east-london',
      ),
    ).toEqual(['london', 'england']);
    expect(
      benchmarkLocalities(
        'england',
        (id) => parents[id],
        () => true,
      ),
    ).toEqual([]);
  });

  it('stops at a loop in the locality tree rather than hanging', () => {
    expect(
      benchmarkLocalities(
        'a',
        (id) => ({ a: 'b', b: 'a' })[id],
        () => true,
      ),
    ).toEqual(['b']);
  });
});
