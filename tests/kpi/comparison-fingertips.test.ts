/**
 * Minuted's comparison against Fingertips' own: each export carries OHID's verdict for every
 * row ("Compared to England value or percentiles", "Compared to Region …"), so the three real
 * exports in tests/fixtures/kpi/fingertips are worked examples of the published method.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareWith } from '../../src/lib/kpi/comparison.ts';
import { readCsv } from '../../src/lib/kpi/csv.ts';
import type { Indicator } from '../../src/lib/kpi/schema.ts';
import { FINGERTIPS_EXPORTS as EXPORTS } from '../support/fixtures.ts';

/** Polarity as Fingertips judges each indicator: better/worse where it has one, higher/lower where not. */
const POLARITY: Record<string, Indicator['polarity']> = {
  '93356': 'lower is better',
  '90280': 'higher is better',
  '90638': 'higher is better',
};
/**
 * Indicators Fingertips does not benchmark (violent crime; domestic abuse): their comparator
 * method is "no comparison", a setting of the indicator rather than part of the method.
 */
const NOT_BENCHMARKED = new Set(['11202', '92863']);

type Row = Record<string, string> & { line: number };

function rowsOf(file: string): Row[] {
  const [header, ...rows] = readCsv(readFileSync(join(EXPORTS, file), 'utf8')).records;
  return rows.map(
    (row) =>
      ({
        line: row.line,
        ...Object.fromEntries(header.cells.map((cell, i) => [cell.text.trim(), row.cells[i]?.text.trim() ?? ''])),
      }) as Row,
  );
}

const number = (text: string) => (text === '' ? undefined : Number(text));
const seriesKey = (row: Row) => [row['Indicator ID'], row.Sex, row.Age, row['Time period']].join('|');

/** Each row's verdict by Minuted's method beside Fingertips' own, for England and for the row's region. */
function verdicts(file: string) {
  const rows = rowsOf(file);
  const whole = new Map(
    rows.filter((row) => row['Category Type'] === '').map((row) => [`${row['Area Code']}|${seriesKey(row)}`, row]),
  );
  return rows
    .filter((row) => row['Area Code'] !== 'E92000001' && !NOT_BENCHMARKED.has(row['Indicator ID']))
    .flatMap((row) =>
      (
        [
          ['England', 'E92000001', 'Compared to England value or percentiles'],
          ['region', row['Parent Code'], 'Compared to Region value or percentiles'],
        ] as const
      ).flatMap(([name, code, column]) => {
        const comparator = whole.get(`${code}|${seriesKey(row)}`);
        if (!/^E12/.test(code) && name === 'region') return [];
        const value = number(row.Value);
        const ours =
          comparator === undefined || value === undefined || comparator.Value === ''
            ? 'not compared'
            : compareWith(
                { value, lowerCi: number(row['Lower CI 95.0 limit']), upperCi: number(row['Upper CI 95.0 limit']) },
                { value: Number(comparator.Value) },
                { polarity: POLARITY[row['Indicator ID']] ?? 'no judgement' },
              ).comparison;
        return [{ row, name, ours, theirs: row[column].toLowerCase(), comparator: number(comparator?.Value ?? '') }];
      }),
    );
}

describe("comparisons with England and the region, against Fingertips' own verdicts", () => {
  for (const file of [
    'fingertips_93356_campylobacter_county_ua_2015-2017.csv',
    'fingertips_90280_90638_social_isolation_county_ua_subset.csv',
    'fingertips_drugs_mental_health_east_midlands_county_ua_pre419.csv',
  ])
    it(`agrees on every row of ${file}, except where a published limit equals the value compared with`, () => {
      const all = verdicts(file);
      const differing = all.filter((v) => v.ours !== v.theirs);
      // At a tie the rounded figures cannot decide; Minuted counts a limit equal to the value as including it.
      for (const { row, comparator, ours } of differing) {
        expect(ours, `line ${row.line}`).toBe('similar');
        expect([number(row['Lower CI 95.0 limit']), number(row['Upper CI 95.0 limit'])]).toContain(comparator);
      }
      expect(differing.length).toBeLessThanOrEqual(2);
      const judged = all.filter((v) => v.theirs !== 'not compared');
      expect(judged.length).toBeGreaterThan(50);
      expect(new Set(judged.map((v) => v.theirs)).size).toBeGreaterThanOrEqual(3);
    });

  it('compares with the region where Fingertips does, and not where the region has no value', () => {
    const regional = verdicts('fingertips_93356_campylobacter_county_ua_2015-2017.csv').filter(
      (v) => v.name === 'region' && v.theirs !== 'not compared',
    );
    expect(regional.length).toBeGreaterThan(100);
    expect(regional.every((v) => v.ours === v.theirs)).toBe(true);
  });
});
