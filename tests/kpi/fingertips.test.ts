/**
 * Fingertips exports as downloaded (tests/fixtures/kpi/fingertips; see its SOURCES.md),
 * matched against the sample's own localities.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../src/lib/content/content-error.ts';
import { readCsv } from '../../src/lib/kpi/csv.ts';
import { isFingertipsExport } from '../../src/lib/kpi/fingertips.ts';
import { describeCounts, loadKpis } from '../../src/lib/kpi/load.ts';
import type { IndicatorFile } from '../../src/lib/kpi/series.ts';
import { FINGERTIPS_EXPORTS } from '../support/fixtures.ts';
import { indicator, localitiesOf } from './support.ts';

const EXPORTS = FINGERTIPS_EXPORTS;
const CAMPYLOBACTER = 'fingertips_93356_campylobacter_county_ua_2015-2017.csv';
const SOCIAL_ISOLATION = 'fingertips_90280_90638_social_isolation_county_ua_subset.csv';
const DRUGS = 'fingertips_drugs_mental_health_east_midlands_county_ua_pre419.csv';

const { localityIds, localityOns } = localitiesOf(join(import.meta.dirname, '../../content'));

/** An indicator of the sample's kind that takes one Fingertips series. */
function taking(id: string, fingertips: Record<string, unknown>): [string, IndicatorFile] {
  return [id, { ...indicator({ fingertips }), file: `content/indicators/${id}.yaml` }];
}

function loadExports(names: string[], indicators: Map<string, IndicatorFile>) {
  const csvFiles = names.map((name) => ({
    path: `content/kpis/${name}`,
    text: readFileSync(join(EXPORTS, name), 'utf8'),
  }));
  return loadKpis({ indicators, localityIds, localityOns, csvFiles });
}

/** The export's rows as records of its own column names, read independently of the selection under test. */
function exportRows(name: string) {
  const [header, ...rows] = readCsv(readFileSync(join(EXPORTS, name), 'utf8')).records;
  return rows.map((row) => ({
    line: row.line,
    ...Object.fromEntries(header.cells.map((cell, index) => [cell.text.trim(), row.cells[index]?.text.trim() ?? ''])),
  })) as ({ line: number } & Record<string, string>)[];
}

describe('isFingertipsExport', () => {
  it("knows an export by its header, and Minuted's own files by theirs", () => {
    const headerOf = (text: string) => readCsv(text).records[0].cells;
    expect(isFingertipsExport(headerOf(readFileSync(join(EXPORTS, DRUGS), 'utf8')))).toBe(true);
    expect(isFingertipsExport(headerOf('indicator,locality,period,value\n'))).toBe(false);
  });
});

