/**
 * Converts the published sample figures in tests/fixtures/kpi (see its README) into
 * Minuted's KPI format: content/indicators/<id>.yaml and content/kpis/<file>.csv. Values
 * are copied as text, never re-rounded; output is deterministic.
 *
 * The Fingertips exports in tests/fixtures/kpi/fingertips are copied as they are: an indicator
 * that also takes a series from one keeps only the figures the export does not give.
 *
 * Usage: npm exec -- node scripts/convert-kpi.ts [source folder] [content folder]
 *        (defaults: tests/fixtures/kpi and content)
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { toCsv } from '../src/lib/text/csv.ts';
import { indicatorSchema, type Indicator } from '../src/lib/kpi/schema.ts';
import { counted } from '../src/lib/text/counts.ts';
import {
  decimalsOf,
  formatOf,
  frequencyOf,
  indicatorId,
  polarityOf,
  sourceUrl,
  titleOf,
} from './kpi/indicator-fields.ts';
import { EDITIONS, EXTRA_NOTES, LOCALITY_BY_AREA_CODE, themeOf } from './kpi/sample-figures.ts';
import { EXPORT_SERIES_OF, FINGERTIPS_EXPORTS } from './kpi/sample-exports.ts';
import { readExportFigures, readSourceRows, readSourcesMarkdown, type CatalogEntry } from './kpi/source-files.ts';

const OGL = {
  name: 'Open Government Licence v3.0',
  url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
};

/** Converts every file listed in catalog.json; returns the files written, relative to the content folder. */
export function convertKpis(sourceDir: string, contentDir: string): string[] {
  const catalog = JSON.parse(readFileSync(join(sourceDir, 'catalog.json'), 'utf8')) as CatalogEntry[];
  const sources = readSourcesMarkdown(readFileSync(join(sourceDir, 'SOURCES.md'), 'utf8'));
  const titles = new Map<string, string>();
  const written: string[] = [];
  const indicatorsDir = join(contentDir, 'indicators');
  const kpisDir = join(contentDir, 'kpis');
  // Start clean so an indicator removed upstream does not linger.
  for (const dir of [indicatorsDir, kpisDir]) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }

  // A measure's own file first, so its editions can take its title.
  const isLaterEdition = (file: string) => (EDITIONS[file] && EDITIONS[file].measureFile !== file ? 1 : 0);
  for (const entry of [...catalog].sort(
    (a, b) => isLaterEdition(a.file) - isLaterEdition(b.file) || a.file.localeCompare(b.file),
  )) {
    const about = sources.get(entry.file);
    if (!about) throw new Error(`SOURCES.md has no section for ${entry.file}.`);
    const licence = about.get('Licence') ?? '';
    if (!/Open Government Licence v3\.0|OGL v3\.0/.test(licence))
      throw new Error(`${entry.file}: SOURCES.md does not give the Open Government Licence v3.0 for its data.`);
    const definition = about.get('Definition') ?? '';
    const rows = readSourceRows(readFileSync(join(sourceDir, entry.file), 'utf8'), entry.file);
    const names = [...new Set(rows.map((row) => row.indicator))];
    const several = names.length > 1;
    const ids = new Map(names.map((name) => [name, indicatorId(entry.file, name, several)]));
    const edition = EDITIONS[entry.file];
    const target = /national ambition ([\d.]+)%/i.exec(entry.polarity);

    const exported = new Map<string, string>();
    for (const name of names) {
      const own = rows.filter((row) => row.indicator === name);
      const fromExport = EXPORT_SERIES_OF.get(ids.get(name)!);
      if (fromExport) exportedFigures(sourceDir, fromExport.from.file, fromExport.series, ids.get(name)!, exported);
      const units = [...new Set(own.map((row) => row.unit))];
      if (units.length !== 1) throw new Error(`${entry.file}: "${name}" has several units (${units.join('; ')}).`);
      const measure = edition && indicatorId(edition.measureFile, name, several);
      const title = edition?.sameTitle ? titles.get(measure!)! : titleOf(name);
      titles.set(ids.get(name)!, title);
      const indicator = indicatorSchema.parse({
        title,
        description: definition,
        unit: units[0],
        format: formatOf(units[0]),
        decimals: decimalsOf(
          own.map((row) => row.value),
          formatOf(units[0]),
        ),
        polarity: polarityOf(entry.polarity),
        ...(target && { targets: { value: Number(target[1]), label: 'National ambition' } }),
        source: {
          publisher: entry.publisher,
          url: sourceUrl(entry),
          licence: OGL,
          via: `${entry.source_repo}: ${entry.source_path} (commit ${entry.commit})`,
        },
        frequency: frequencyOf(own, definition),
        theme: themeOf(entry.file),
        notes: [
          edition?.note,
          EXTRA_NOTES[entry.file],
          fromExport &&
            `Figures to ${lastPeriodOf(exported)}, with their 95% confidence intervals, are read from OHID Fingertips' export of indicator ${fromExport.series.fingertips.id} (kpis/${fromExport.from.file}).`,
        ].filter((note) => note !== undefined),
        ...(measure && { measure, edition: edition.edition }),
        ...(fromExport && { fingertips: fromExport.series.fingertips }),
      } satisfies Partial<Record<keyof Indicator, unknown>>);
      const path = join('indicators', `${ids.get(name)}.yaml`);
      const header = `# Generated by scripts/convert-kpi.ts from tests/fixtures/kpi/${entry.file} (see its SOURCES.md).\n# Change the script and run it again rather than editing this file.\n`;
      writeFileSync(join(contentDir, path), header + stringify(withoutDefaults(indicator), { lineWidth: 0 }));
      written.push(path);
    }

    const withIntervals = rows.some((row) => row.lowerCi !== '' || row.upperCi !== '');
    const csvHeader = ['indicator', 'locality', 'period', 'value', ...(withIntervals ? ['lower_ci', 'upper_ci'] : [])];
    const csvRows = rows
      .filter((row) => !givenByExport(row, ids.get(row.indicator)!, exported))
      .map((row) => [
        ids.get(row.indicator)!,
        LOCALITY_BY_AREA_CODE[row.areaCode],
        row.period,
        row.value,
        ...(withIntervals ? [row.lowerCi, row.upperCi] : []),
      ]);
    const path = join('kpis', entry.file);
    writeFileSync(join(contentDir, path), toCsv(csvHeader, csvRows));
    written.push(path);
  }
  written.push(...copyExports(sourceDir, contentDir));
  return written;
}

