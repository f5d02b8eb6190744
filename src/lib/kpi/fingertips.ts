/**
 * A Fingertips export (OHID's "Export table as CSV", or the API's data download) read as it
 * is downloaded: each area matched to a locality by its ONS code, each indicator's series
 * chosen by its `fingertips` id, sex and age. A download holds far more than a site charts,
 * so rows no indicator or locality takes are counted, not errors.
 */
import type { ContentProblem } from '../content/content-error.ts';
import { type CsvCell, type CsvLayout, type CsvRecord, columnKey, readHeader } from './csv.ts';
import { type Columns, type FileFigures, readRow } from './rows.ts';
import { kpiColumns } from './schema.ts';
import type { IndicatorFile } from './series.ts';

const fingertipsColumns = [
  'indicator_id',
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
const KPI_ORDER: Columns = new Map(kpiColumns.map((name, index) => [name, index]));

/** Why a row of an export is not charted although nothing is wrong with it, as the build's summary says it. */
export const skipReasons = {
  series: 'of series no indicator takes',
  breakdown: 'broken down by a category',
  area: 'for areas with no locality',
  value: 'with no value',
} as const;
export type SkippedRows = Partial<Record<keyof typeof skipReasons, number>>;

/** What an export's rows are matched against. */
export interface FingertipsInput {
  indicators: ReadonlyMap<string, IndicatorFile>;
  localityIds: ReadonlySet<string>;
  /** Locality ids by their ONS code (the `ons` of `content/localities/*.yaml`). */
  localityOns: ReadonlyMap<string, string>;
  /** The indicator that takes each series, from seriesTaken. */
  taken: ReadonlyMap<string, string>;
}

/** Whether a header row is a Fingertips export's. Example: isFingertipsExport(cellsOf('Indicator ID,…,Area Code,…')) === true. */
export function isFingertipsExport(header: readonly CsvCell[]): boolean {
  const names = new Set(header.map((cell) => columnKey(cell.text)));
  return names.has('indicator_id') && names.has('area_code');
}

/**
 * The rows of an export that are an indicator's figures in a locality, each checked as a row
 * of figures is; rows left out for a reason in skipReasons are added to `skipped`, and those
 * with no value named by line in a note. Undefined when the header lacks a column it needs.
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
  const skip = (reason: keyof typeof skipReasons) => (skipped[reason] = (skipped[reason] ?? 0) + 1);
  const figures = function* () {
    const noValue: string[] = [];
    // The series of the export, by id, sex and age as written, while no indicator takes any of them.
    const untaken = new Set<string>();
    let anyTaken = false;
    for (const row of rows) {
      const cell = (name: FingertipsColumn): CsvCell => {
        const index = columns.get(name);
        return (
          (index === undefined ? undefined : row.cells[index]) ?? { text: '', line: row.line, column: (index ?? 0) + 1 }
        );
      };
      const text = (name: FingertipsColumn) => cell(name).text.trim();
      const indicator = input.taken.get(seriesKey(text('indicator_id'), text('sex'), text('age')));
      const locality = input.localityOns.get(text('area_code'));
      anyTaken ||= indicator !== undefined;
      if (indicator === undefined) {
        skip('series');
        if (!anyTaken) untaken.add(`id: ${text('indicator_id')}, sex: ${text('sex')}, age: ${text('age')}`);
      } else if (text('category_type') !== '') skip('breakdown');
      else if (locality === undefined) skip('area');
      else if (text('value') === '') {
        skip('value');
        noValue.push(text('value_note') === '' ? `${row.line}` : `${row.line} ("${text('value_note')}")`);
      } else {
        const cells = AS_KPI_COLUMNS.map((name) => cell(name));
        cells[0] = { ...cells[0], text: indicator };
        cells[1] = { ...cells[1], text: locality };
        const figure = readRow(cells, row.line, KPI_ORDER, file, input, problems);
        if (figure) yield figure;
      }
    }
    if (!anyTaken && untaken.size > 0)
      notes.push({
        file,
        message: `No indicator takes any of the figures in this Fingertips export, so none is charted. It has ${[
          ...untaken,
        ]
          .slice(0, 6)
          .map((series) => `{ ${series} }`)
          .join(', ')}${untaken.size > 6 ? ` and ${untaken.size - 6} more` : ''}.`,
        advice: `give the indicator these figures are for a "fingertips" field in its file in content/indicators/, e.g. fingertips: { ${[...untaken][0]} }; or move the export out of the content folder.`,
      });
    if (noValue.length > 0)
      notes.push({
        file,
        message: `${noValue.length === 1 ? 'One row' : `${noValue.length} rows`} of figures Minuted would chart ${noValue.length === 1 ? 'has' : 'have'} no value, so ${noValue.length === 1 ? 'its chart shows a gap' : 'their charts show gaps'}: line${noValue.length === 1 ? '' : 's'} ${noValue.join(', ')}.`,
        advice:
          'nothing to do if the publisher left them out (suppressed or not published); keep the export as downloaded.',
      });
  };
  return { rows: figures(), periodColumn: columns.get('time_period')! + 1 };
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
  indicators: ReadonlyMap<string, IndicatorFile>,
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
