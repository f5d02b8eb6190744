/**
 * What the readers of publishers' downloads share (Fingertips exports, Nomis downloads): each
 * row matched to an indicator and, by its ONS area code, to a locality, then checked as a row
 * of figures is. A download holds far more than a site charts, so rows no indicator or
 * locality takes are counted by reason, not errors; rows with no figure are named by line.
 */
import type { ContentProblem } from '../content/content-error.ts';
import type { CsvCell } from './csv.ts';
import { type ReadRow, readRow } from './rows.ts';
import { kpiColumns } from './schema.ts';
import type { IndicatorFileAsWritten } from './series.ts';

/** Why a row of a download is not charted although nothing is wrong with it, as the build's summary says it. */
export const skipReasons = {
  series: 'of series no indicator takes',
  breakdown: 'broken down by a category',
  area: 'for areas with no locality',
  value: 'with no value',
} as const;
export type SkippedRows = Partial<Record<keyof typeof skipReasons, number>>;

/** What a download's rows are matched against. */
export interface ExportInput {
  indicators: ReadonlyMap<string, IndicatorFileAsWritten>;
  localityIds: ReadonlySet<string>;
  /** Locality ids by their ONS code (the `ons` of `content/localities/*.yaml`). */
  localityOns: ReadonlyMap<string, string>;
  /** Indicators' names as the downloads give them, filled in as rows are read; the first found is kept. */
  names: Map<string, string>;
}

/** A kind of download, as the notes about it name it. */
export interface ExportKind {
  /** E.g. "Fingertips export". */
  name: string;
  /** The indicator field that selects its series, e.g. "fingertips". */
  field: string;
}

/** One row of a download, as its reader makes it out. */
export interface ExportRow {
  line: number;
  /** The indicator that takes the row, if one does. */
  indicator: string | undefined;
  /** The row's series as an indicator's field would select it, e.g. `id: 90280, sex: Persons, age: 18+ yrs`. */
  series: string;
  /** Whether the row is one of a breakdown by category rather than the area's own figure. */
  breakdown?: boolean;
  /** The area's ONS code. */
  area: string;
  /** Why the row has no figure ('' when the publisher says nothing), or undefined when it has one. */
  missing?: string;
  /** The indicator's name as the download gives it. */
  name?: string;
  /** The row in Minuted's columns (kpiColumns' order), or undefined when a problem with it was recorded. */
  cells: () => CsvCell[] | undefined;
}

/**
 * The figures among a download's rows, each row taken by an indicator for a locality checked
 * as a row of figures; rows skipped for a reason in skipReasons are added to `skipped`, with a
 * note naming those with no value by line, and one listing the download's series when no
 * indicator takes any of them.
 * Example: [...exportFigures(rows, file, input, problems, notes, skipped, kind)][0].locality === 'bromley'.
 */
export function* exportFigures(
  rows: Iterable<ExportRow>,
  file: string,
  input: ExportInput,
  problems: ContentProblem[],
  notes: ContentProblem[],
  skipped: SkippedRows,
  kind: ExportKind,
): Generator<ReadRow> {
  const skip = (reason: keyof typeof skipReasons) => (skipped[reason] = (skipped[reason] ?? 0) + 1);
  const noValue: string[] = [];
  // The series of the download while no indicator takes any of them.
  const untaken = new Set<string>();
  let anyTaken = false;
  for (const row of rows) {
    const locality = input.localityOns.get(row.area);
    anyTaken ||= row.indicator !== undefined;
    if (row.indicator !== undefined && row.name && !input.names.has(row.indicator))
      input.names.set(row.indicator, row.name.trim());
    if (row.indicator === undefined) {
      skip('series');
      if (!anyTaken) untaken.add(row.series);
    } else if (row.breakdown) skip('breakdown');
    else if (locality === undefined) skip('area');
    else if (row.missing !== undefined) {
      skip('value');
      noValue.push(row.missing === '' ? `${row.line}` : `${row.line} ("${row.missing}")`);
    } else {
      const cells = row.cells();
      if (!cells) continue;
      cells[0] = { ...cells[0], text: row.indicator };
      cells[1] = { ...cells[1], text: locality };
      const figure = readRow(cells, row.line, KPI_ORDER, file, input, problems);
      if (figure) yield figure;
    }
  }
  if (!anyTaken && untaken.size > 0)
    notes.push({
      file,
      message: `No indicator takes any of the figures in this ${kind.name}, so none is charted. It has ${[...untaken]
        .slice(0, 6)
        .map((series) => `{ ${series} }`)
        .join(', ')}${untaken.size > 6 ? ` and ${untaken.size - 6} more` : ''}.`,
      advice: `give the indicator these figures are for a "${kind.field}" field in its file in content/indicators/, e.g. ${kind.field}: { ${[...untaken][0]} }; or move the file out of the content folder.`,
    });
  if (noValue.length > 0) {
    const one = noValue.length === 1;
    notes.push({
      file,
      message: `${one ? 'One row' : `${noValue.length} rows`} of figures Minuted would chart ${one ? 'has' : 'have'} no value, so ${one ? 'its chart shows a gap' : 'their charts show gaps'}: line${one ? '' : 's'} ${noValue.join(', ')}.`,
      advice:
        'nothing to do if the publisher left them out (suppressed or not published); keep the file as downloaded.',
    });
  }
}

const KPI_ORDER = new Map(kpiColumns.map((name, index) => [name, index]));

/** A cell of a row by its column's place, or an empty one at that place when the row is short. */
export function cellAt(cells: readonly CsvCell[], index: number | undefined, line: number): CsvCell {
  return (index === undefined ? undefined : cells[index]) ?? { text: '', line, column: (index ?? 0) + 1 };
}