/** Adds an export's figures for an indicator to `into`, keyed as givenByExport looks them up. */
function exportedFigures(
  sourceDir: string,
  file: string,
  series: (typeof FINGERTIPS_EXPORTS)[number]['series'][number],
  indicator: string,
  into: Map<string, string>,
): void {
  const text = readFileSync(join(sourceDir, 'fingertips', file), 'utf8');
  for (const [key, value] of readExportFigures(text, file, series.fingertips))
    into.set(`${indicator}\u0000${key}`, value);
}

/** Whether an export gives this row's figure; a different value there is an error, never a silent choice. */
function givenByExport(
  row: { indicator: string; areaCode: string; period: string; value: string },
  indicator: string,
  exported: ReadonlyMap<string, string>,
): boolean {
  const locality = LOCALITY_BY_AREA_CODE[row.areaCode];
  const value = exported.get(`${indicator}\u0000${locality}\u0000${row.period}`);
  if (value === undefined) return false;
  if (Number(value) !== Number(row.value))
    throw new Error(
      `${indicator}, ${locality}, ${row.period}: the export gives ${value}, the published file ${row.value}.`,
    );
  return true;
}

/** The latest period among an export's figures, e.g. "2018/19". */
function lastPeriodOf(exported: ReadonlyMap<string, string>): string {
  return [...exported.keys()]
    .map((key) => key.split('\u0000')[2])
    .sort()
    .at(-1)!;
}

/** Copies each export into kpis/ unchanged and writes the indicators of its own it feeds. */
function copyExports(sourceDir: string, contentDir: string): string[] {
  const written: string[] = [];
  for (const { file, url, via, series } of FINGERTIPS_EXPORTS) {
    copyFileSync(join(sourceDir, 'fingertips', file), join(contentDir, 'kpis', file));
    written.push(join('kpis', file));
    for (const { indicator, fingertips, about } of series) {
      if (!about) continue;
      const yaml = indicatorSchema.parse({
        ...about,
        source: {
          publisher: `OHID Fingertips indicator ${fingertips.id}`,
          url,
          licence: OGL,
          via,
        },
        fingertips,
      });
      const path = join('indicators', `${indicator}.yaml`);
      const header = `# Generated by scripts/convert-kpi.ts for tests/fixtures/kpi/fingertips/${file} (see its SOURCES.md).\n# Change the script and run it again rather than editing this file.\n`;
      writeFileSync(join(contentDir, path), header + stringify(withoutDefaults(yaml), { lineWidth: 0 }));
      written.push(path);
    }
  }
  return written;
}

/** Leaves out empty lists the schema fills in anyway, so each file shows only what it says. */
function withoutDefaults(indicator: Indicator): Partial<Indicator> {
  const { notes, methodChanges, ...rest } = indicator;
  return { ...rest, ...(notes.length > 0 && { notes }), ...(methodChanges.length > 0 && { methodChanges }) };
}

if (import.meta.main) {
  const [sourceDir = 'tests/fixtures/kpi', contentDir = 'content'] = process.argv.slice(2);
  const written = convertKpis(resolve(sourceDir), resolve(contentDir));
  console.log(
    `Wrote ${counted(written.length, ['file', 'files'])} under ${contentDir}/indicators and ${contentDir}/kpis.`,
  );
}