describe('a Fingertips export as downloaded', () => {
  const campylobacter = new Map([taking('campylobacter', { id: 93356, age: 'All ages' })]);

  it('reads a name with a line break inside its quotes, CRLF line ends and rows one field short', () => {
    const result = loadExports([CAMPYLOBACTER], campylobacter);
    expect(formatProblems(result.problems)).toBe(formatProblems([]));
    const expected = exportRows(CAMPYLOBACTER).filter(
      (row) =>
        row['Age'] === 'All ages' && row['Category Type'] === '' && localityOns.has(row['Area Code']) && row['Value'],
    );
    const charted = result.series.flatMap((entry) =>
      entry.points.map((point) => [entry.locality, point.period.label, point.value, point.lowerCi, point.upperCi]),
    );
    expect(charted.sort()).toEqual(
      expected
        .map((row) => [
          localityOns.get(row['Area Code']),
          row['Time period'],
          Number(row['Value']),
          row['Lower CI 95.0 limit'] === '' ? undefined : Number(row['Lower CI 95.0 limit']),
          row['Upper CI 95.0 limit'] === '' ? undefined : Number(row['Upper CI 95.0 limit']),
        ])
        .sort(),
    );
    // Each target area has All ages for 2015 to 2017 (SOURCES.md), a row starting on every other line.
    expect(result.series.find((s) => s.locality === 'bromley')?.points).toHaveLength(3);
    expect(result.series.map((s) => s.locality)).toContain('england');
  });

  it('carries the 95% confidence limits and keeps the value notes', () => {
    const result = loadExports([CAMPYLOBACTER], campylobacter);
    const rutland = result.series.find((s) => s.locality === 'rutland')!;
    expect(rutland.points.every((p) => p.lowerCi! < p.value && p.value < p.upperCi!)).toBe(true);
    // Regions are aggregated from their counties, so Fingertips gives them no interval.
    const london = result.series.find((s) => s.locality === 'london')!;
    expect(london.points.map((p) => [p.lowerCi, p.note])).toEqual(
      london.points.map(() => [undefined, 'Aggregated from all known lower geography values']),
    );
  });

  it('skips and counts the rows no indicator or locality takes, and says why in the summary', () => {
    const result = loadExports([CAMPYLOBACTER], campylobacter);
    const rows = exportRows(CAMPYLOBACTER);
    const allAges = rows.filter((row) => row['Age'] === 'All ages');
    const breakdowns = allAges.filter((row) => row['Category Type'] !== '');
    const elsewhere = allAges.filter((row) => row['Category Type'] === '' && !localityOns.has(row['Area Code']));
    expect(result.counts).toEqual({
      files: 1,
      rowsRead: rows.length,
      rowsCharted: allAges.length - breakdowns.length - elsewhere.length,
      skipped: { series: rows.length - allAges.length, breakdown: breakdowns.length, area: elsewhere.length },
    });
    expect(describeCounts(result.counts)).toMatch(
      /^KPIs: read 852 rows from 1 file; charted \d+; skipped \d+ \(306 of series no indicator takes, \d+ broken down by a category, \d+ for areas with no locality\)\.$/,
    );
  });

  it('takes a series by sex and age, and names by line the rows with no value', () => {
    // A site that also covers the City of London, for which some years were not published.
    const withCity = new Map([...localityOns, ['E09000001', 'city-of-london']]);
    const result = loadKpis({
      indicators: new Map([
        taking('service-users-social-contact', { id: 90280, age: '18+ yrs' }),
        taking('carers-social-contact-female', { id: 90638, sex: 'female', age: '18+ YRS' }),
      ]),
      localityIds: new Set([...localityIds, 'city-of-london']),
      localityOns: withCity,
      csvFiles: [
        { path: `content/kpis/${SOCIAL_ISOLATION}`, text: readFileSync(join(EXPORTS, SOCIAL_ISOLATION), 'utf8') },
      ],
    });
    expect(result.problems).toEqual([]);
    const taken = exportRows(SOCIAL_ISOLATION).filter(
      (row) =>
        row['Category Type'] === '' &&
        withCity.has(row['Area Code']) &&
        row['Age'] === '18+ yrs' &&
        ((row['Indicator ID'] === '90280' && row['Sex'] === 'Persons') ||
          (row['Indicator ID'] === '90638' && row['Sex'] === 'Female')),
    );
    const empty = taken.filter((row) => row['Value'] === '');
    expect(empty.length).toBeGreaterThan(0);
    expect(result.counts.rowsCharted).toBe(taken.length - empty.length);
    expect(result.counts.skipped?.value).toBe(empty.length);
    const lines = empty.map((row) => (row['Value note'] ? `${row.line} ("${row['Value note']}")` : `${row.line}`));
    expect(result.notes).toEqual([
      expect.objectContaining({
        file: `content/kpis/${SOCIAL_ISOLATION}`,
        message: expect.stringContaining(`: line${lines.length === 1 ? '' : 's'} ${lines.join(', ')}.`) as string,
      }),
    ]);
    const female = taken.filter((row) => row['Sex'] === 'Female' && row['Value'] !== '');
    expect(female.length).toBeGreaterThan(0);
    expect(
      result.series.filter((s) => s.indicator === 'carers-social-contact-female').flatMap((s) => s.points),
    ).toHaveLength(female.length);
  });

  it('reads with Minuted files in one folder, and a figure an export repeats is named with its line and column', () => {
    const indicators = new Map([taking('children-leaving-care', { id: 90402, age: '<18 yrs' })]);
    const leicester = exportRows(DRUGS).find(
      (row) => row['Indicator ID'] === '90402' && row['Area Code'] === 'E06000016',
    )!;
    const own = `indicator,locality,period,value\nchildren-leaving-care,leicester,${leicester['Time period']},${leicester['Value']}\n`;
    const result = loadKpis({
      indicators,
      localityIds,
      localityOns,
      csvFiles: [
        { path: 'content/kpis/own.csv', text: own },
        { path: `content/kpis/${DRUGS}`, text: readFileSync(join(EXPORTS, DRUGS), 'utf8') },
      ],
    });
    expect(formatProblems(result.problems)).toContain(
      `✗ content/kpis/${DRUGS}, line ${leicester.line}, column L, field "period"`,
    );
    expect(result.problems[0].message).toContain('already given on line 2 of content/kpis/own.csv');
  });

  it('says which series an export has when no indicator takes any of them', () => {
    const result = loadExports([CAMPYLOBACTER], new Map());
    const series = [...new Set(exportRows(CAMPYLOBACTER).map((row) => `id: 93356, sex: Persons, age: ${row['Age']}`))];
    expect(series).toHaveLength(2);
    expect(result.notes).toEqual([
      expect.objectContaining({
        file: `content/kpis/${CAMPYLOBACTER}`,
        message: expect.stringContaining(`It has ${series.map((s) => `{ ${s} }`).join(', ')}.`) as string,
        advice: expect.stringContaining(`fingertips: { ${series[0]} }`) as string,
      }),
    ]);
    expect(result.counts.skipped).toEqual({ series: exportRows(CAMPYLOBACTER).length });
  });

  it('refuses two indicators that take one series, naming the second file', () => {
    const result = loadExports(
      [DRUGS],
      new Map([
        taking('homelessness', { id: 11501, sex: 'Not applicable', age: 'Not applicable' }),
        taking('homelessness-again', { id: 11501, sex: 'not applicable', age: 'Not applicable' }),
      ]),
    );
    expect(result.problems).toEqual([
      expect.objectContaining({ file: 'content/indicators/homelessness-again.yaml', field: 'fingertips' }),
    ]);
  });
});
