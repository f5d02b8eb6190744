import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ContentProblem } from '../../src/lib/content/content-error.ts';
import { ContentReader } from '../../src/lib/corpus/content-reader.ts';
import { readKpiFolder as readFolder } from '../../src/lib/corpus/kpi-folder.ts';
import { readCsv } from '../../src/lib/kpi/csv.ts';
import { seriesFor } from '../../src/lib/kpi/series.ts';
import { summariseChart } from '../../src/lib/kpi/summary.ts';
import { directionOfTravel, latestAsOf } from '../../src/lib/kpi/trend.ts';
import { parse } from 'yaml';
import { indicatorSchema } from '../../src/lib/kpi/schema.ts';
import { localitiesOf } from '../kpi/support.ts';

/** The figures of `content`, with the problems and notes found reading them. */
function readKpiFolder(content: string) {
  const problems: ContentProblem[] = [];
  const reader = new ContentReader(content, (path) => relative(dirname(content), path), problems);
  const { localityIds, localityOns } = localitiesOf(content);
  return { ...readFolder(reader, content, localityIds, localityOns), problems, notes: reader.notes };
}

describe('readKpiFolder on the committed sample content', () => {
  const loaded = readKpiFolder('content');

  it('reads every indicator and figure without a problem', () => {
    expect(loaded.problems).toEqual([]);
  });

  it('reconciles: every data row in content/kpis is charted, or counted as skipped with its reason', () => {
    const files = readdirSync('content/kpis');
    const dataRows = files.reduce(
      (sum, name) => sum + readCsv(readFileSync(join('content/kpis', name), 'utf8')).records.length - 1,
      0,
    );
    const points = loaded.series.reduce((sum, series) => sum + series.points.length, 0);
    const skipped = Object.values(loaded.counts.skipped ?? {}).reduce((sum, n) => sum + n, 0);
    expect(loaded.counts).toMatchObject({ files: files.length, rowsRead: dataRows, rowsCharted: points });
    expect(points + skipped).toBe(dataRows);
    // Only the Fingertips exports, downloaded whole, hold rows the sample does not chart.
    expect(skipped).toBeGreaterThan(0);
  });

  it('has figures for every indicator', () => {
    const charted = new Set(loaded.series.map((series) => series.indicator));
    expect(
      readdirSync('content/indicators')
        .map((name) => name.replace(/\.yaml$/, ''))
        .filter((id) => !charted.has(id)),
    ).toEqual([]);
  });

  it('tells the real Bromley healthy life expectancy story', () => {
    const indicator = indicatorSchema.parse(
      parse(readFileSync('content/indicators/healthy-life-expectancy-at-birth-female.yaml', 'utf8')),
    );
    const bromley = seriesFor(loaded.series, 'healthy-life-expectancy-at-birth-female', 'bromley')!;
    const england = seriesFor(loaded.series, 'healthy-life-expectancy-at-birth-female', 'england')!;
    expect(
      summariseChart({
        indicator,
        locality: { id: 'bromley', name: 'Bromley', points: bromley.points },
        benchmarks: [{ id: 'england', name: 'England', points: england.points }],
      }),
    ).toBe(
      'Healthy life expectancy at birth (female) in Bromley rose from 67.1 years in 2015-17 to 67.7 years in 2022-24. England: 61.3 years in 2022-24; not compared with England (no confidence interval published).',
    );
    expect(directionOfTravel(bromley.points, indicator).direction).toBe('worsening');
    expect(latestAsOf(bromley.points, '2023-06-29')?.period.label).toBe('2020-22');
  });
});

describe('readKpiFolder on broken content', () => {
  const root = mkdtempSync(join(tmpdir(), 'minuted-kpi-read-'));
  const content = join(root, 'content');
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  for (const folder of ['indicators', 'kpis', 'localities']) mkdirSync(join(content, folder), { recursive: true });
  writeFileSync(join(content, 'localities', 'bromley.yaml'), 'name: Bromley\nkind: borough\n');
  writeFileSync(
    join(content, 'indicators', 'smoking.yaml'),
    'title: Smoking\ndescription: Adults who smoke.\nunit: "%"\nformat: percentage\npolarity: lower is better\nsource:\n  publisher: ONS\n  url: https://example.org\n  licence:\n    name: OGL\nfrequency: annual\n',
  );
  writeFileSync(join(content, 'kpis', 'smoking.csv'), 'indicator,locality,period,value\nsmoking,bromley,2019,16.1\n');

  it('names the indicator file and line, and reports its rows as read but not charted', () => {
    const loaded = readKpiFolder(content);
    expect(loaded.problems).toEqual([
      expect.objectContaining({ file: 'content/indicators/smoking.yaml', line: 4, field: 'format' }),
    ]);
    expect(loaded.counts).toEqual({ files: 1, rowsRead: 1, rowsCharted: 0 });
  });
});
