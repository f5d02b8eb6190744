/** A KPI CSV's header and rows read into figures: every cell checked, every problem named with its line and column. */
import { closest, type ContentProblem } from '../content/content-error.ts';
import { CONTROL_CHARACTER_ADVICE } from '../content/control-characters.ts';
import { describeControlCharacter } from '../text/control-characters.ts';
import { type CsvCell, type CsvLayout, extraCellProblem, parseNumber } from './csv.ts';
import { checkFigure } from './figure-rules.ts';
import { parsePeriod } from './periods.ts';
import { kpiColumns, requiredKpiColumns, type KpiColumn } from './schema.ts';
import type { IndicatorFileAsWritten, KpiPoint } from './series.ts';

/** Where each column the header names is in a row, counting from 0. */
export type Columns = Map<KpiColumn, number>;

/** The columns of a file of figures, for readHeader. */
export const KPI_LAYOUT: CsvLayout<KpiColumn> = {
  columns: kpiColumns,
  required: requiredKpiColumns,
  others: 'move other information into "note"',
};

/** A row read into a figure, with what it is a figure of. */
export interface ReadRow {
  indicator: string;
  locality: string;
  point: KpiPoint;
}

/**
 * A file's figures, read as they are asked for, so that each row's problems come in line
 * order with those found later (a figure given twice); and the column of their periods (1 = A).
 */
export interface FileFigures {
  rows: Iterable<ReadRow>;
  periodColumn: number;
}

/** A row as a figure, or undefined (with every problem in it recorded); `decimalComma` as parseNumber's. */
export function readRow(
  cells: CsvCell[],
  line: number,
  columns: Columns,
  file: string,
  known: {
    indicators: ReadonlyMap<string, IndicatorFileAsWritten>;
    localityIds: ReadonlySet<string>;
    unreadIndicators?: ReadonlySet<string>;
  },
  problems: ContentProblem[],
  decimalComma = false,
): ReadRow | undefined {
  const before = problems.length;
  const extra = extraCellProblem(cells, columns, file);
  if (extra) problems.push(extra);
  const cell = (name: KpiColumn): CsvCell => {
    const index = columns.get(name);
    return cells[index ?? -1] ?? { text: '', line, column: (index ?? 0) + 1 };
  };
  const report = (name: KpiColumn, message: string, advice: string) => {
    const { line: at, column } = cell(name);
    problems.push({ file, line: at, column, field: name, message, advice });
  };

  const indicator = cell('indicator').text.trim();
  if (known.unreadIndicators?.has(indicator)) return undefined;
  if (!known.indicators.has(indicator)) {
    const guess = closest(indicator, known.indicators.keys());
    report(
      'indicator',
      indicator === '' ? 'The indicator is empty.' : `Minuted does not know the indicator "${indicator}".`,
      guess
        ? `did you mean "${guess}"? Otherwise add content/indicators/${indicator}.yaml.`
        : `use the name of a file in content/indicators/ without ".yaml", or add content/indicators/${indicator || '<id>'}.yaml.`,
    );
  }
  const locality = cell('locality').text.trim();
  if (!known.localityIds.has(locality)) {
    const guess = closest(locality, known.localityIds);
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
    const read = checkFigure(name, parseNumber(text, decimalComma), text.trim(), known.indicators.get(indicator));
    if (read.ok) numbers[name] = read.value;
    else report(name, read.message, read.advice);
  }
  const value = numbers.value;
  // A value published rounded may sit just outside its unrounded interval (Fingertips writes England's 17.03 as "17").
  const slack = roundingOf(cell('value').text);
  if (value !== undefined && numbers.lower_ci !== undefined && numbers.lower_ci > value + slack) {
    report(
      'lower_ci',
      `The lower confidence limit ${numbers.lower_ci} is above the value ${value}.`,
      'check the columns are not swapped: lower_ci ≤ value ≤ upper_ci.',
    );
  }
  if (value !== undefined && numbers.upper_ci !== undefined && numbers.upper_ci < value - slack) {
    report(
      'upper_ci',
      `The upper confidence limit ${numbers.upper_ci} is below the value ${value}.`,
      'check the columns are not swapped: lower_ci ≤ value ≤ upper_ci.',
    );
  }
  const hidden = describeControlCharacter(cell('note').text);
  if (hidden) report('note', `The note contains ${hidden}.`, CONTROL_CHARACTER_ADVICE);
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

/** Half a unit in the last decimal place a number is written to: 0.5 for "17", 0.05 for "17.0". */
function roundingOf(text: string): number {
  const decimals = /[.,](\d+)\s*$/.exec(text)?.[1].length ?? 0;
  return 0.5 * 10 ** -decimals;
}
