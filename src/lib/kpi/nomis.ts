/**
 * A Nomis download in the API's CSV form (nomisweb.co.uk's `….data.csv`, as a query's API
 * link gives it) read as it is downloaded: each indicator's series chosen by its `nomis` columns and values, each area
 * matched to a locality by GEOGRAPHY_CODE (exportFigures, shared with Fingertips exports).
 * Figures Nomis marks as not a normal value (OBS_STATUS other than A), confidential (OBS_CONF
 * true) or leaves empty are not charted but named by line.
 */
import type { ContentProblem } from '../content/content-error.ts';
import { monthNamed, monthOfYear, twoDigits } from '../text/dates.ts';
import { type CsvCell, type CsvRecord, columnKey } from './csv.ts';
import { type ExportInput, type ExportRow, type SkippedRows, cellAt, exportFigures } from './exports.ts';
import { parsePeriod } from './periods.ts';
import type { FileFigures } from './rows.ts';

/** Columns Nomis always names this way; the others are the dataset's own dimensions. */
const NOT_DIMENSIONS = new Set(['date_name', 'geography_name', 'obs_status_name', 'obs_conf_name']);

/** Whether a header row is a Nomis download's. Example: isNomisDownload(cellsOf('DATE_NAME,GEOGRAPHY_CODE,…,OBS_VALUE')) === true. */
export function isNomisDownload(header: readonly CsvCell[]): boolean {
  const names = new Set(header.map((cell) => columnKey(cell.text)));
  return names.has('geography_code') && names.has('obs_value');
}

/**
 * The rows of a download that are an indicator's figures in a locality, read by
 * exportFigures. Undefined when the header lacks a column it needs (the date).
 * Example: [...readNomisDownload(header, rows, file, input, problems, notes, skipped)!.rows][0].locality === 'england'.
 */
export function readNomisDownload(
  header: CsvRecord,
  rows: readonly CsvRecord[],
  file: string,
  input: ExportInput,
  problems: ContentProblem[],
  notes: ContentProblem[],
  skipped: SkippedRows,
): FileFigures | undefined {
  const columns = new Map<string, number>();
  for (const cell of header.cells)
    if (!columns.has(columnKey(cell.text))) columns.set(columnKey(cell.text), cell.column - 1);
  const dateColumn = columns.has('date_name') ? 'date_name' : columns.has('date') ? 'date' : undefined;
  if (dateColumn === undefined) {
    problems.push({
      file,
      line: header.line,
      column: 1,
      message:
        'This Nomis download has no DATE_NAME or DATE column, so Minuted cannot tell which period a figure is for.',
      advice: 'download it again with the date included (in the API, add date_name to "select=").',
    });
    return undefined;
  }
  const names = new Map(header.cells.map((cell) => [columnKey(cell.text), cell.text.trim()]));
  const dimensions = [...columns.keys()].filter((key) => key.endsWith('_name') && !NOT_DIMENSIONS.has(key));
  const selections = selectionsIn(input, columns);
  const reported = new Set<string>();
  const report = (key: string, problem: ContentProblem) => {
    if (reported.has(key)) return;
    reported.add(key);
    problems.push(problem);
  };
  const firstSeries = new Map<string, { line: number; series: string }>();

  const downloadRows = function* (): Generator<ExportRow> {
    for (const row of rows) {
      const cell = (key: string) => cellAt(row.cells, columns.get(key), row.line);
      const text = (key: string) => cell(key).text.trim();
      const series = dimensions.map((key) => `${names.get(key)}: ${JSON.stringify(text(key))}`).join(', ');
      const takers = selections.filter(({ values }) => values.every(([key, value]) => sameText(text(key), value)));
      if (takers.length > 1)
        report(`both ${takers[0].id} ${takers[1].id}`, {
          file: input.indicators.get(takers[1].id)!.file,
          field: 'nomis',
          message: `Indicators "${takers[0].id}" and "${takers[1].id}" both take the figures on line ${row.line} of ${file}.`,
          advice: 'give each indicator the column that tells their figures apart, e.g. GENDER_NAME: Female.',
        });
      const indicator = takers[0]?.id;
      yield {
        line: row.line,
        indicator,
        series,
        area: text('geography_code'),
        missing: missingReason(text),
        cells: () => {
          const first = firstSeries.get(indicator!);
          if (first && first.series !== series) {
            report(`series ${indicator}`, {
              file,
              line: row.line,
              message: `The "nomis" field of indicator "${indicator}" takes more than one series from this download: { ${first.series} } on line ${first.line} and { ${series} } on line ${row.line}.`,
              advice: `add the column whose value differs to "nomis" in ${input.indicators.get(indicator!)!.file}, so it takes one series.`,
            });
            return undefined;
          }
          if (!first) firstSeries.set(indicator!, { line: row.line, series });
          const date = cell(dateColumn);
          const period = nomisPeriod(date.text, dateColumn);
          if (!period.ok) {
            problems.push({ file, line: date.line, column: date.column, field: names.get(dateColumn), ...period });
            return undefined;
          }
          const none = { text: '', line: row.line, column: 1 };
          return [none, none, { ...date, text: period.label }, cell('obs_value'), none, none, none, none, none];
        },
      };
    }
  };
  return {
    rows: exportFigures(downloadRows(), file, input, problems, notes, skipped, {
      name: 'Nomis download',
      field: 'nomis',
    }),
    periodColumn: columns.get(dateColumn)! + 1,
  };
}

