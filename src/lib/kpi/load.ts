/**
 * Turns the KPI CSV files into checked, sorted series, one per indicator and locality.
 *
 * Pure (no file system), so the build, `npm run check` and the tests share it. Nothing is
 * dropped silently: every row read is either charted or named in a problem with its file,
 * line and column, and the counts say how many of each.
 */
import { closest, type ContentProblem } from '../content/content-error.ts';
import { counted, withCommas } from '../text/counts.ts';
import { type CsvRecord, type Separator, readCsv, readHeader } from './csv.ts';
import { skipReasons, type SkippedRows } from './exports.ts';
import { isFingertipsExport, readFingertipsExport, seriesTaken } from './fingertips.ts';
import { isNomisDownload, readNomisDownload } from './nomis.ts';
import { comparePeriods } from './periods.ts';
import { type FileFigures, KPI_LAYOUT, readRow } from './rows.ts';
import { requiredKpiColumns } from './schema.ts';
import type { IndicatorFile, IndicatorFileAsWritten, KpiSeries } from './series.ts';

export interface KpiInput {
  /** As their files give them: an indicator's title may be left to the export its figures come from. */
  indicators: ReadonlyMap<string, IndicatorFileAsWritten>;
  localityIds: ReadonlySet<string>;
  /** Locality ids by ONS code, for Fingertips exports and Nomis downloads; their areas not here are skipped. */
  localityOns?: ReadonlyMap<string, string>;
  /** Indicators whose files have problems of their own: rows naming them are left to those. */
  unreadIndicators?: ReadonlySet<string>;
  /** Each CSV's path as shown in problems (e.g. "content/kpis/smoking.csv") and its text. */
  csvFiles: readonly { path: string; text: string }[];
}

/** How many data rows were read, how many became points, and how many were skipped; the rest had problems. */
export interface KpiCounts {
  files: number;
  rowsRead: number;
  rowsCharted: number;
  /** Rows of Fingertips exports and Nomis downloads left out, by reason; only when there are some. */
  skipped?: SkippedRows;
}

export interface KpiLoad {
  /** Every indicator with its title: its file's, else the name an export gives it (else its id, with a problem). */
  indicators: Map<string, IndicatorFile>;
  /** Sorted by indicator id, then locality id. */
  series: KpiSeries[];
  problems: ContentProblem[];
  /** What was read but is worth the analyst's attention: a file read with decimal commas. */
  notes: ContentProblem[];
  counts: KpiCounts;
}

/**
 * Reads and checks every KPI CSV against the known indicators and localities.
 * Example: loadKpis({ indicators, localityIds, csvFiles: [{ path: 'content/kpis/a.csv', text }] }).counts → { files: 1, rowsRead: 3, rowsCharted: 3 }.
 */
