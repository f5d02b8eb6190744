/**
 * Converts the published sample figures in tests/fixtures/kpi (see its README) into
 * Minuted's KPI format: content/indicators/<id>.yaml and content/kpis/<file>.csv. Values
 * are copied as text, never re-rounded; output is deterministic.
 *
 * Usage: npm exec -- node scripts/convert-kpi.ts [source folder] [content folder]
 *        (defaults: tests/fixtures/kpi and content)
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { parseNumber, readCsv, toCsv } from '../src/lib/kpi/csv.ts';
import { parsePeriod } from '../src/lib/kpi/periods.ts';
import { indicatorSchema, type Indicator, type IndicatorFormat, type Polarity } from '../src/lib/kpi/schema.ts';
import { counted } from '../src/lib/text/counts.ts';

/** ONS area codes of the sample localities and their ids in content/localities/. */
export const LOCALITY_BY_AREA_CODE: Readonly<Record<string, string>> = {
  E92000001: 'england',
  E12000007: 'london',
  E12000004: 'east-midlands',
  E09000006: 'bromley',
  E09000016: 'havering',
  E10000019: 'lincolnshire',
  E06000016: 'leicester',
  E10000018: 'leicestershire',
  E06000017: 'rutland',
};

const OGL = {
  name: 'Open Government Licence v3.0',
  url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
};

/**
 * Files that are editions of one measure: ONS/OHID revised the estimates, or DHSC replaced
 * the method, so they are kept apart and never joined into one line.
 */
const EDITIONS: Readonly<Record<string, { measureFile: string; edition: string; note: string; sameTitle?: true }>> = {
  'healthy-life-expectancy-at-birth.csv': {
    measureFile: 'healthy-life-expectancy-at-birth.csv',
    edition: 'Current edition (Fingertips extract of 2026)',
    note: 'ONS revised these estimates after the earlier edition was published: do not compare the two editions, even for the same period.',
  },
  'healthy-life-expectancy-at-birth-2009-11-to-2016-18-edition.csv': {
    measureFile: 'healthy-life-expectancy-at-birth.csv',
    edition: 'Earlier edition (2009-11 to 2016-18, Fingertips extract of 2019-20)',
    note: 'Earlier edition: ONS later revised these estimates, so values for 2015-17 and 2016-18 differ from the current edition. Not comparable with it.',
    sameTitle: true,
  },
  'inequality-in-life-expectancy-sii.csv': {
    measureFile: 'inequality-in-life-expectancy-sii.csv',
    edition: 'Current edition (Fingertips extract of 2026)',
    note: 'Not comparable with the earlier edition, even for the same period.',
  },
  'inequality-in-life-expectancy-sii-2010-12-to-2015-17-edition.csv': {
    measureFile: 'inequality-in-life-expectancy-sii.csv',
    edition: 'Earlier edition (2010-12 to 2015-17, Fingertips extract of 2019-20)',
    note: 'Earlier edition: not comparable with the current edition, even for the same period.',
    sameTitle: true,
  },
  'ascof-2a2-permanent-admissions-care-homes-65plus.csv': {
    measureFile: 'ascof-2a2-permanent-admissions-care-homes-65plus.csv',
    edition: 'SALT return method (to 2023/24)',
    note: 'Replaced from 2024/25 by ASCOF 2C on client level data, which is not comparable.',
  },
  'ascof-2c-care-home-admissions-65plus-2024-25.csv': {
    measureFile: 'ascof-2a2-permanent-admissions-care-homes-65plus.csv',
    edition: 'Client level data method (from 2024/25)',
    note: 'New method from 2024/25 (client level data): not comparable with earlier years.',
  },
  'ascof-2a1-permanent-admissions-care-homes-18-64.csv': {
    measureFile: 'ascof-2a1-permanent-admissions-care-homes-18-64.csv',
    edition: 'SALT return method (to 2023/24)',
    note: 'Replaced from 2024/25 by ASCOF 2B on client level data, which is not comparable.',
  },
  'ascof-2b-care-home-admissions-18-64-2024-25.csv': {
    measureFile: 'ascof-2a1-permanent-admissions-care-homes-18-64.csv',
    edition: 'Client level data method (from 2024/25)',
    note: 'New method from 2024/25 (client level data): not comparable with earlier years.',
  },
  'ascof-2b1-still-at-home-91-days-after-reablement.csv': {
    measureFile: 'ascof-2b1-still-at-home-91-days-after-reablement.csv',
    edition: 'SALT return method (to 2023/24)',
    note: 'Replaced from 2024/25 by ASCOF 2D(1) on client level data, which is not comparable.',
  },
  'ascof-2d1-reablement-remained-in-community-2024-25.csv': {
    measureFile: 'ascof-2b1-still-at-home-91-days-after-reablement.csv',
    edition: 'Client level data method (from 2024/25)',
    note: 'New method from 2024/25 (client level data): not comparable with earlier years.',
  },
  'ascof-2b2-reablement-offered-after-discharge.csv': {
    measureFile: 'ascof-2b2-reablement-offered-after-discharge.csv',
    edition: 'SALT return method (to 2023/24)',
    note: 'Replaced from 2024/25 by ASCOF 2D(2) on client level data, which is not comparable.',
  },
  'ascof-2d2-reablement-offered-after-discharge-2024-25.csv': {
    measureFile: 'ascof-2b2-reablement-offered-after-discharge.csv',
    edition: 'Client level data method (from 2024/25)',
    note: 'New method from 2024/25 (client level data): not comparable with earlier years.',
  },
  'ascof-2d-short-term-services-outcome.csv': {
    measureFile: 'ascof-2d-short-term-services-outcome.csv',
    edition: 'SALT return method (to 2023/24)',
    note: 'Replaced from 2024/25 by ASCOF 2A on client level data, which is not comparable.',
  },
  'ascof-2a-reablement-no-further-request-2024-25.csv': {
    measureFile: 'ascof-2d-short-term-services-outcome.csv',
    edition: 'Client level data method (from 2024/25)',
    note: 'New method from 2024/25 (client level data): not comparable with earlier years.',
  },
};

