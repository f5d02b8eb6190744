/**
 * Turns the KPI CSV files into checked, sorted series, one per indicator and locality.
 *
 * Pure (no file system), so the build, `npm run check` and the tests share it. Nothing is
 * dropped silently: every row read is either charted or named in a problem with its file,
 * line and column, and the counts say how many of each.
 */
import { closest, type ContentProblem } from '../content/content-error.ts';
import { columnLetter } from '../text/csv.ts';
import { parseNumber, readCsv, type CsvCell } from './csv.ts';
import { comparePeriods, parsePeriod, type Period } from './periods.ts';
import { kpiColumns, requiredKpiColumns, type Indicator, type KpiColumn } from './schema.ts';
import { counted, withCommas } from '../text/counts.ts';

/** An indicator as read from its file; `file` is where problems with it are reported. */
export type IndicatorFile = Indicator & { file: string };

/** One figure on a chart, with the row it came from. */
export interface KpiPoint {
  period: Period;
  value: number;
  lowerCi?: number;
  upperCi?: number;
  count?: number;
  denominator?: number;
  note?: string;
  /** The CSV file and line the figure was read from. */
  file: string;
  line: number;
}

/** Every figure for one indicator in one locality, in period order (see comparePeriods). */
export interface KpiSeries {
  indicator: string;
  locality: string;
  points: KpiPoint[];
}

export interface KpiInput {
  indicators: ReadonlyMap<string, IndicatorFile>;
  localityIds: ReadonlySet<string>;
  /** Each CSV's path as shown in problems (e.g. "content/kpis/smoking.csv") and its text. */
  csvFiles: readonly { path: string; text: string }[];
}

/** How many data rows were read and how many became points; the difference is the rows with problems. */
export interface KpiCounts {
  files: number;
  rowsRead: number;
  rowsCharted: number;
}

export interface KpiLoad {
  /** Sorted by indicator id, then locality id. */
  series: KpiSeries[];
  problems: ContentProblem[];
  counts: KpiCounts;
}

/**
 * Reads and checks every KPI CSV against the known indicators and localities.
 * Example: loadKpis({ indicators, localityIds, csvFiles: [{ path: 'content/kpis/a.csv', text }] }).counts → { files: 1, rowsRead: 3, rowsCharted: 3 }.
 */
export function loadKpis(input: KpiInput): KpiLoad {
  const problems: ContentProblem[] = [...targetLocalityProblems(input)];
  const series = new Map<string, KpiSeries>();
  const seen = new Map<string, { file: string; line: number }>();
  let rowsRead = 0;

  for (const csv of input.csvFiles) {
    const { records, problems: syntax } = readCsv(csv.text);
    problems.push(...syntax.map((p) => ({ file: csv.path, ...p })));
    const [header, ...rows] = records;
    rowsRead += rows.length;
    const columns = header ? readHeader(header.cells, csv.path, problems) : undefined;
    if (!columns) {
      if (!header)
        problems.push({
          file: csv.path,
          line: 1,
          message: 'The file is empty.',
          advice: `start it with the header row "${requiredKpiColumns.join(',')}", then one row per figure; or delete the file.`,
        });
      continue;
    }
    for (const row of rows) {
      const read = readRow(row.cells, row.line, columns, csv.path, input, problems);
      if (!read) continue;
      const { indicator, locality, point } = read;
      const key = `${indicator}\u0000${locality}\u0000${point.period.start}\u0000${point.period.end}`;
      const earlier = seen.get(key);
      if (earlier) {
        problems.push({
          file: csv.path,
          line: row.line,
          column: columns.get('period')! + 1,
          field: 'period',
          message: `This row repeats the figure for ${indicator} in ${locality} for ${point.period.label}, already given on line ${earlier.line}${earlier.file === csv.path ? '' : ` of ${earlier.file}`}.`,
          advice: 'keep one of the two rows; if the figures differ, check which is the published one.',
        });
        continue;
      }
      seen.set(key, { file: csv.path, line: row.line });
      const seriesKey = `${indicator}\u0000${locality}`;
      const entry = series.get(seriesKey) ?? { indicator, locality, points: [] };
      entry.points.push(point);
      series.set(seriesKey, entry);
    }
  }

  const sorted = [...series.values()].sort(
    (a, b) => a.indicator.localeCompare(b.indicator) || a.locality.localeCompare(b.locality),
  );
  for (const entry of sorted) entry.points.sort((a, b) => comparePeriods(a.period, b.period));
  const rowsCharted = sorted.reduce((sum, entry) => sum + entry.points.length, 0);
  return { series: sorted, problems, counts: { files: input.csvFiles.length, rowsRead, rowsCharted } };
}