export function loadKpis(input: KpiInput): KpiLoad {
  const problems: ContentProblem[] = [...targetLocalityProblems(input)];
  const notes: ContentProblem[] = [];
  const skipped: SkippedRows = {};
  const exports = {
    ...input,
    localityOns: input.localityOns ?? new Map<string, string>(),
    names: new Map<string, string>(),
  };
  const fingertips = { ...exports, taken: seriesTaken(input.indicators, problems) };
  const series = new Map<string, KpiSeries>();
  const seen = new Map<string, { file: string; line: number }>();
  let rowsRead = 0;

  for (const csv of input.csvFiles) {
    const { records, problems: syntax, separator } = readCsv(csv.text);
    problems.push(...syntax.map((p) => ({ file: csv.path, ...p })));
    const [header, ...rows] = records;
    rowsRead += rows.length;
    if (!header) {
      problems.push({
        file: csv.path,
        line: 1,
        message: 'The file is empty.',
        advice: `start it with the header row "${requiredKpiColumns.join(',')}", then one row per figure; or delete the file.`,
      });
      continue;
    }
    const read = isFingertipsExport(header.cells)
      ? readFingertipsExport(header, rows, csv.path, fingertips, problems, notes, skipped)
      : isNomisDownload(header.cells)
        ? readNomisDownload(header, rows, csv.path, exports, problems, notes, skipped)
        : readFigures(header, rows, csv.path, input, problems, notes, separator);
    if (!read) continue;
    if (rows.length === 0)
      problems.push({
        file: csv.path,
        line: header.line,
        message: 'The file has a header row but no figures.',
        advice: 'add the figures below the header, one row per figure, or delete the file.',
      });
    for (const { indicator, locality, point } of read.rows) {
      const key = `${indicator}\u0000${locality}\u0000${point.period.start}\u0000${point.period.end}`;
      const earlier = seen.get(key);
      if (earlier) {
        problems.push({
          file: csv.path,
          line: point.line,
          column: read.periodColumn,
          field: 'period',
          message: `This row repeats the figure for ${indicator} in ${locality} for ${point.period.label}, already given on line ${earlier.line}${earlier.file === csv.path ? '' : ` of ${earlier.file}`}.`,
          advice: 'keep one of the two rows; if the figures differ, check which is the published one.',
        });
        continue;
      }
      seen.set(key, { file: csv.path, line: point.line });
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
  const counts: KpiCounts = { files: input.csvFiles.length, rowsRead, rowsCharted };
  if (Object.keys(skipped).length > 0) counts.skipped = skipped;
  return { indicators: withTitles(input.indicators, exports.names, problems), series: sorted, problems, notes, counts };
}

/**
 * Each indicator with its title: its file's own, else the name the export its figures come
 * from gives it; with neither, a problem (and its id, so the rest can still be checked).
 */
function withTitles(
  indicators: ReadonlyMap<string, IndicatorFileAsWritten>,
  names: ReadonlyMap<string, string>,
  problems: ContentProblem[],
): Map<string, IndicatorFile> {
  const titled = new Map<string, IndicatorFile>();
  for (const [id, indicator] of indicators) {
    const title = indicator.title ?? names.get(id);
    if (title === undefined)
      problems.push({
        file: indicator.file,
        field: 'title',
        message: `The indicator "${id}" has no title, and no export in content/kpis/ names it.`,
        advice: `add a line such as "title: ${id.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase())}"; only a Fingertips export taken by its "fingertips" field gives a title of its own.`,
      });
    titled.set(id, { ...indicator, title: title ?? id });
  }
  return titled;
}

/** The rows of a file in Minuted's own columns, or undefined when its header cannot be read. */
function readFigures(
  header: CsvRecord,
  rows: readonly CsvRecord[],
  file: string,
  input: KpiInput,
  problems: ContentProblem[],
  notes: ContentProblem[],
  separator: Separator,
): FileFigures | undefined {
  const columns = readHeader(header.cells, file, problems, KPI_LAYOUT);
  if (!columns) return undefined;
  if (separator === ';')
    notes.push({
      file,
      message:
        'The file is separated by semicolons, as European Excel saves it, so Minuted read a comma in a figure as the decimal mark (6,1 as 6.1).',
      advice:
        'check a few figures on the site; to be sure, save it as "CSV UTF-8 (Comma delimited)" with full stops for decimals.',
    });
  const figures = function* () {
    for (const row of rows) {
      const figure = readRow(row.cells, row.line, columns, file, input, problems, separator === ';');
      if (figure) yield figure;
    }
  };
  return { rows: figures(), periodColumn: columns.get('period')! + 1 };
}

/**
 * The build's one-line account of the figures, so a dropped row cannot go unnoticed.
 * Example: describeCounts({ files: 2, rowsRead: 10, rowsCharted: 9 }) === 'KPIs: read 10 rows from 2 files; charted 9; 1 row has a problem.'
 */
export function describeCounts(counts: KpiCounts): string {
  const files = counted(counts.files, ['file', 'files']);
  const reasons = Object.entries(skipReasons).flatMap(([reason, words]) => {
    const count = counts.skipped?.[reason as keyof SkippedRows] ?? 0;
    return count === 0 ? [] : [{ count, words }];
  });
  const skipped = reasons.reduce((sum, { count }) => sum + count, 0);
  const skippedRows =
    skipped === 0
      ? ''
      : `; skipped ${withCommas(skipped)} (${reasons.map(({ count, words }) => `${withCommas(count)} ${words}`).join(', ')})`;
  const left = counts.rowsRead - counts.rowsCharted - skipped;
  const problemRows =
    left === 0 ? '' : `; ${withCommas(left)} ${left === 1 ? 'row has a problem' : 'rows have problems'}`;
  return `KPIs: read ${withCommas(counts.rowsRead)} rows from ${files}; charted ${withCommas(counts.rowsCharted)}${skippedRows}${problemRows}.`;
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
