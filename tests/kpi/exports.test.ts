/**
 * What Fingertips exports and Nomis downloads share: an indicator's title taken from the export
 * its figures come from when its file gives none, read from the exports in tests/fixtures/kpi
 * as tests/kpi/fingertips.test.ts reads them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/lib/kpi/csv.ts';
import { loadKpis } from '../../src/lib/kpi/load.ts';
import { indicatorFileSchema, indicatorSchema } from '../../src/lib/kpi/schema.ts';
import type { IndicatorFileAsWritten } from '../../src/lib/kpi/series.ts';
import { FINGERTIPS_EXPORTS } from '../support/fixtures.ts';
import { indicator } from './support.ts';

const EXPORTS = FINGERTIPS_EXPORTS;
const CAMPYLOBACTER = 'fingertips_93356_campylobacter_county_ua_2015-2017.csv';
const NOMIS = join(import.meta.dirname, '../fixtures/kpi/nomis/nomis_161_deaths_countries_2013-2021_subset.csv');

/** An indicator file as written without a title. */
function untitled(id: string, fields: Record<string, unknown>): [string, IndicatorFileAsWritten] {
  const { title: _title, ...rest } = indicator(fields);
  return [id, { ...indicatorFileSchema.parse(rest), file: `content/indicators/${id}.yaml` }];
}

function load(indicators: [string, IndicatorFileAsWritten][], files: { path: string; text: string }[]) {
  return loadKpis({
    indicators: new Map(indicators),
    localityIds: new Set(['england', 'bromley']),
    localityOns: new Map([
      ['E92000001', 'england'],
      ['E09000006', 'bromley'],
    ]),
    csvFiles: files,
  });
}

const campylobacterFile = {
  path: `content/kpis/${CAMPYLOBACTER}`,
  text: readFileSync(join(EXPORTS, CAMPYLOBACTER), 'utf8'),
};

describe("an indicator's title", () => {
  it("is the Fingertips export's Indicator Name when its file gives none, without the trailing line break", () => {
    const [header, first] = readCsv(campylobacterFile.text).records;
    const nameColumn = header.cells.findIndex((cell) => cell.text === 'Indicator Name');
    // The export writes the name with a line break inside its quotes.
    expect(first.cells[nameColumn].text).toMatch(/\n$/);
    const result = load(
      [untitled('campylobacter', { fingertips: { id: 93356, age: 'All ages' } })],
      [campylobacterFile],
    );
    expect(result.problems).toEqual([]);
    expect(result.indicators.get('campylobacter')?.title).toBe(first.cells[nameColumn].text.trim());
    expect(result.indicators.get('campylobacter')?.title).not.toMatch(/\s$/);
  });

  it("is the file's own when it gives one", () => {
    const titled: [string, IndicatorFileAsWritten] = [
      'campylobacter',
      { ...indicator({ title: 'Campylobacter cases', fingertips: { id: 93356, age: 'All ages' } }), file: 'x.yaml' },
    ];
    expect(load([titled], [campylobacterFile]).indicators.get('campylobacter')?.title).toBe('Campylobacter cases');
  });

  it('is a problem naming the file and field when neither the file nor an export gives one', () => {
    const result = load(
      [untitled('deaths-all-causes', { format: 'count', nomis: { GENDER_NAME: 'Total', CAUSE_OF_DEATH: 0 } })],
      [{ path: 'content/kpis/nomis.csv', text: readFileSync(NOMIS, 'utf8') }],
    );
    expect(result.problems).toEqual([
      {
        file: 'content/indicators/deaths-all-causes.yaml',
        field: 'title',
        message: 'The indicator "deaths-all-causes" has no title, and no export in content/kpis/ names it.',
        advice: expect.stringContaining('title: Deaths all causes'),
      },
    ]);
    // The rest is still read and checked.
    expect(result.series.map((s) => s.locality)).toEqual(['england']);
  });

  it('must be in an indicator as the site shows it, though its file may leave it out', () => {
    const { title: _title, ...rest } = indicator();
    expect(indicatorFileSchema.safeParse(rest).success).toBe(true);
    expect(indicatorSchema.safeParse(rest).success).toBe(false);
  });
});
