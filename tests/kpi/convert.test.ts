import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { convertKpis } from '../../scripts/convert-kpi.ts';
import { indicatorId } from '../../scripts/kpi/indicator-fields.ts';
import { EXPORT_SERIES_OF, FINGERTIPS_EXPORTS } from '../../scripts/kpi/sample-exports.ts';
import { LOCALITY_BY_AREA_CODE } from '../../scripts/kpi/sample-figures.ts';
import { readExportFigures } from '../../scripts/kpi/source-files.ts';
import { readCsv } from '../../src/lib/kpi/csv.ts';
import { formatValue } from '../../src/lib/kpi/summary.ts';
import { KPI_SOURCES as SOURCES } from '../support/fixtures.ts';

const CONTENT = resolve('content');

/** A CSV's rows as objects keyed by its header. */
function rowsOf(path: string): Record<string, string>[] {
  const [header, ...rows] = readCsv(readFileSync(path, 'utf8')).records;
  return rows.map((row) => Object.fromEntries(header.cells.map((cell, i) => [cell.text, row.cells[i]?.text ?? ''])));
}

describe('indicatorId', () => {
  it('splits a file holding several indicators by sex, and keeps single ones as the file name', () => {
    expect(indicatorId('life-expectancy-at-birth.csv', 'Life expectancy at birth - Female', true)).toBe(
      'life-expectancy-at-birth-female',
    );
    expect(
      indicatorId('smoking-prevalence-adults.csv', 'Smoking prevalence in adults (18+) - current smokers (APS)', false),
    ).toBe('smoking-prevalence-adults');
  });
});

describe('convert-kpi on the published figures in tests/fixtures/kpi', () => {
  const out = mkdtempSync(join(tmpdir(), 'minuted-kpi-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  convertKpis(SOURCES, out);

  it('writes exactly what is committed under content/, so the sample data is reproducible', () => {
    for (const folder of ['indicators', 'kpis']) {
      const fresh = readdirSync(join(out, folder)).sort();
      expect(readdirSync(join(CONTENT, folder)).sort()).toEqual(fresh);
      for (const name of fresh)
        expect(readFileSync(join(CONTENT, folder, name), 'utf8'), `${folder}/${name}`).toBe(
          readFileSync(join(out, folder, name), 'utf8'),
        );
    }
  });

  it('copies every published row once, with its value text unchanged and its area mapped to a locality', () => {
    const catalog = JSON.parse(readFileSync(join(SOURCES, 'catalog.json'), 'utf8')) as { file: string; rows: number }[];
    let total = 0;
    for (const { file, rows } of catalog) {
      const source = rowsOf(join(SOURCES, file));
      const converted = rowsOf(join(CONTENT, 'kpis', file));
      const fromExport = EXPORT_SERIES_OF.get(file.replace(/\.csv$/, ''));
      const exported = fromExport
        ? readExportFigures(
            readFileSync(join(SOURCES, 'fingertips', fromExport.from.file), 'utf8'),
            fromExport.from.file,
            fromExport.series.fingertips,
          )
        : new Map<string, string>();
      const kept = source.filter((row) => {
        const given = exported.get(`${LOCALITY_BY_AREA_CODE[row.area_code]}\u0000${row.period}`);
        if (given !== undefined)
          expect(Number(given), `${file} ${row.area_code} ${row.period}`).toBe(Number(row.value));
        return given === undefined;
      });
      expect(source.length, file).toBe(rows);
      expect(converted.map((row) => [row.locality, row.period, row.value])).toEqual(
        kept.map((row) => [LOCALITY_BY_AREA_CODE[row.area_code], row.period, row.value]),
      );
      total += converted.length + (source.length - kept.length);
    }
    expect(total).toBe(2401);
  });

  it('copies the Fingertips exports byte for byte, and leaves to them the figures they give', () => {
    for (const { file } of FINGERTIPS_EXPORTS)
      expect(
        readFileSync(join(CONTENT, 'kpis', file)).equals(readFileSync(join(SOURCES, 'fingertips', file))),
        file,
      ).toBe(true);
    const social = rowsOf(join(CONTENT, 'kpis', 'ascof-5a1-service-users-social-contact.csv'));
    expect(social.filter((row) => row.locality === 'bromley').map((row) => row.period)).toEqual([
      '2019/20',
      '2021/22',
      '2022/23',
      '2023/24',
      '2024/25',
    ]);
    const indicator = parse(
      readFileSync(join(CONTENT, 'indicators', 'ascof-5a1-service-users-social-contact.yaml'), 'utf8'),
    );
    expect(indicator.fingertips).toEqual({ id: 90280, sex: 'Persons', age: '18+ yrs' });
  });

  it('splits Female and Male into their own indicators, and keeps the earlier edition a separate edition of the same measure', () => {
    const female = parse(
      readFileSync(join(CONTENT, 'indicators', 'healthy-life-expectancy-at-birth-female.yaml'), 'utf8'),
    );
    const earlier = parse(
      readFileSync(
        join(CONTENT, 'indicators', 'healthy-life-expectancy-at-birth-2009-11-to-2016-18-edition-female.yaml'),
        'utf8',
      ),
    );
    expect(female).toMatchObject({
      title: 'Healthy life expectancy at birth (female)',
      format: 'years',
      polarity: 'higher is better',
      measure: 'healthy-life-expectancy-at-birth-female',
    });
    expect(earlier).toMatchObject({
      title: female.title,
      measure: female.measure,
      edition: expect.stringMatching(/^Earlier edition/),
    });
    expect(earlier.edition).not.toBe(female.edition);
    const rows = rowsOf(join(CONTENT, 'kpis', 'healthy-life-expectancy-at-birth.csv'));
    expect(new Set(rows.map((row) => row.indicator))).toEqual(
      new Set(['healthy-life-expectancy-at-birth-female', 'healthy-life-expectancy-at-birth-male']),
    );
  });

  it('shows the source, publisher and licence of every indicator, with an https link', () => {
    for (const name of readdirSync(join(CONTENT, 'indicators'))) {
      const { source } = parse(readFileSync(join(CONTENT, 'indicators', name), 'utf8'));
      expect(source.url, name).toMatch(/^https:\/\/github\.com\//);
      expect(source.licence.name, name).toBe('Open Government Licence v3.0');
      expect(source.publisher, name).not.toBe('');
    }
  });

  it('shows an unrounded source to one decimal of a percentage, and keeps its every digit in the CSV', () => {
    const turnover = parse(readFileSync(join(CONTENT, 'indicators', 'asc-workforce-turnover-oflog.yaml'), 'utf8'));
    const bromley2022 = rowsOf(join(CONTENT, 'kpis', 'asc-workforce-turnover-oflog.csv')).find(
      (row) => row.locality === 'bromley' && row.period === '2022/23',
    );
    expect(bromley2022?.value).toBe('25.06789769');
    expect(formatValue(Number(bromley2022?.value), turnover)).toBe('25.1%');
    // A score published to three decimals keeps them.
    const impact = parse(
      readFileSync(join(CONTENT, 'indicators', 'ascof-1b-adjusted-quality-of-life-impact.yaml'), 'utf8'),
    );
    expect(impact.decimals).toBe(3);
  });

  it('takes the national ambition for dementia diagnosis as its target', () => {
    const dementia = parse(readFileSync(join(CONTENT, 'indicators', 'dementia-diagnosis-rate-65plus.yaml'), 'utf8'));
    expect(dementia.targets).toEqual({ value: 66.7, label: 'National ambition' });
  });
});
