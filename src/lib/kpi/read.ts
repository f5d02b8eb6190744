/**
 * The file-system side of KPI loading: reads `indicators/*.yaml`, `kpis/*.csv` and the
 * locality ids from a content folder, then hands them to the pure loadKpis.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import type { ContentProblem } from '../content/content-error.ts';
import { parseYaml, validate } from '../content/yaml-source.ts';
import { loadKpis, type KpiLoad } from './load.ts';
import { type IndicatorFile } from './series.ts';
import { indicatorSchema } from './schema.ts';

/**
 * Reads and checks every indicator and KPI file under `contentDir`; problems carry paths
 * relative to the content folder's parent ("content/kpis/smoking.csv").
 * Example: readKpiFolder('content').counts.rowsRead === readKpiFolder('content').counts.rowsCharted when the data is sound.
 */
export function readKpiFolder(contentDir: string): KpiLoad & { indicators: Map<string, IndicatorFile> } {
  const shown = (path: string) => relative(dirname(contentDir), path).split('\\').join('/');
  const problems: ContentProblem[] = [];
  const indicators = new Map<string, IndicatorFile>();
  for (const path of filesIn(join(contentDir, 'indicators'), '.yaml')) {
    const file = shown(path);
    const parsed = parseYaml(readFileSync(path, 'utf8'), file);
    problems.push(...parsed.problems);
    if (!parsed.source) continue;
    const checked = validate(indicatorSchema, parsed.source, file);
    problems.push(...checked.problems);
    if (checked.value) indicators.set(basename(path, '.yaml'), { ...checked.value, file });
  }
  const localityIds = new Set(filesIn(join(contentDir, 'localities'), '.yaml').map((path) => basename(path, '.yaml')));
  const csvFiles = filesIn(join(contentDir, 'kpis'), '.csv').map((path) => ({
    path: shown(path),
    text: readFileSync(path, 'utf8'),
  }));
  const loaded = loadKpis({ indicators, localityIds, csvFiles });
  return { ...loaded, indicators, problems: [...problems, ...loaded.problems] };
}

/** The files in `dir` ending `extension`, sorted so output and error order never depend on the disk. */
function filesIn(dir: string, extension: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(extension) && !name.startsWith('.'))
    .sort()
    .map((name) => join(dir, name));
}
