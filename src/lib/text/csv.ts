/**
 * Writing CSV that is safe to open in a spreadsheet (RFC 4180 quoting, and no cell a
 * spreadsheet would run as a formula).
 */

/** A cell value: numbers are written as they are, so negative figures stay numbers. */
export type CsvValue = string | number | boolean | undefined | null;

// What a spreadsheet may run as a formula: a cell starting = + - or @ (in their full-width
// forms too, which Excel reads alike), even after spaces or a line break, or starting with
// a tab or line break.
const FORMULA = /^\s*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n]/;

/**
 * One CSV cell. Text a spreadsheet might run as a formula is prefixed with ' so it shows
 * it instead; a number (even negative) is left alone.
 * Example: csvCell('=1+2') === "'=1+2"; csvCell('＝1+2') === "'＝1+2"; csvCell(-3.5) === '-3.5'; csvCell('a, "b"') === '"a, ""b"""'.
 */
export function csvCell(value: CsvValue): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const safe = FORMULA.test(value) && !/^-?\d+(?:\.\d+)?$/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * A whole CSV document with a header row, CRLF line ends as RFC 4180 says.
 * Example: toCsv(['a', 'b'], [[1, 'x']]) === 'a,b\r\n1,x\r\n'.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * A spreadsheet's name for a column number, for messages Excel users recognise.
 * Example: columnLetter(4) === 'D'; columnLetter(27) === 'AA'.
 */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
