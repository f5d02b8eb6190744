/**
 * A Nomis download as committed by ONS to a public repository (tests/fixtures/kpi/nomis; see
 * its SOURCES.md), matched against the sample's own localities.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../src/lib/content/content-error.ts';
import { readCsv } from '../../src/lib/kpi/csv.ts';
import { describeCounts, loadKpis } from '../../src/lib/kpi/load.ts';
import { isNomisDownload, nomisPeriod } from '../../src/lib/kpi/nomis.ts';
import { indicatorFileSchema } from '../../src/lib/kpi/schema.ts';
import type { IndicatorFileAsWritten } from '../../src/lib/kpi/series.ts';
import { indicator, localitiesOf } from './support.ts';

const FIXTURE = join(import.meta.dirname, '../fixtures/kpi/nomis/nomis_161_deaths_countries_2013-2021_subset.csv');
const text = readFileSync(FIXTURE, 'utf8');

const { localityIds, localityOns } = localitiesOf(join(import.meta.dirname, '../../content'));

const ALL_CAUSES = 'A00-R99,U00-Y89 All causes, all ages';

/** An indicator of deaths that takes one series of the download. */
function taking(id: string, nomis: Record<string, string>, overrides: Record<string, unknown> = {}) {
  const written = indicatorFileSchema.parse({
    ...indicator({ format: 'count', unit: 'Deaths registered', polarity: 'no judgement' }),
    nomis,
    ...overrides,
  });
  return [id, { ...written, file: `content/indicators/${id}.yaml` }] as [string, IndicatorFileAsWritten];
}

function load(indicators: [string, IndicatorFileAsWritten][], csv = text) {
  return loadKpis({
    indicators: new Map(indicators),
    localityIds,
    localityOns,
    csvFiles: [{ path: 'content/kpis/nomis-deaths.csv', text: csv }],
  });
}

/** The download's rows as records of its own column names, read independently of the reader under test. */
function downloadRows() {
  const [header, ...rows] = readCsv(text).records;
  return rows.map((row) => ({
    line: row.line,
    ...Object.fromEntries(header.cells.map((cell, index) => [cell.text, row.cells[index]?.text ?? ''])),
  })) as ({ line: number } & Record<string, string>)[];
}

const allDeaths = taking('deaths-all-causes', { CAUSE_OF_DEATH_NAME: ALL_CAUSES, gender_name: 'Total' });

describe('isNomisDownload', () => {
  it('knows a download by its header, and Minuted’s own files by theirs', () => {
    expect(isNomisDownload(readCsv(text).records[0].cells)).toBe(true);
    expect(isNomisDownload(readCsv('indicator,locality,period,value\n').records[0].cells)).toBe(false);
  });
});

