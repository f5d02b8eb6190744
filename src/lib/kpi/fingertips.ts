/**
 * A Fingertips export (OHID's "Export table as CSV", or the API's data download) read as it
 * is downloaded: each indicator's series chosen by its `fingertips` id, sex and age, each
 * area matched to a locality by its ONS code (exportFigures, shared with Nomis downloads).
 */
import type { ContentProblem } from '../content/content-error.ts';
import { type CsvCell, type CsvLayout, type CsvRecord, columnKey, readHeader } from './csv.ts';
import {
  type ExportInput,
  type ExportKind,
  type ExportRow,
  type SkippedRows,
  cellAt,
  exportFigures,
} from './exports.ts';
import type { FileFigures } from './rows.ts';
import type { IndicatorFileAsWritten } from './series.ts';

const fingertipsColumns = [
  'indicator_id',
  'indicator_name',
  'area_code',
  'sex',
  'age',
  'category_type',
  'time_period',
  'value',
  'lower_ci_95.0_limit',
  'upper_ci_95.0_limit',
  'count',
  'denominator',
  'value_note',
] as const;
type FingertipsColumn = (typeof fingertipsColumns)[number];

/** The columns Minuted reads from an export; the others (names, parents, comparisons) are left unread. */
const FINGERTIPS_LAYOUT: CsvLayout<FingertipsColumn> = {
  columns: fingertipsColumns,
  required: ['indicator_id', 'area_code', 'sex', 'age', 'category_type', 'time_period', 'value'],
};

/** Which export column gives each column of a Minuted row, in the order of kpiColumns. */
const AS_KPI_COLUMNS: readonly FingertipsColumn[] = [
  'indicator_id',
  'area_code',
  'time_period',
  'value',
  'lower_ci_95.0_limit',
  'upper_ci_95.0_limit',
  'count',
  'denominator',
  'value_note',
];

const FINGERTIPS: ExportKind = { name: 'Fingertips export', field: 'fingertips' };

/** What an export's rows are matched against. */
export interface FingertipsInput extends ExportInput {
  /** The indicator that takes each series, from seriesTaken. */
  taken: ReadonlyMap<string, string>;
}

/** Whether a header row is a Fingertips export's. Example: isFingertipsExport(cellsOf('Indicator ID,…,Area Code,…')) === true. */
export function isFingertipsExport(header: readonly CsvCell[]): boolean {
  const names = new Set(header.map((cell) => columnKey(cell.text)));
  return names.has('indicator_id') && names.has('area_code');
}

/**
 * The rows of an export that are an indicator's figures in a locality, read by exportFigures;
 * each indicator's name, from "Indicator Name", goes to `input.names`. Undefined when the
 * header lacks a column it needs.
 * Example: [...readFingertipsExport(header, rows, file, input, problems, notes, skipped)!.rows][0].locality === 'bromley'.
 */
export function readFingertipsExport(
  header: CsvRecord,
  rows: readonly CsvRecord[],
  file: string,
  input: FingertipsInput,
  problems: ContentProblem[],
  notes: ContentProblem[],
  skipped: SkippedRows,
): FileFigures | undefined {
  const columns = readHeader(header.cells, file, problems, FINGERTIPS_LAYOUT);
  if (!columns) return undefined;
  const exportRows = function* (): Generator<ExportRow> {
    for (const row of rows) {
      const cell = (name: FingertipsColumn) => cellAt(row.cells, columns.get(name), row.line);
      const text = (name: FingertipsColumn) => cell(name).text.trim();
      yield {
        line: row.line,
        indicator: input.taken.get(seriesKey(text('indicator_id'), text('sex'), text('age'))),
        series: `id: ${text('indicator_id')}, sex: ${text('sex')}, age: ${text('age')}`,
        breakdown: text('category_type') !== '',
        area: text('area_code'),
        missing: text('value') === '' ? text('value_note') : undefined,
        name: text('indicator_name'),
        cells: () => AS_KPI_COLUMNS.map((name) => cell(name)),
      };
    }
  };
  return {
    rows: exportFigures(exportRows(), file, input, problems, notes, skipped, FINGERTIPS),
    periodColumn: columns.get('time_period')! + 1,
  };
}

/** How an export's indicator, sex and age are matched: as written there, in any case. */
function seriesKey(id: string | number, sex: string, age: string): string {
  return [String(id), sex, age].map((part) => part.trim().toLowerCase()).join('\u0000');
}

/**
 * The indicator that takes each Fingertips series, by its `fingertips`; two that take one are
 * a problem, as their figures would repeat.
 * Example: seriesTaken(indicators, problems).get(seriesKey(90280, 'Persons', '18+ yrs')) === 'ascof-5a1-service-users-social-contact'.
 */
export function seriesTaken(
  indicators: ReadonlyMap<string, IndicatorFileAsWritten>,
  problems: ContentProblem[],
): Map<string, string> {
  const taken = new Map<string, string>();
  for (const [id, { fingertips, file }] of indicators) {
    if (!fingertips) continue;
    const key = seriesKey(fingertips.id, fingertips.sex, fingertips.age);
    const other = taken.get(key);
    if (other === undefined) taken.set(key, id);
    else
      problems.push({
        file,
        field: 'fingertips',
        message: `Indicators "${other}" and "${id}" both take Fingertips indicator ${fingertips.id} for ${fingertips.sex}, ${fingertips.age}.`,
        advice:
          'give each indicator its own sex or age, or remove "fingertips" from the one that should not have these figures.',
      });
  }
  return taken;
}
