/**
 * CSV as council analysts save it from Excel: read with every cell's line and column kept,
 * so an error can point at the cell to fix; numbers read the way people write them.
 */
import { closest, type ContentProblem } from '../content/content-error.ts';
import { columnLetter } from '../text/csv.ts';

/** One cell and where it stands: line is the file's line (1-based), column the field's position (1 = column A). */
export interface CsvCell {
  text: string;
  line: number;
  column: number;
}

/** One record (a row): its cells in order, and the line it starts on. */
export interface CsvRecord {
  line: number;
  cells: CsvCell[];
}

/** Something that stops the file being read as CSV, with where and how to fix it. */
export interface CsvSyntaxProblem {
  line: number;
  column: number;
  message: string;
  advice: string;
}

/** The separators a spreadsheet saves figures with: commas, semicolons (European Excel) and tabs ("Text (Tab delimited)"). */
export type Separator = ',' | ';' | '\t';

/**
 * Reads RFC 4180 CSV: quoted fields with "" for a quote, separators and line breaks inside
 * quotes, LF or CRLF line ends, and a byte order mark. The separator is Excel's "sep="
 * first line if there is one, else whichever of comma, semicolon and tab the header row
 * has most of. Rows with no text at all (Excel leaves them at the end) are skipped.
 * Example: readCsv('a,b\n"x, y",2').records[1].cells[0] → { text: 'x, y', line: 2, column: 1 }.
 */
export function readCsv(text: string): { records: CsvRecord[]; problems: CsvSyntaxProblem[]; separator: Separator } {
  const records: CsvRecord[] = [];
  const problems: CsvSyntaxProblem[] = [];
  let source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let line = 1;
  const sepLine = /^"?sep=([,;\t])"?[ \t]*(?:\r\n?|\n|$)/i.exec(source);
  if (sepLine) {
    // The line is Excel's, not a row: line numbers still count it.
    source = source.slice(sepLine[0].length);
    line = 2;
  }
  const separator = (sepLine?.[1] as Separator | undefined) ?? separatorOf(source);
  const plain = new RegExp(`[^${separator}\\r\\n]*`, 'y');
  let i = 0;
  let cells: CsvCell[] = [];
  let recordLine = line;

  const endRecord = () => {
    if (cells.some((cell) => cell.text.trim() !== '')) records.push({ line: recordLine, cells });
    cells = [];
  };
  const plainFrom = (at: number) => {
    plain.lastIndex = at;
    return plain.exec(source)![0];
  };

  while (i <= source.length) {
    const cell: CsvCell = { text: '', line, column: cells.length + 1 };
    if (cells.length === 0) recordLine = line;
    if (source[i] === '"') {
      i++;
      let closed = false;
      while (i < source.length) {
        if (source[i] === '"' && source[i + 1] === '"') {
          cell.text += '"';
          i += 2;
        } else if (source[i] === '"') {
          closed = true;
          i++;
          break;
        } else {
          if (source[i] === '\n') line++;
          cell.text += source[i++];
        }
      }
      if (!closed) {
        problems.push({
          line: cell.line,
          column: cell.column,
          message: `A quoted cell in column ${columnLetter(cell.column)} is never closed, so the rest of the file would be read as one cell.`,
          advice: 'add the closing double quote, or write a quote inside a cell as two double quotes ("").',
        });
        return { records, problems, separator };
      }
      const after = plainFrom(i);
      if (after !== '') {
        problems.push({
          line,
          column: cell.column,
          message: `Column ${columnLetter(cell.column)} has text after its closing quote: ${JSON.stringify(after)}.`,
          advice: 'put the whole cell inside the quotes, and write a quote inside a cell as two double quotes ("").',
        });
        cell.text += after;
        i += after.length;
      }
    } else {
      const raw = plainFrom(i);
      cell.text = raw;
      i += raw.length;
    }
    cells.push(cell);
    if (source[i] === separator) {
      i++;
      continue;
    }
    endRecord();
    if (i >= source.length) break;
    i += source[i] === '\r' && source[i + 1] === '\n' ? 2 : 1;
    line++;
  }
  return { records, problems, separator };
}

/** The separator a header row uses most, outside quotes; a comma when it has none. */
function separatorOf(source: string): Separator {
  const header = source.split(/\r?\n/, 1)[0].replace(/"[^"]*"/g, '');
  const count = (separator: Separator) => header.split(separator).length - 1;
  return ([';', '\t'] as const).reduce<Separator>((best, s) => (count(s) > count(best) ? s : best), ',');
}

/**
 * The columns a kind of CSV file may have, those it must, and what to do with any other (a
 * clause of advice); without `others`, other columns are left unread, as in a download whose
 * publisher may add columns.
 */
export interface CsvLayout<Column extends string> {
  columns: readonly Column[];
  required: readonly Column[];
  others?: string;
}