/** Each indicator's `nomis` selection whose columns this download has, as [column key, value] pairs. */
function selectionsIn(input: ExportInput, columns: ReadonlyMap<string, number>) {
  return [...input.indicators].flatMap(([id, { nomis }]) => {
    if (!nomis) return [];
    const values = Object.entries(nomis).map(([column, value]) => [columnKey(column), value] as const);
    return values.every(([key]) => columns.has(key)) ? [{ id, values }] : [];
  });
}

function sameText(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** Why a row has no figure to chart ('' when Nomis says nothing), or undefined when it has one. */
function missingReason(text: (key: string) => string): string | undefined {
  const status = text('obs_status');
  const statusName = text('obs_status_name');
  const normal = status === '' ? statusName === '' || sameText(statusName, 'Normal Value') : sameText(status, 'A');
  if (!normal) return statusName || status;
  if (['true', 't', '1', 'yes'].includes(text('obs_conf').toLowerCase()))
    return text('obs_conf_name') || 'confidential';
  return text('obs_value') === '' ? '' : undefined;
}

const NOMIS_DATES =
  'Minuted reads the Nomis dates 2021 (a year), March 2021 (a month) and Jan 2021-Dec 2021 (twelve months, or any span of months)';

/**
 * A Nomis date as a period label Minuted reads: "Jan 2021-Dec 2021" is the year 2021,
 * "Apr 2020-Mar 2021" the financial year 2020/21, other spans of months a range, and a month
 * or year as written. DATE codes such as "2021-12" are refused: in a twelve-month dataset they
 * mean the year to that month, not the month.
 * Example: nomisPeriod('Apr 2020-Mar 2021', 'date_name') → { ok: true, label: '2020/21' }.
 */
export function nomisPeriod(
  text: string,
  column: 'date_name' | 'date',
): { ok: true; label: string } | { ok: false; message: string; advice: string } {
  const written = text.trim().replace(/\s+/g, ' ');
  if (column === 'date' && /^\d{4}-\d{2}$/.test(written))
    return {
      ok: false,
      message: `The Nomis date code "${written}" may be a month or the twelve months to it, so Minuted does not guess.`,
      advice: 'download the file again with DATE_NAME (in the API, add date_name to "select="), which says which.',
    };
  const span = /^([a-z]+) (\d{4}) ?- ?([a-z]+) (\d{4})$/i.exec(written);
  const [from, to] = span ? [monthNamed(span[1]), monthNamed(span[3])] : [];
  let label = written;
  if (span && from && to) {
    const [fromYear, toYear] = [Number(span[2]), Number(span[4])];
    if (from === 1 && to === 12 && fromYear === toYear) label = `${fromYear}`;
    else if (from === 4 && to === 3 && toYear === fromYear + 1) label = `${fromYear}/${twoDigits(toYear)}`;
    else label = `${monthOfYear(from).slice(0, 3)} ${fromYear} - ${monthOfYear(to).slice(0, 3)} ${toYear}`;
  }
  const period = parsePeriod(label);
  return period.ok
    ? { ok: true, label }
    : {
        ok: false,
        message: `Minuted cannot read the Nomis date "${written}".`,
        advice: `${NOMIS_DATES}; choose one of these in the download's date options, or give these figures in a file of Minuted's own columns.`,
      };
}