describe('a Nomis download as committed', () => {
  it("charts the series an indicator's columns select, for the areas that are localities, by year", () => {
    const result = load([allDeaths]);
    expect(formatProblems(result.problems)).toBe(formatProblems([]));
    const expected = downloadRows().filter(
      (row) =>
        row['CAUSE_OF_DEATH_NAME'] === ALL_CAUSES &&
        row['GENDER_NAME'] === 'Total' &&
        localityOns.has(row['GEOGRAPHY_CODE']),
    );
    // Of the sample's areas the download covers England alone, 2013 to 2021.
    expect(result.series.map((s) => s.locality)).toEqual(['england']);
    const england = result.series[0].points;
    expect(england.map((p) => [p.period.label, p.period.start, p.period.end, p.value, p.line])).toEqual(
      expected.map((row) => [
        row['DATE_NAME'],
        `${row['DATE_NAME']}-01-01`,
        `${row['DATE_NAME']}-12-31`,
        Number(row['OBS_VALUE']),
        row.line,
      ]),
    );
    expect(england.map((p) => p.period.label)).toEqual([
      '2013',
      '2014',
      '2015',
      '2016',
      '2017',
      '2018',
      '2019',
      '2020',
      '2021',
    ]);
    expect(england[0].value).toBe(473550);
  });

  it('skips and counts the rows of other series and of areas with no locality', () => {
    const result = load([allDeaths]);
    const rows = downloadRows();
    const taken = rows.filter((row) => row['CAUSE_OF_DEATH_NAME'] === ALL_CAUSES && row['GENDER_NAME'] === 'Total');
    const elsewhere = taken.filter((row) => !localityOns.has(row['GEOGRAPHY_CODE']));
    expect(result.counts).toEqual({
      files: 1,
      rowsRead: rows.length,
      rowsCharted: taken.length - elsewhere.length,
      skipped: { series: rows.length - taken.length, area: elsewhere.length },
    });
    expect(describeCounts(result.counts)).toBe(
      'KPIs: read 270 rows from 1 file; charted 9; skipped 261 (225 of series no indicator takes, 36 for areas with no locality).',
    );
  });

  it('takes a series by several columns in any case, and two indicators their own series', () => {
    const result = load([
      allDeaths,
      taking('deaths-heat-female', {
        cause_of_death_name: 'x30 exposure to excessive natural heat',
        GENDER_NAME: 'female',
      }),
    ]);
    expect(result.problems).toEqual([]);
    const heat = result.series.find((s) => s.indicator === 'deaths-heat-female')!;
    const expected = downloadRows().filter(
      (row) =>
        row['CAUSE_OF_DEATH_NAME'] === 'X30 Exposure to excessive natural heat' &&
        row['GENDER_NAME'] === 'Female' &&
        row['GEOGRAPHY_CODE'] === 'E92000001',
    );
    expect(heat.points.map((p) => [p.period.label, p.value])).toEqual(
      expected.map((row) => [row['DATE_NAME'], Number(row['OBS_VALUE'])]),
    );
  });

  it('says which series the download has when no indicator takes any', () => {
    const result = load([taking('deaths', { CAUSE_OF_DEATH_NAME: 'no such cause' })]);
    expect(result.series).toEqual([]);
    expect(result.notes).toHaveLength(1);
    expect(result.notes[0].message).toContain(
      `No indicator takes any of the figures in this Nomis download, so none is charted. It has { CAUSE_OF_DEATH_NAME: "${ALL_CAUSES}", GENDER_NAME: "Total", AGE_NAME: "total (all ages)", MEASURE_NAME: "Deaths", MEASURES_NAME: "Value" }`,
    );
    expect(result.notes[0].advice).toContain('"nomis" field');
  });

  it('reports an indicator whose columns select more than one series', () => {
    const result = load([taking('deaths', { CAUSE_OF_DEATH_NAME: ALL_CAUSES })]);
    const rows = downloadRows().filter(
      (row) => row['CAUSE_OF_DEATH_NAME'] === ALL_CAUSES && row['GEOGRAPHY_CODE'] === 'E92000001',
    );
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ file: 'content/kpis/nomis-deaths.csv', line: rows[1].line });
    expect(result.problems[0].message).toContain(
      `"Total", AGE_NAME: "total (all ages)", MEASURE_NAME: "Deaths", MEASURES_NAME: "Value" } on line ${rows[0].line} and { CAUSE_OF_DEATH_NAME: "${ALL_CAUSES}", GENDER_NAME: "Male"`,
    );
    expect(result.series[0].points.map((p) => p.line)).toEqual(
      rows.filter((row) => row['GENDER_NAME'] === 'Total').map((row) => row.line),
    );
  });

  it('names by line the figures Nomis marks as missing or confidential, and charts a gap', () => {
    // The download has no suppressed figure, so two of its own lines have their figure taken
    // out, flagged as Nomis flags a missing and a confidential one; nothing else is changed.
    const lines = text.split('\n');
    const [at, england2015] = ['2014', '2015'].map(
      (year) =>
        downloadRows().find(
          (row) =>
            row['CAUSE_OF_DEATH_NAME'] === ALL_CAUSES &&
            row['GENDER_NAME'] === 'Total' &&
            row['GEOGRAPHY_CODE'] === 'E92000001' &&
            row['DATE_NAME'] === year,
        )!.line - 1,
    );
    lines[at] = lines[at].replace(',468875,"A","Normal Value",', ',,"Q","These figures are missing.",');
    lines[england2015] = lines[england2015].replace(/,FALSE,"Free \(free for publication\)"/, ',TRUE,"Confidential"');
    const result = load([allDeaths], lines.join('\n'));
    expect(result.problems).toEqual([]);
    expect(result.series[0].points.map((p) => p.period.label)).toEqual([
      '2013',
      '2016',
      '2017',
      '2018',
      '2019',
      '2020',
      '2021',
    ]);
    expect(result.counts.skipped).toMatchObject({ value: 2 });
    expect(result.notes.map((note) => note.message)).toEqual([
      `2 rows of figures Minuted would chart have no value, so their charts show gaps: lines ${at + 1} ("These figures are missing."), ${england2015 + 1} ("Confidential").`,
    ]);
  });
});

describe('nomisPeriod', () => {
  it('reads the dates Nomis writes as the periods they are', () => {
    expect(nomisPeriod('2021', 'date_name')).toEqual({ ok: true, label: '2021' });
    expect(nomisPeriod('Jan 2021-Dec 2021', 'date_name')).toEqual({ ok: true, label: '2021' });
    expect(nomisPeriod('Apr 2020-Mar 2021', 'date_name')).toEqual({ ok: true, label: '2020/21' });
    expect(nomisPeriod('Jul 2020-Jun 2021', 'date_name')).toEqual({ ok: true, label: 'Jul 2020 - Jun 2021' });
    expect(nomisPeriod('October 2019-September 2020', 'date_name')).toEqual({
      ok: true,
      label: 'Oct 2019 - Sep 2020',
    });
    expect(nomisPeriod('March 2021', 'date_name')).toEqual({ ok: true, label: 'March 2021' });
    expect(nomisPeriod('2021-03', 'date_name')).toEqual({ ok: true, label: '2021-03' });
  });

  it('refuses a date code that may be a month or the twelve months to it, and a date it cannot read', () => {
    expect(nomisPeriod('2021-12', 'date')).toMatchObject({ ok: false, advice: expect.stringContaining('DATE_NAME') });
    expect(nomisPeriod('2021 week 3', 'date_name')).toMatchObject({
      ok: false,
      message: 'Minuted cannot read the Nomis date "2021 week 3".',
    });
  });
});

describe('the nomis field', () => {
  it('takes columns and their values, a number as its text, and refuses an empty one', () => {
    const parsed = indicatorFileSchema.parse({ ...indicator(), nomis: { GENDER_NAME: 'Total', CAUSE_OF_DEATH: 0 } });
    expect(parsed.nomis).toEqual({ GENDER_NAME: 'Total', CAUSE_OF_DEATH: '0' });
    const empty = indicatorFileSchema.safeParse({ ...indicator(), nomis: {} });
    expect(empty.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [['nomis'], 'name at least one column of the download and its value, e.g. GENDER_NAME: Total'],
    ]);
    expect(indicatorFileSchema.safeParse({ ...indicator(), nomis: { GENDER_NAME: '' } }).success).toBe(false);
  });
});
