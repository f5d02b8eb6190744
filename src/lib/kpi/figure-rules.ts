/**
 * What a figure read from a KPI CSV may be: a number a chart can show exactly, and never
 * below zero where its indicator measures something that cannot be (a count, a rate).
 */
import type { NumberResult } from './csv.ts';
import type { IndicatorFormat } from './schema.ts';
import type { IndicatorFileAsWritten } from './series.ts';

/** The columns of numbers. */
export type NumberColumn = 'value' | 'lower_ci' | 'upper_ci' | 'count' | 'denominator';

// Above this a number is no longer kept to the unit, and far above it charts show "∞".
const LARGEST = Number.MAX_SAFE_INTEGER;

// Formats whose figures cannot fall below zero; a percentage or score may (a change, say).
const NEVER_NEGATIVE: Partial<Record<IndicatorFormat, string>> = {
  count: 'a count',
  'rate per 100,000': 'a rate',
  years: 'a number of years',
};

/**
 * A number read from column `column` of a row of `indicator`, checked: the same result when
 * it may be charted, else why not.
 * Example: checkFigure('count', { ok: true, value: -3 }, '-3').ok === false.
 */
export function checkFigure(
  column: NumberColumn,
  read: NumberResult,
  written: string,
  indicator?: IndicatorFileAsWritten,
): NumberResult {
  if (!read.ok) return read;
  const shown = written.length > 24 ? `"${written.slice(0, 12)}…" (${written.length} characters long)` : `"${written}"`;
  if (!(Math.abs(read.value) <= LARGEST))
    return {
      ok: false,
      message: `${shown} is too large a figure for Minuted to chart exactly: the largest it can is 9,007,199,254,740,991.`,
      advice:
        'check the cell against the published figure: a spreadsheet may have run two figures together, or turned a code into a number.',
    };
  if (read.value >= 0) return read;
  if (column === 'count' || column === 'denominator')
    return {
      ok: false,
      message: `The ${column} ${shown} is below zero, which ${column === 'count' ? 'a number of people or events' : 'a population or total'} cannot be.`,
      advice: 'check the figure and remove the minus sign, or leave the cell empty if it was not published.',
    };
  const kind = indicator && column === 'value' ? NEVER_NEGATIVE[indicator.format] : undefined;
  if (kind)
    return {
      ok: false,
      message: `The value ${shown} is below zero, which ${kind} cannot be.`,
      advice: `check the figure and its sign; if this indicator's figures really can fall below zero (a change, say), its format in ${indicator!.file} should be "percent" or "score", not "${indicator!.format}".`,
    };
  return read;
}
