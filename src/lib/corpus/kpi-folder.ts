/**
 * The performance figures of a content folder: `indicators/*.yaml` and the figures in
 * `kpis/`, read like every other content file, then checked by the pure loadKpis.
 */
import { extname, join } from 'node:path';
import type { ContentProblem } from '../content/content-error.ts';
import { loadKpis, type KpiLoad } from '../kpi/load.ts';
import { indicatorFileSchema } from '../kpi/schema.ts';
import type { IndicatorFile, IndicatorFileAsWritten } from '../kpi/series.ts';
import type { ContentReader } from './content-reader.ts';

/** Files of figures: CSV, and tab-separated text as Excel's "Text (Tab delimited)" saves it. */
const FIGURES = /\.(?:csv|tsv|txt)$/i;
const WORKBOOK = /\.(?:xlsx|xlsm|xlsb|xls|ods|numbers)$/i;

/**
 * Reads and checks every indicator and file of figures under `contentDir`, recording
 * problems and notes in `reader`, with paths as it shows them ("content/kpis/smoking.csv");
 * `localityOns` (locality ids by ONS code) matches the areas of Fingertips exports and Nomis downloads.
 * Example: readKpiFolder(reader, 'content', localityIds).counts.rowsRead === 2401 for the sample.
 */
export function readKpiFolder(
  reader: ContentReader,
  contentDir: string,
  localityIds: ReadonlySet<string>,
  localityOns: ReadonlyMap<string, string> = new Map(),
): Omit<KpiLoad, 'problems' | 'notes'> & { indicators: Map<string, IndicatorFile> } {
  const written = new Map<string, IndicatorFileAsWritten>();
  for (const { id, lineOf, ...indicator } of reader.folderOfYaml(join(contentDir, 'indicators'), indicatorFileSchema))
    written.set(id, indicator);
  const kpisDir = join(contentDir, 'kpis');
  const csvFiles: { path: string; text: string }[] = [];
  for (const { name, path, kind } of reader.entries(kpisDir)) {
    if (kind === 'folder') reader.strayFolder(path, 'Minuted reads only the files of figures in content/kpis');
    else if (FIGURES.test(name)) {
      const text = reader.text(path);
      if (text !== undefined) csvFiles.push({ path: reader.display(path), text });
    } else reader.problems.push(notFigures(reader.display(path), extname(name)));
  }
  // A kpis/ that is a file or a link elsewhere is already reported, by the content folder's check.
  const kpisKind = reader.kind(kpisDir);
  if (written.size > 0 && csvFiles.length === 0 && (kpisKind === 'missing' || kpisKind === 'folder'))
    reader.problems.push({
      file: reader.display(kpisDir),
      message: `${kpisKind === 'missing' ? 'There is no kpis folder' : 'The kpis folder has no files of figures'}, so none of the ${written.size} indicators in ${reader.display(join(contentDir, 'indicators'))} has figures to chart.`,
      advice: `put the CSV files of figures in ${reader.display(kpisDir)}/ (if the folder was renamed or moved, put it back), or delete the indicators if the site shows no performance figures.`,
    });
  const unreadIndicators = reader.idsIn(join(contentDir, 'indicators'), []);
  const loaded = loadKpis({ indicators: written, localityIds, localityOns, unreadIndicators, csvFiles });
  // Titles left to an export are filled in from it; loadKpis reports an indicator with none.
  const indicators = loaded.indicators;
  reader.problems.push(...loaded.problems);
  reader.notes.push(...loaded.notes, ...withoutFigures(indicators, loaded, reader.display(kpisDir)));
  return { series: loaded.series, counts: loaded.counts, indicators };
}

/** A file in kpis/ that is not one of figures: a workbook gets Excel's way to CSV. */
function notFigures(file: string, extension: string): ContentProblem {
  return WORKBOOK.test(extension)
    ? {
        file,
        message: 'This is a spreadsheet workbook; Minuted reads figures only from CSV files, so it would be left out.',
        advice:
          'open it in Excel and save the sheet of figures with Save As, "CSV UTF-8 (Comma delimited)", into this folder; then move the workbook out of the content folder.',
      }
    : {
        file,
        message:
          'Minuted reads only .csv files of figures here (or .tsv and .txt saved as tab-separated text), so this one would be left out.',
        advice: 'save the figures as CSV into this folder, and move this file out of the content folder.',
      };
}

/** A note for each indicator no file has figures for, once the figures load. */
function withoutFigures(indicators: Map<string, IndicatorFile>, loaded: KpiLoad, kpis: string): ContentProblem[] {
  if (loaded.counts.files === 0) return [];
  const charted = new Set(loaded.series.map((s) => s.indicator));
  return [...indicators]
    .filter(([id]) => !charted.has(id))
    .map(([id, indicator]) => ({
      file: indicator.file,
      message: `No file in ${kpis} has figures for this indicator, so it has no chart.`,
      advice: `add its figures to a file in ${kpis}/ with "${id}" in the indicator column, or delete this file if it is no longer reported.`,
    }));
}