/**
 * The build's one-line account of the figures, so a dropped row cannot go unnoticed.
 * Example: describeCounts({ files: 2, rowsRead: 10, rowsCharted: 9 }) === 'KPIs: read 10 rows from 2 files; charted 9; 1 row has a problem.'
 */
export function describeCounts(counts: KpiCounts): string {
  const files = counted(counts.files, ['file', 'files']);
  const left = counts.rowsRead - counts.rowsCharted;
  const problemRows =
    left === 0 ? '' : `; ${withCommas(left)} ${left === 1 ? 'row has a problem' : 'rows have problems'}`;
  return `KPIs: read ${withCommas(counts.rowsRead)} rows from ${files}; charted ${withCommas(counts.rowsCharted)}${problemRows}.`;
}

/** The series for one indicator in one locality, if it has figures. Example: seriesFor(load.series, 'smoking-prevalence-adults', 'bromley')?.points.length === 14. */
export function seriesFor(series: readonly KpiSeries[], indicator: string, locality: string): KpiSeries | undefined {
  return series.find((entry) => entry.indicator === indicator && entry.locality === locality);
}

type Columns = Map<KpiColumn, number>;

function readHeader(cells: CsvCell[], file: string, problems: ContentProblem[]): Columns | undefined {
  const columns: Columns = new Map();
  let usable = true;
  for (const cell of cells) {
    const name = cell.text
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_');
    const at = { file, line: cell.line, column: cell.column, field: cell.text.trim() };
    if (!(kpiColumns as readonly string[]).includes(name)) {
      const guess = closest(name, kpiColumns);
      problems.push({
        ...at,
        message: `Minuted does not know the column "${cell.text.trim()}" (column ${columnLetter(cell.column)} of the header).`,
        advice: guess
          ? `did you mean "${guess}"?`
          : `use only these columns: ${kpiColumns.join(', ')}; move other information into "note".`,
      });
      continue;
    }
    if (columns.has(name as KpiColumn)) {
      problems.push({
        ...at,
        message: `The column "${name}" appears twice in the header.`,
        advice: 'keep one of them.',
      });
      usable = false;
    }
    columns.set(name as KpiColumn, cell.column - 1);
  }
  const missing = requiredKpiColumns.filter((name) => !columns.has(name));
  if (missing.length > 0) {
    problems.push({
      file,
      line: cells[0].line,
      column: 1,
      message: `The header row has no ${missing.map((name) => `"${name}"`).join(' or ')} column, so none of its rows can be read.`,
      advice: `make the first row name the columns, starting "${requiredKpiColumns.join(',')}".`,
    });
    usable = false;
  }
  return usable ? columns : undefined;
}

interface ReadRow {
  indicator: string;
  locality: string;
  point: KpiPoint;
}