/** Notes from SOURCES.md's "How values were handled" that belong beside particular charts. */
const EXTRA_NOTES: Readonly<Record<string, string>> = {
  'population-all-ages.csv':
    'Estimates as originally published for each year; ONS has since revised them after Census 2021.',
  'population-aged-65-plus.csv':
    'Estimates as originally published for each year; ONS has since revised them after Census 2021.',
};

interface CatalogEntry {
  file: string;
  indicators: string[];
  polarity: string;
  publisher: string;
  source_repo: string;
  source_path: string;
  commit: string;
}

interface SourceRow {
  indicator: string;
  areaCode: string;
  period: string;
  value: string;
  unit: string;
  lowerCi: string;
  upperCi: string;
}

/** What SOURCES.md says about each file: its "- **Key:** value" lines under "### `file`". */
export function readSourcesMarkdown(text: string): Map<string, Map<string, string>> {
  const sections = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    const heading = /^### `([^`]+)`/.exec(line);
    if (heading) sections.set(heading[1], (current = new Map()));
    else if (line.startsWith('## ')) current = undefined;
    for (const field of line.matchAll(/\*\*([^*]+):\*\* ([^*]*?)(?=\s*(?:\*\*|$))/g))
      current?.set(field[1], field[2].trim());
  }
  return sections;
}

/** The indicator id for one indicator name in a file: the file name, plus "-female"/"-male"/"-persons" where a file holds several. */
export function indicatorId(file: string, name: string, several: boolean): string {
  const base = file.replace(/\.csv$/, '');
  return several ? `${base}-${sexOf(name)!.toLowerCase()}` : base;
}

function sexOf(name: string): string | undefined {
  return / - (Female|Male|Persons)$/.exec(name)?.[1];
}

/** "Healthy life expectancy at birth - Female" → "Healthy life expectancy at birth (female)". */
function titleOf(name: string): string {
  const sex = sexOf(name);
  const title = sex ? name.slice(0, -` - ${sex}`.length) : name;
  if (!sex) return title;
  return title.endsWith(')') ? `${title}, ${sex.toLowerCase()}` : `${title} (${sex.toLowerCase()})`;
}

function formatOf(unit: string): IndicatorFormat {
  if (unit.startsWith('%') || unit.includes('%)')) return 'percent';
  if (/per 100,000/.test(unit)) return 'rate per 100,000';
  if (unit === 'Years') return 'years';
  if (unit === 'Persons') return 'count';
  if (unit.startsWith('Score')) return 'score';
  throw new Error(`No format for the unit "${unit}": add it to formatOf in scripts/convert-kpi.ts.`);
}

function polarityOf(text: string): Polarity {
  if (/^Higher is better/i.test(text)) return 'higher is better';
  if (/^Lower is better/i.test(text)) return 'lower is better';
  if (/^n\/a/i.test(text)) return 'no judgement';
  throw new Error(`Unknown polarity "${text}" in catalog.json.`);
}

