import { describe, expect, it } from 'vitest';
import { whereIs } from '../../src/lib/content/content-error.ts';
import { loadKpis } from '../../src/lib/kpi/load.ts';
import type { IndicatorFile } from '../../src/lib/kpi/series.ts';
import { indicator } from './support.ts';

const file = (id: string) => `content/indicators/${id}.yaml`;
const indicators = new Map<string, IndicatorFile>([
  ['population', { ...indicator({ format: 'count', polarity: 'no judgement' }), file: file('population') }],
  ['admissions', { ...indicator({ format: 'rate per 100,000' }), file: file('admissions') }],
  ['life', { ...indicator({ format: 'years', polarity: 'higher is better' }), file: file('life') }],
  ['change', { ...indicator({ format: 'percent' }), file: file('change') }],
  ['index', { ...indicator({ format: 'score' }), file: file('index') }],
]);
const load = (...rows: string[]) =>
  loadKpis({
    indicators,
    localityIds: new Set(['bromley']),
    csvFiles: [
      {
        path: 'content/kpis/a.csv',
        text: ['indicator,locality,period,value,count,denominator,note', ...rows].join('\n'),
      },
    ],
  });
const said = (result: ReturnType<typeof load>) => result.problems.map((p) => `${whereIs(p)}: ${p.message}`);

describe('figures a chart cannot show are refused, naming the cell', () => {
  it('a figure below zero where its indicator counts or rates something', () => {
    const result = load(
      'population,bromley,2019,-5',
      'admissions,bromley,2019,−12.5',
      'life,bromley,2019,-1',
      'change,bromley,2019,-2.5',
      'index,bromley,2019,-0.4',
    );
    expect(said(result)).toEqual([
      'content/kpis/a.csv, line 2, column D, field "value": The value "-5" is below zero, which a count cannot be.',
      'content/kpis/a.csv, line 3, column D, field "value": The value "−12.5" is below zero, which a rate cannot be.',
      'content/kpis/a.csv, line 4, column D, field "value": The value "-1" is below zero, which a number of years cannot be.',
    ]);
    expect(result.problems[0].advice).toContain('its format in content/indicators/population.yaml should be');
    expect(result.counts.rowsCharted).toBe(2);
  });

  it('a count or denominator below zero, whatever the indicator', () => {
    expect(said(load('change,bromley,2019,2.5,-3,"-1,000"'))).toEqual([
      'content/kpis/a.csv, line 2, column E, field "count": The count "-3" is below zero, which a number of people or events cannot be.',
      'content/kpis/a.csv, line 2, column F, field "denominator": The denominator "-1,000" is below zero, which a population or total cannot be.',
    ]);
  });

  it('a figure too large to keep exactly, however it is written', () => {
    const result = load(
      'population,bromley,2019,99999999999999999999999',
      `change,bromley,2019,${'9'.repeat(400)}`,
      'population,bromley,2020,"9,007,199,254,740,991"',
    );
    expect(said(result)).toEqual([
      'content/kpis/a.csv, line 2, column D, field "value": "99999999999999999999999" is too large a figure for Minuted to chart exactly: the largest it can is 9,007,199,254,740,991.',
      'content/kpis/a.csv, line 3, column D, field "value": "999999999999…" (400 characters long) is too large a figure for Minuted to chart exactly: the largest it can is 9,007,199,254,740,991.',
    ]);
    expect(result.series[0].points.map((p) => p.value)).toEqual([9007199254740991]);
  });

  it('a note with an invisible control character in it', () => {
    expect(said(load('change,bromley,2019,2.5,,,Survey\u0008 changed'))).toEqual([
      'content/kpis/a.csv, line 2, column G, field "note": The note contains an invisible control character (U+0008) after "Survey".',
    ]);
  });
});