function readRow(
  cells: CsvCell[],
  line: number,
  columns: Columns,
  file: string,
  input: KpiInput,
  problems: ContentProblem[],
): ReadRow | undefined {
  const before = problems.length;
  const headerWidth = Math.max(...columns.values()) + 1;
  if (cells.length > headerWidth) {
    const extra = cells[headerWidth];
    problems.push({
      file,
      line: extra.line,
      column: extra.column,
      message: `This row has ${cells.length} cells but the header names ${headerWidth}: column ${columnLetter(extra.column)} holds "${extra.text}".`,
      advice: 'put a value containing a comma inside double quotes ("1,234"), or remove the extra cell.',
    });
  }
  const cell = (name: KpiColumn): CsvCell => {
    const index = columns.get(name);
    return cells[index ?? -1] ?? { text: '', line, column: (index ?? 0) + 1 };
  };
  const report = (name: KpiColumn, message: string, advice: string) => {
    const { line: at, column } = cell(name);
    problems.push({ file, line: at, column, field: name, message, advice });
  };

  const indicator = cell('indicator').text.trim();
  if (!input.indicators.has(indicator)) {
    const guess = closest(indicator, input.indicators.keys());
    report(
      'indicator',
      indicator === '' ? 'The indicator is empty.' : `Minuted does not know the indicator "${indicator}".`,
      guess
        ? `did you mean "${guess}"? Otherwise add content/indicators/${indicator}.yaml.`
        : `use the name of a file in content/indicators/ without ".yaml", or add content/indicators/${indicator || '<id>'}.yaml.`,
    );
  }
  const locality = cell('locality').text.trim();
  if (!input.localityIds.has(locality)) {
    const guess = closest(locality, input.localityIds);
    report(
      'locality',
      locality === '' ? 'The locality is empty.' : `Minuted does not know the locality "${locality}".`,
      guess
        ? `did you mean "${guess}"? Otherwise add content/localities/${locality}.yaml.`
        : 'use the name of a file in content/localities/ without ".yaml", e.g. "bromley".',
    );
  }
  const period = parsePeriod(cell('period').text);
  if (!period.ok) report('period', period.message, period.advice);

  const numbers: Partial<Record<KpiColumn, number>> = {};
  for (const name of ['value', 'lower_ci', 'upper_ci', 'count', 'denominator'] as const) {
    const text = cell(name).text;
    if (name !== 'value' && text.trim() === '') continue;
    const read = parseNumber(text);
    if (read.ok) numbers[name] = read.value;
    else report(name, read.message, read.advice);
  }
  const value = numbers.value;
  if (value !== undefined && numbers.lower_ci !== undefined && numbers.lower_ci > value) {
    report(
      'lower_ci',
      `The lower confidence limit ${numbers.lower_ci} is above the value ${value}.`,
      'check the columns are not swapped: lower_ci ≤ value ≤ upper_ci.',
    );
  }
  if (value !== undefined && numbers.upper_ci !== undefined && numbers.upper_ci < value) {
    report(
      'upper_ci',
      `The upper confidence limit ${numbers.upper_ci} is below the value ${value}.`,
      'check the columns are not swapped: lower_ci ≤ value ≤ upper_ci.',
    );
  }
  if (problems.length > before || !period.ok || value === undefined) return undefined;

  const note = cell('note').text.trim();
  return {
    indicator,
    locality,
    point: {
      period: period.period,
      value,
      ...(numbers.lower_ci !== undefined && { lowerCi: numbers.lower_ci }),
      ...(numbers.upper_ci !== undefined && { upperCi: numbers.upper_ci }),
      ...(numbers.count !== undefined && { count: numbers.count }),
      ...(numbers.denominator !== undefined && { denominator: numbers.denominator }),
      ...(note !== '' && { note }),
      file,
      line,
    },
  };
}

/** Per-locality targets must name localities that exist, or they would never be shown. */
function targetLocalityProblems(input: KpiInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [id, indicator] of input.indicators) {
    if (!Array.isArray(indicator.targets)) continue;
    indicator.targets.forEach((target, index) => {
      if (input.localityIds.has(target.locality)) return;
      const guess = closest(target.locality, input.localityIds);
      problems.push({
        file: indicator.file,
        field: `targets[${index}].locality`,
        message: `The target for "${target.locality}" in indicator "${id}" names a locality Minuted does not know.`,
        advice: guess ? `did you mean "${guess}"?` : 'use the name of a file in content/localities/ without ".yaml".',
      });
    });
  }
  return problems;
}
