/** An indicator's fields (id, title, format, polarity, source…) worked out from a published file and its catalog entry. */
import type { Indicator, IndicatorFormat, Polarity } from '../../src/lib/kpi/schema.ts';
import type { CatalogEntry, SourceRow } from './source-files.ts';

/** The indicator id for one indicator name in a file: the file name, plus "-female"/"-male"/"-persons" where a file holds several. */
export function indicatorId(file: string, name: string, several: boolean): string {
  const base = file.replace(/\.csv$/, '');
  return several ? `${base}-${sexOf(name)!.toLowerCase()}` : base;
}

function sexOf(name: string): string | undefined {
  return / - (Female|Male|Persons)$/.exec(name)?.[1];
}

/** "Healthy life expectancy at birth - Female" → "Healthy life expectancy at birth (female)". */
export function titleOf(name: string): string {
  const sex = sexOf(name);
  const title = sex ? name.slice(0, -` - ${sex}`.length) : name;
  if (!sex) return title;
  return title.endsWith(')') ? `${title}, ${sex.toLowerCase()}` : `${title} (${sex.toLowerCase()})`;
}

/** The format a unit's figures are shown in; a unit not listed here stops the conversion. */
export function formatOf(unit: string): IndicatorFormat {
  if (unit.startsWith('%') || unit.includes('%)')) return 'percent';
  if (/per 100,000/.test(unit)) return 'rate per 100,000';
  if (unit === 'Years') return 'years';
  if (unit === 'Persons') return 'count';
  if (unit.startsWith('Score')) return 'score';
  throw new Error(`No format for the unit "${unit}": add it to formatOf in scripts/kpi/indicator-fields.ts.`);
}

/** Whether higher figures are better, from catalog.json's words. */
export function polarityOf(text: string): Polarity {
  if (/^Higher is better/i.test(text)) return 'higher is better';
  if (/^Lower is better/i.test(text)) return 'lower is better';
  if (/^n\/a/i.test(text)) return 'no judgement';
  throw new Error(`Unknown polarity "${text}" in catalog.json.`);
}

/** A link to the exact file the figures were copied from, at the commit read. */
export function sourceUrl(entry: CatalogEntry): string {
  const [repo, ...otherRepos] = entry.source_repo.match(/\b[A-Za-z][\w.-]*\/[A-Za-z][\w.-]*/g)!;
  const paths = entry.source_path.split(';').map((path) => path.replace(/\s*\(.*\)\s*$/, '').trim());
  const commit = entry.commit.split(';')[0].trim();
  // With several repositories, each path belongs to one of them: link the first.
  if (paths.length === 1 || otherRepos.length > 0)
    return `https://github.com/${repo}/blob/${commit}/${encodePath(paths[0])}`;
  // Several files (e.g. one per year) are linked by the folder they share.
  const folders = paths.map((path) => path.split('/').slice(0, -1));
  const shared = folders[0].filter((part, i) => folders.every((folder) => folder[i] === part));
  return `https://github.com/${repo}/tree/${commit}/${encodePath(shared.join('/'))}`;
}

function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/**
 * As many decimals as the most precise value has, so a figure shows as published; but at
 * most one for a percentage and three otherwise, as ASCOF and Fingertips publish theirs. A
 * source holding figures unrounded (Oflog's turnover rates, to 8 decimals) would otherwise
 * show "25.06789769%", a precision no survey has. The CSV keeps every digit.
 * Example: decimalsOf(['28.71211702', '30.8141155'], 'percent') === 1.
 */
export function decimalsOf(values: readonly string[], format: IndicatorFormat): number {
  const given = Math.max(0, ...values.map((value) => /\.(\d+)$/.exec(value)?.[1].length ?? 0));
  return Math.min(given, format === 'percent' ? 1 : 3);
}

/** How often the figures come: quarterly when any period is a quarter. */
export function frequencyOf(rows: readonly SourceRow[], definition: string): Indicator['frequency'] {
  if (rows.some((row) => / Q[1-4]/.test(row.period))) return 'quarterly';
  if (/biennial/i.test(definition)) return 'biennial';
  return 'annual';
}