/** A header's name for a column as Minuted reads it: any case, spaces or hyphens for underscores. Example: columnKey('Area Code') === 'area_code'. */
export function columnKey(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/**
 * The columns a header row names, by where they are in a row (from 0), or undefined (with
 * problems recorded) when its rows cannot be read: a column named twice, or a required one
 * missing. Names are read in any case, with spaces or hyphens for underscores.
 * Example: readHeader(readCsv('Locality,postcode').records[0].cells, file, problems, layout) → Map { 'locality' → 0, 'postcode' → 1 }.
 */
export function readHeader<Column extends string>(
  cells: CsvCell[],
  file: string,
  problems: ContentProblem[],
  layout: CsvLayout<Column>,
): Map<Column, number> | undefined {
  const columns = new Map<Column, number>();
  let usable = true;
  for (const cell of cells) {
    const name = columnKey(cell.text) as Column;
    const at = { file, line: cell.line, column: cell.column, field: cell.text.trim() };
    if (!layout.columns.includes(name)) {
      if (layout.others === undefined) continue;
      const guess = closest(name, layout.columns);
      problems.push({
        ...at,
        message: `Minuted does not know the column "${cell.text.trim()}" (column ${columnLetter(cell.column)} of the header).`,
        advice: guess
          ? `did you mean "${guess}"?`
          : `use only these columns: ${layout.columns.join(', ')}; ${layout.others}.`,
      });
      continue;
    }
    if (columns.has(name)) {
      problems.push({
        ...at,
        message: `The column "${name}" appears twice in the header.`,
        advice: 'keep one of them.',
      });
      usable = false;
    }
    columns.set(name, cell.column - 1);
  }
  const missing = layout.required.filter((name) => !columns.has(name));
  if (missing.length > 0) {
    problems.push({
      file,
      line: cells[0].line,
      column: 1,
      message: `The header row has no ${missing.map((name) => `"${name}"`).join(' or ')} column, so none of its rows can be read.`,
      advice: `make the first row name the columns, starting "${layout.required.join(',')}".`,
    });
    usable = false;
  }
  return usable ? columns : undefined;
}

/** A row with more cells than its header names columns: most often a value with a comma, unquoted. */
export function extraCellProblem(
  cells: CsvCell[],
  columns: ReadonlyMap<string, number>,
  file: string,
  advice = 'put a value containing a comma inside double quotes ("1,234"), or remove the extra cell.',
): ContentProblem | undefined {
  const headerWidth = Math.max(...columns.values()) + 1;
  const extra = cells[headerWidth];
  if (!extra) return undefined;
  return {
    file,
    line: extra.line,
    column: extra.column,
    message: `This row has ${cells.length} cells but the header names ${headerWidth}: column ${columnLetter(extra.column)} holds "${extra.text}".`,
    advice,
  };
}

export type NumberResult = { ok: true; value: number } | { ok: false; message: string; advice: string };

/**
 * Reads a figure as people write it: thousands separators ("1,234"), a sign, decimals.
 * With `decimalComma` (a semicolon-separated file, as European Excel saves) the comma is
 * the decimal mark ("6,1"), and a full stop before three digits ("1.234") is refused as
 * ambiguous. Refuses blanks, "n/a", suppression marks and a stray % rather than guessing.
 * Example: parseNumber('1,234.5') → { ok: true, value: 1234.5 }; parseNumber('6,1', true) → { ok: true, value: 6.1 }.
 */
export function parseNumber(text: string, decimalComma = false): NumberResult {
  const written = text.trim();
  // Excel and Word sometimes turn a minus into U+2212; it is still a minus.
  const normalised = written.replace(/^\u2212/, '-');
  if (decimalComma) {
    if (/^[+-]?(?:\d{1,3}(?:\.\d{3})+,\d+|\d+(?:,\d+)?|\d*\.(?!\d{3}$)\d+)$/.test(normalised))
      return { ok: true, value: Number(normalised.replace(/\.(?=\d{3}(?:\.|,))/g, '').replace(',', '.')) };
    if (/^[+-]?\d{1,3}(?:\.\d{3})+$/.test(normalised))
      return {
        ok: false,
        message: `"${written}" could be read two ways: this file is separated by semicolons, so its comma is the decimal mark, and the full stop may be a thousands separator.`,
        advice: `write ${normalised.replace(/\./g, '')} without the full stop if that is the figure, or ${normalised.replace('.', ',')} for a decimal.`,
      };
  } else if (/^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/.test(normalised) || /^[+-]?\.\d+$/.test(normalised)) {
    return { ok: true, value: Number(normalised.replace(/,/g, '')) };
  }
  if (written === '') {
    return {
      ok: false,
      message: 'The value is empty.',
      advice:
        'give the figure; if it was not published or was suppressed, leave the whole row out (the chart then shows a gap).',
    };
  }
  if (/^[+-]?[\d,]+(?:\.\d+)?%$/.test(normalised)) {
    return {
      ok: false,
      message: `"${written}" has a % sign.`,
      advice: `write the number alone (${written.slice(0, -1)}): the indicator's format adds the %.`,
    };
  }
  if (/^[+-]?\d+,\d{1,2}$/.test(normalised)) {
    return {
      ok: false,
      message: `"${written}" is not a number Minuted can read: the comma is not a thousands separator.`,
      advice: `use a full stop for decimals (${written.replace(',', '.')}), and commas only between groups of three digits (1,234).`,
    };
  }
  return {
    ok: false,
    message: `"${written}" is not a number.`,
    advice:
      'give the figure as a number such as 1234 or 56.7; if it was not published or was suppressed, leave the whole row out (the chart then shows a gap).',
  };
}