/** A link to the exact file the figures were copied from, at the commit read. */
function sourceUrl(entry: CatalogEntry): string {
  const [repo, ...otherRepos] = entry.source_repo.match(/\b[A-Za-z][\w.-]*\/[A-Za-z][\w.-]*/g)!;
  const paths = entry.source_path.split(';').map((path) => path.replace(/\s*\(.*\)\s*$/, '').trim());
  const commit = entry.commit.split(';')[0].trim();
  // With several repositories, each path belongs to one of them: link the first.
  if (paths.length === 1 || otherRepos.length > 0)
    return `https://github.com/${repo}/blob/${commit}/${encodePath(paths[0])}`;
  // Several files (e.g. one per year) are linked by the folder they share.
  const folders = paths.map((path) => path.split('/').slice(0, -1));
  const shared = folders[0].filter((part, i) => folders.every((folder) => folder[i] === part));
  return `https://github.com/${repo}/tree/${commit}/${encodePath(shared.join('/'))}`;
}

function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function decimalsOf(values: readonly string[]): number {
  return Math.max(0, ...values.map((value) => /\.(\d+)$/.exec(value)?.[1].length ?? 0));
}

function frequencyOf(rows: readonly SourceRow[], definition: string): Indicator['frequency'] {
  if (rows.some((row) => / Q[1-4]/.test(row.period))) return 'quarterly';
  if (/biennial/i.test(definition)) return 'biennial';
  return 'annual';
}

function readSourceRows(text: string, file: string): SourceRow[] {
  const { records, problems } = readCsv(text);
  if (problems.length > 0) throw new Error(`${file}, line ${problems[0].line}: ${problems[0].message}`);
  const [header, ...rows] = records;
  const column = (name: string) => {
    const index = header.cells.findIndex((cell) => cell.text === name);
    if (index < 0) throw new Error(`${file} has no "${name}" column.`);
    return index;
  };
  const at = {
    indicator: column('indicator'),
    areaCode: column('area_code'),
    period: column('period'),
    value: column('value'),
    unit: column('unit'),
    lowerCi: column('lower_ci'),
    upperCi: column('upper_ci'),
  };
  return rows.map((row) => {
    const cell = (index: number) => row.cells[index]?.text.trim() ?? '';
    const read: SourceRow = {
      indicator: cell(at.indicator),
      areaCode: cell(at.areaCode),
      period: cell(at.period),
      value: cell(at.value),
      unit: cell(at.unit),
      lowerCi: cell(at.lowerCi),
      upperCi: cell(at.upperCi),
    };
    const where = `${file}, line ${row.line}`;
    if (!LOCALITY_BY_AREA_CODE[read.areaCode])
      throw new Error(`${where}: no locality id for the area code ${read.areaCode}.`);
    const period = parsePeriod(read.period);
    if (!period.ok) throw new Error(`${where}: ${period.message}`);
    if (!parseNumber(read.value).ok) throw new Error(`${where}: the value "${read.value}" is not a number.`);
    return read;
  });
}

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

    for (const name of names) {
      const own = rows.filter((row) => row.indicator === name);
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
        decimals: decimalsOf(own.map((row) => row.value)),
        polarity: polarityOf(entry.polarity),
        ...(target && { targets: { value: Number(target[1]), label: 'National ambition' } }),
        source: {
          publisher: entry.publisher,
          url: sourceUrl(entry),
          licence: OGL,
          via: `${entry.source_repo}: ${entry.source_path} (commit ${entry.commit})`,
        },
        frequency: frequencyOf(own, definition),
        notes: [edition?.note, EXTRA_NOTES[entry.file]].filter((note) => note !== undefined),
        ...(measure && { measure, edition: edition.edition }),
      } satisfies Partial<Record<keyof Indicator, unknown>>);
      const path = join('indicators', `${ids.get(name)}.yaml`);
      const header = `# Generated by scripts/convert-kpi.ts from tests/fixtures/kpi/${entry.file} (see its SOURCES.md).\n# Change the script and run it again rather than editing this file.\n`;
      writeFileSync(join(contentDir, path), header + stringify(withoutDefaults(indicator), { lineWidth: 0 }));
      written.push(path);
    }

    const withIntervals = rows.some((row) => row.lowerCi !== '' || row.upperCi !== '');
    const csvHeader = ['indicator', 'locality', 'period', 'value', ...(withIntervals ? ['lower_ci', 'upper_ci'] : [])];
    const csvRows = rows.map((row) => [
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
