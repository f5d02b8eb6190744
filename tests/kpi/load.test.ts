import { describe, expect, it } from 'vitest';
import { formatProblems, whereIs } from '../../src/lib/content/content-error.ts';
import { describeCounts, loadKpis } from '../../src/lib/kpi/load.ts';
import { seriesFor, type IndicatorFile } from '../../src/lib/kpi/series.ts';
import { indicator } from './support.ts';

const indicators = new Map<string, IndicatorFile>([
  ['smoking-prevalence-adults', { ...indicator(), file: 'content/indicators/smoking-prevalence-adults.yaml' }],
  [
    'healthy-life-expectancy',
    {
      ...indicator({ format: 'years', polarity: 'higher is better' }),
      file: 'content/indicators/healthy-life-expectancy.yaml',
    },
  ],
]);
const localityIds = new Set(['england', 'bromley', 'havering']);
const FILE = 'content/kpis/test.csv';

function load(text: string) {
  return loadKpis({ indicators, localityIds, csvFiles: [{ path: FILE, text }] });
}

describe('loadKpis', () => {
  it('builds sorted series from rows in any order, with optional columns read as numbers', () => {
    const result = load(
      'indicator,locality,period,value,lower_ci,upper_ci,count,denominator,note\n' +
        'smoking-prevalence-adults,bromley,2020,12.7,10.1,15.3,"1,234","9,876",\n' +
        'smoking-prevalence-adults,bromley,2019,16.1,,,,,Survey changed\n',
    );
    expect(result.problems).toEqual([]);
    const series = seriesFor(result.series, 'smoking-prevalence-adults', 'bromley')!;
    expect(series.points.map((p) => p.period.label)).toEqual(['2019', '2020']);
    expect(series.points[0]).toMatchObject({ value: 16.1, note: 'Survey changed', line: 3 });
    expect(series.points[1]).toMatchObject({
      value: 12.7,
      lowerCi: 10.1,
      upperCi: 15.3,
      count: 1234,
      denominator: 9876,
    });
    expect(result.counts).toEqual({ files: 1, rowsRead: 2, rowsCharted: 2 });
  });

  it('accepts the columns in any order and in any case', () => {
    const result = load('Value,Period,Locality,Indicator\n16.1,2019,bromley,smoking-prevalence-adults\n');
    expect(result.problems).toEqual([]);
    expect(result.counts.rowsCharted).toBe(1);
  });

  it('reports each bad cell with its file, line, column and advice, and charts only the good rows', () => {
    const result = load(
      [
        'indicator,locality,period,value',
        'smoking-prevalence-adult,bromley,2019,16.1',
        'smoking-prevalence-adults,bromly,2019,16.1',
        'smoking-prevalence-adults,bromley,2019,n/a',
        'smoking-prevalence-adults,bromley,last year,16.1',
        'smoking-prevalence-adults,bromley,2018,"1,234"',
        'smoking-prevalence-adults,bromley,2018,15',
        'smoking-prevalence-adults,havering,2018,1,234',
      ].join('\n'),
    );
    const where = result.problems.map((p) => `${whereIs(p)}: ${p.message} | ${p.advice}`);
    expect(where).toEqual([
      expect.stringMatching(
        /^content\/kpis\/test\.csv, line 2, column A, field "indicator": .*"smoking-prevalence-adult"\. \| did you mean "smoking-prevalence-adults"\?/,
      ),
      expect.stringMatching(
        /^content\/kpis\/test\.csv, line 3, column B, field "locality": .*"bromly"\. \| did you mean "bromley"\?/,
      ),
      expect.stringMatching(
        /^content\/kpis\/test\.csv, line 4, column D, field "value": "n\/a" is not a number\. \| .*leave the whole row out/,
      ),
      expect.stringMatching(
        /^content\/kpis\/test\.csv, line 5, column C, field "period": .*"last year"\. \| write it as one of/,
      ),
      expect.stringMatching(
        /^content\/kpis\/test\.csv, line 7, column C, field "period": This row repeats .* 2018, already given on line 6\. \| keep one of the two rows/,
      ),
      expect.stringMatching(
        /^content\/kpis\/test\.csv, line 8, column E: This row has 5 cells but the header names 4: column E holds "234"\. \| put a value containing a comma inside double quotes/,
      ),
    ]);
    expect(seriesFor(result.series, 'smoking-prevalence-adults', 'bromley')!.points.map((p) => p.value)).toEqual([
      1234,
    ]);
    expect(result.counts).toEqual({ files: 1, rowsRead: 7, rowsCharted: 1 });
  });

  it('finds a duplicate across files, written differently, and names the first file', () => {
    const result = loadKpis({
      indicators,
      localityIds,
      csvFiles: [
        {
          path: 'content/kpis/a.csv',
          text: 'indicator,locality,period,value\nsmoking-prevalence-adults,bromley,2019-06,1\n',
        },
        {
          path: 'content/kpis/b.csv',
          text: 'indicator,locality,period,value\nsmoking-prevalence-adults,bromley,Jun 2019,2\n',
        },
      ],
    });
    expect(result.problems).toEqual([
      expect.objectContaining({
        file: 'content/kpis/b.csv',
        line: 2,
        message: expect.stringMatching(/already given on line 2 of content\/kpis\/a\.csv/),
      }),
    ]);
  });

  it('refuses confidence limits that do not contain the value', () => {
    const result = load(
      'indicator,locality,period,value,lower_ci,upper_ci\nsmoking-prevalence-adults,bromley,2019,16.1,17,18\n',
    );
    expect(result.problems).toEqual([
      expect.objectContaining({
        line: 2,
        column: 5,
        field: 'lower_ci',
        message: 'The lower confidence limit 17 is above the value 16.1.',
      }),
    ]);
  });

  it('accepts a value published rounded just outside its unrounded interval, as Fingertips writes England', () => {
    const rounded = load(
      'indicator,locality,period,value,lower_ci,upper_ci\nsmoking-prevalence-adults,bromley,2016,17,17.02501286,17.07163419\n',
    );
    expect(rounded.problems).toEqual([]);
    const beyond = load(
      'indicator,locality,period,value,lower_ci,upper_ci\nsmoking-prevalence-adults,bromley,2016,17.0,17.06,17.1\n',
    );
    expect(beyond.problems).toEqual([expect.objectContaining({ field: 'lower_ci' })]);
  });

  it('reports a header without a required column, an unknown column and an empty file', () => {
    const missing = load('indicator,locality,value,lower_cl\nsmoking-prevalence-adults,bromley,16.1,1\n');
    expect(missing.problems).toEqual([
      expect.objectContaining({ line: 1, column: 4, advice: 'did you mean "lower_ci"?' }),
      expect.objectContaining({
        line: 1,
        column: 1,
        message: expect.stringMatching(/no "period" column, so none of its rows can be read/),
      }),
    ]);
    expect(missing.counts).toEqual({ files: 1, rowsRead: 1, rowsCharted: 0 });
    expect(load('').problems).toEqual([
      expect.objectContaining({ file: FILE, line: 1, message: 'The file is empty.' }),
    ]);
  });

  it('reports a per-locality target for a locality that does not exist', () => {
    const withTarget = new Map(indicators).set('smoking-prevalence-adults', {
      ...indicator({ targets: [{ locality: 'haverin', value: 10 }] }),
      file: 'content/indicators/smoking-prevalence-adults.yaml',
    });
    const result = loadKpis({ indicators: withTarget, localityIds, csvFiles: [] });
    expect(result.problems).toEqual([
      expect.objectContaining({
        file: 'content/indicators/smoking-prevalence-adults.yaml',
        field: 'targets[0].locality',
        advice: 'did you mean "havering"?',
      }),
    ]);
  });

  it('gives a report a clerk can act on', () => {
    const result = load('indicator,locality,period,value\nsmoking-prevalence-adults,bromley,2019,n/a\n');
    expect(formatProblems(result.problems)).toContain('✗ content/kpis/test.csv, line 2, column D, field "value"');
  });
});

describe('describeCounts', () => {
  it('says how many rows were read and charted, and how many were not', () => {
    expect(describeCounts({ files: 52, rowsRead: 2401, rowsCharted: 2401 })).toBe(
      'KPIs: read 2,401 rows from 52 files; charted 2,401.',
    );
    expect(describeCounts({ files: 1, rowsRead: 7, rowsCharted: 6 })).toBe(
      'KPIs: read 7 rows from 1 file; charted 6; 1 row has a problem.',
    );
    expect(
      describeCounts({ files: 2, rowsRead: 1850, rowsCharted: 60, skipped: { series: 1500, area: 285, value: 4 } }),
    ).toBe(
      'KPIs: read 1,850 rows from 2 files; charted 60; skipped 1,789 (1,500 of series no indicator takes, 285 for areas with no locality, 4 with no value); 1 row has a problem.',
    );
  });
});
