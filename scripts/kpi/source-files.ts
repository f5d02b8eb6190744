/** The published files the sample figures come from: catalog.json, SOURCES.md and each CSV. */
import { parseNumber, readCsv } from '../../src/lib/kpi/csv.ts';
import { parsePeriod } from '../../src/lib/kpi/periods.ts';
import { LOCALITY_BY_AREA_CODE } from './sample-figures.ts';

/** A file of figures as catalog.json lists it. */
export interface CatalogEntry {
  file: string;
  indicators: string[];
  polarity: string;
  publisher: string;
  source_repo: string;
  source_path: string;
  commit: string;
}

/** A row of a source CSV, its cells as written. */
export interface SourceRow {
  indicator: string;
  areaCode: string;
  period: string;
  value: string;
  unit: string;
  lowerCi: string;
  upperCi: string;
}

/** What SOURCES.md says about each file: its "- **Key:** value" lines under "### `file`". */
export function readSourcesMarkdown(text: string): Map<string, Map<string, string>> {
  const sections = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    const heading = /^### `([^`]+)`/.exec(line);
    if (heading) sections.set(heading[1], (current = new Map()));
    else if (line.startsWith('## ')) current = undefined;
    for (const field of line.matchAll(/\*\*([^*]+):\*\* ([^*]*?)(?=\s*(?:\*\*|$))/g))
      current?.set(field[1], field[2].trim());
  }
  return sections;
}

/** The rows of a source CSV, checked: a known area, a period Minuted reads, a number. */
export function readSourceRows(text: string, file: string): SourceRow[] {
  const { records, problems } = readCsv(text);
  if (problems.length > 0) throw new Error(`${file}, line ${problems[0].line}: ${problems[0].message}`);
  const [header, ...rows] = records;
  const column = (name: string) => {
    const index = header.cells.findIndex((cell) => cell.text === name);
    if (index < 0) throw new Error(`${file} has no "${name}" column.`);
    return index;
  };
  const at = {
    indicator: column('indicator'),
    areaCode: column('area_code'),
    period: column('period'),
    value: column('value'),
    unit: column('unit'),
    lowerCi: column('lower_ci'),
    upperCi: column('upper_ci'),
  };
  return rows.map((row) => {
    const cell = (index: number) => row.cells[index]?.text.trim() ?? '';
    const read: SourceRow = {
      indicator: cell(at.indicator),
      areaCode: cell(at.areaCode),
      period: cell(at.period),
      value: cell(at.value),
      unit: cell(at.unit),
      lowerCi: cell(at.lowerCi),
      upperCi: cell(at.upperCi),
    };
    const where = `${file}, line ${row.line}`;
    if (!LOCALITY_BY_AREA_CODE[read.areaCode])
      throw new Error(`${where}: no locality id for the area code ${read.areaCode}.`);
    const period = parsePeriod(read.period);
    if (!period.ok) throw new Error(`${where}: ${period.message}`);
    if (!parseNumber(read.value).ok) throw new Error(`${where}: the value "${read.value}" is not a number.`);
    return read;
  });
}

/**
 * The figures an export gives for one series in the sample's areas, by locality and period:
 * its value as written. Rows broken down by a category are not the series.
 */
export function readExportFigures(
  text: string,
  file: string,
  series: { id: number; sex: string; age: string },
): Map<string, string> {
  const { records, problems } = readCsv(text);
  if (problems.length > 0) throw new Error(`${file}, line ${problems[0].line}: ${problems[0].message}`);
  const [header, ...rows] = records;
  const at = (name: string) => header.cells.findIndex((cell) => cell.text.trim() === name);
  const [id, area, sex, age, category, period, value] = [
    'Indicator ID',
    'Area Code',
    'Sex',
    'Age',
    'Category Type',
    'Time period',
    'Value',
  ].map(at);
  const figures = new Map<string, string>();
  for (const row of rows) {
    const cell = (index: number) => row.cells[index]?.text.trim() ?? '';
    const locality = LOCALITY_BY_AREA_CODE[cell(area)];
    if (cell(id) !== String(series.id) || cell(sex) !== series.sex || cell(age) !== series.age) continue;
    if (locality && cell(category) === '' && cell(value) !== '')
      figures.set(`${locality}\u0000${cell(period)}`, cell(value));
  }
  return figures;
}
