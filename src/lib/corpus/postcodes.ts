/**
 * `content/postcodes.csv`, optional: the council's own list of postcodes (districts or full
 * ones) and the localities they are in, which "Find your area" looks a postcode up in.
 */
import { join } from 'node:path';
import type { ContentProblem } from '../content/content-error.ts';
import { postcodeColumns, postcodeSchema } from '../content/schema.ts';
import { type CsvCell, type CsvLayout, extraCellProblem, readCsv, readHeader } from '../kpi/csv.ts';
import { compareNames } from '../text/names.ts';
import type { ContentReader } from './content-reader.ts';
import type { PostcodeArea } from './model.ts';
import { References } from './references.ts';

type PostcodeColumn = (typeof postcodeColumns)[number];

const LAYOUT: CsvLayout<PostcodeColumn> = {
  columns: postcodeColumns,
  required: postcodeColumns,
  others: 'a postcode in two localities takes a row for each of them',
};

const START = 'start it with the header row "postcode,locality", then a row for each postcode, such as "BR1,bromley"';

/** The postcodes of `content/postcodes.csv`, if there is one; its problems are recorded in `reader`. */
export function readPostcodeFile(reader: ContentReader, contentDir: string, localityIds: Set<string>): PostcodeArea[] {
  const path = join(contentDir, 'postcodes.csv');
  if (reader.kind(path) === 'missing') return [];
  const text = reader.text(path);
  if (text === undefined) return [];
  const read = postcodeAreas(text, reader.display(path), localityIds);
  reader.problems.push(...read.problems);
  return read.areas;
}

/**
 * The postcodes of a postcodes.csv, each with its localities, sorted; every row that cannot
 * be used is a problem naming its line and column, and how to put it right.
 * Example: postcodeAreas('postcode,locality\nbr1,bromley\n', 'content/postcodes.csv', new Set(['bromley'])).areas
 * → [{ postcode: 'BR1', localities: ['bromley'] }].
 */
export function postcodeAreas(
  text: string,
  file: string,
  localityIds: Set<string>,
): { areas: PostcodeArea[]; problems: ContentProblem[] } {
  const { records, problems: syntax } = readCsv(text);
  const problems: ContentProblem[] = syntax.map((p) => ({ file, ...p }));
  const [header, ...rows] = records;
  if (!header) {
    problems.push({ file, line: 1, message: 'The file is empty.', advice: `${START}; or delete the file.` });
    return { areas: [], problems };
  }
  const columns = readHeader(header.cells, file, problems, LAYOUT);
  if (!columns) return { areas: [], problems };
  if (rows.length === 0)
    problems.push({
      file,
      line: header.line,
      message: 'The file has a header row but no postcodes.',
      advice: `${START}.`,
    });

  const refs = new References(problems);
  const areas = new Map<string, PostcodeArea>();
  const lineOf = new Map<string, number>();
  for (const row of rows) {
    const extra = extraCellProblem(row.cells, columns, file, `${LAYOUT.others}; remove the extra cell.`);
    if (extra) problems.push(extra);
    const cell = (name: PostcodeColumn): CsvCell =>
      row.cells[columns.get(name)!] ?? { text: '', line: row.line, column: columns.get(name)! + 1 };
    const written = cell('postcode');
    const postcode = postcodeSchema.safeParse(written.text);
    if (!postcode.success)
      problems.push({
        file,
        line: written.line,
        column: written.column,
        field: 'postcode',
        message: written.text.trim() === '' ? 'The postcode is empty.' : `"${written.text.trim()}" is not a postcode.`,
        advice: `${postcode.error.issues[0].message}.`,
      });
    const where = cell('locality');
    const locality = where.text.trim();
    if (!localityIds.has(locality))
      problems.push(
        locality === ''
          ? {
              file,
              line: where.line,
              column: where.column,
              field: 'locality',
              message: 'The locality is empty.',
              advice:
                'give the id of the locality the postcode is in: its file name in content/localities/ without ".yaml", such as "bromley".',
            }
          : {
              ...refs.unknown(file, where.line, 'locality', locality, localityIds, 'localities'),
              column: where.column,
            },
      );
    if (!postcode.success || !localityIds.has(locality)) continue;

    const pair = `${postcode.data} ${locality}`;
    const earlier = lineOf.get(pair);
    if (earlier !== undefined) {
      problems.push({
        file,
        line: row.line,
        message: `This row repeats ${postcode.data} in ${locality}, already given on line ${earlier}.`,
        advice: 'delete one of the two rows.',
      });
      continue;
    }
    lineOf.set(pair, row.line);
    const area = areas.get(postcode.data) ?? { postcode: postcode.data, localities: [] };
    area.localities.push(locality);
    areas.set(postcode.data, area);
  }
  return { areas: [...areas.values()].sort((a, b) => compareNames(a.postcode, b.postcode)), problems };
}
