/**
 * Performance figures as the meeting and locality pages list them: a row a measure, with
 * its standing, its chart's address, how old it is when too old to judge at a meeting,
 * and England's figure for the same period; rows counted by direction, and grouped by theme.
 */
import type { Benchmark, Figures, Measure, Standing } from '../kpi/figures.ts';
import { NO_INTERVAL, type Comparison } from '../kpi/comparison.ts';
import { yearsOld } from '../kpi/trend.ts';
import { counted } from '../text/counts.ts';
import { inWords } from '../text/lists.ts';
import { compareNames } from '../text/names.ts';
import { slugify } from '../text/slug.ts';
import { paths } from './paths.ts';
import { sharedView } from './shared-views.ts';

/** A measure's row in a table of a place's figures. */
export interface FigureRow {
  standing: Standing;
  /** The measure's page, at this place's chart. */
  chart: string;
  /**
   * "2017/18 figures, 5 years before this meeting" (or "…, 8 years old" on a page of today's
   * figures): the direction of travel judged describes an earlier time.
   */
  dated?: string;
  /** The figure of the place above all others (England) for the same period, where there is one. */
  benchmark?: Benchmark & { name: string };
  /** The figure of the nearest place between (the region) for the same period, where there is one. */
  region?: Benchmark & { name: string };
}

/** A place compared with: its id and name. */
type Place = { id: string; name: string };

/** The theme rows are listed under when their indicators give none. */
export const NO_THEME = 'Other figures';

/**
 * A place's figures for some measures, as known on `date` (today's when undefined), each
 * with England's for the same period when `benchmark` names it, and with the nearest of
 * `regions` (nearest first) that has one. Measures without figures by then are left out.
 * A figure two or more years older than `date`, or than `today` on a page of today's
 * figures, says its age.
 * Example: figureRows(figures, measures, 'bromley', { date: '2023-06-29' })[0].dated === '2017/18 figures, 5 years before this meeting'.
 */
export function figureRows(
  figures: Figures,
  measures: readonly Measure[],
  locality: string,
  {
    date,
    today,
    benchmark,
    regions = [],
  }: { date?: string; today?: string; benchmark?: Place; regions?: readonly Place[] } = {},
): FigureRow[] {
  // Rows are shared by the pages showing them, so they are looked up by what they show.
  const around = [benchmark, ...regions].map((place) => place && `${place.id}\u0000${place.name}`).join('\u0001');
  return measures.flatMap((measure) => {
    const standing = figures.standing(measure, locality, date);
    if (!standing) return [];
    const dated = datedOf(standing, { date, today });
    let made = rowsMade.get(standing);
    if (!made) rowsMade.set(standing, (made = new Map()));
    const key = `${dated ?? ''}\u0002${around}`;
    let row = made.get(key);
    if (!row) made.set(key, (row = sharedView(rowOf(figures, standing, dated, benchmark, regions))));
    return [row];
  });
}

/**
 * Rows made this build, by standing and then by their age and places compared with: a
 * standing lasts from one figure's publication to the next, and every meeting of its place
 * meanwhile shows the same row. Marked shared, so a page's key hashes each once.
 */
const rowsMade = new WeakMap<Standing, Map<string, FigureRow>>();

/** A standing's row, with its age when too old to judge, compared with `benchmark` and the nearest of `regions`. */
function rowOf(
  figures: Figures,
  standing: Standing,
  dated: string | undefined,
  benchmark: Place | undefined,
  regions: readonly Place[],
): FigureRow {
  const compared = benchmark && figures.benchmark(standing, benchmark.id);
  const region = nearestBenchmark(figures, standing, regions);
  return {
    standing,
    chart: paths.kpiChart(standing.measure.id, standing.locality),
    ...(dated && { dated }),
    ...(compared && { benchmark: { ...compared, name: benchmark.name } }),
    ...(region && { region }),
  };
}

/**
 * How old a standing's figure is, when two or more years older than the meeting's `date` or
 * than `today` on a page of today's figures: its direction describes an earlier time.
 * Example: datedOf(alcoholAt2023, { date: '2023-06-29' }) === '2017/18 figures, 5 years before this meeting'.
 */
export function datedOf(standing: Standing, { date, today }: { date?: string; today?: string }): string | undefined {
  const asOf = date ?? today;
  // Only a direction judged can mislead; "not judged" claims nothing of the time.
  if (asOf === undefined || standing.direction.direction === 'not judged') return undefined;
  const years = yearsOld(standing.latest.period, asOf);
  if (years === undefined) return undefined;
  return `${standing.latest.period.label} figures, ${counted(years, ['year', 'years'])} ${date ? 'before this meeting' : 'old'}`;
}

/**
 * A standing compared with the first of `places` (nearest first) that has a figure for the
 * same period, named: the region a place's figure is compared with.
 * Example: nearestBenchmark(figures, bromleyNow, [southEastLondon, london])?.name === 'London'.
 */
export function nearestBenchmark(
  figures: Figures,
  standing: Standing,
  places: readonly Place[],
): (Benchmark & { name: string }) | undefined {
  for (const place of places) {
    const compared = figures.benchmark(standing, place.id);
    if (compared) return { ...compared, name: place.name };
  }
  return undefined;
}

/** What a count of rows is of, in words: each direction of travel, and figures too old to judge. */
const DIRECTIONS = {
  improving: 'improving',
  worsening: 'worsening',
  'no change': 'no change',
  'not judged': 'not judged',
  dated: 'too old to judge (their periods ended two or more years earlier)',
} as const;

/**
 * How many rows are improving, worsening, no change or not judged, and how many are too old
 * to judge at the meeting (whichever way they went), in that order, leaving out none.
 */
function directionCounts(rows: readonly FigureRow[]) {
  return (Object.keys(DIRECTIONS) as (keyof typeof DIRECTIONS)[]).map((direction) => ({
    direction,
    count: rows.filter((row) =>
      direction === 'dated' ? row.dated : !row.dated && row.standing.direction.direction === direction,
    ).length,
  }));
}

/**
 * The counts of directionCounts in words, leaving out directions none took.
 * Example: directionsInWords(rows) === '4 improving, 7 worsening and 10 not judged'.
 */
export function directionsInWords(rows: readonly FigureRow[]): string {
  return inWords(
    directionCounts(rows)
      .filter(({ count }) => count > 0)
      .map(({ direction, count }) => `${count} ${DIRECTIONS[direction]}`),
  );
}

/**
 * How many rows are better, worse or similar than England for the same period, and how many
 * could not be compared for want of a confidence interval; leaving out those without
 * England's figure, and those higher or lower where neither is better.
 */
function benchmarkCounts(rows: readonly FigureRow[]) {
  const count = (comparison: Comparison) => rows.filter((row) => row.benchmark?.comparison === comparison).length;
  return {
    better: count('better'),
    worse: count('worse'),
    similar: count('similar'),
    notCompared: count('not compared'),
  };
}

/**
 * The counts of benchmarkCounts in words, leaving out none but an empty count; undefined
 * when no row had England's figure to compare with.
 * Example: comparedInWords(rows, 'England') ===
 *   '10 better than England, 12 worse, 3 similar and 5 not compared (no confidence interval published)'.
 */
export function comparedInWords(rows: readonly FigureRow[], name: string): string | undefined {
  const { better, worse, similar, notCompared } = benchmarkCounts(rows);
  const words = [
    better > 0 && `${better} better`,
    worse > 0 && `${worse} worse`,
    similar > 0 && `${similar} similar`,
    notCompared > 0 && `${notCompared} not compared`,
  ].filter((phrase) => phrase !== false);
  if (words.length === 0) return undefined;
  words[0] += better > 0 || worse > 0 ? ` than ${name}` : similar > 0 ? ` to ${name}` : ` with ${name}`;
  if (notCompared > 0) words[words.length - 1] += ` (${NO_INTERVAL})`;
  return inWords(words);
}

/**
 * Rows grouped by their measure's theme, themes by name with "Other figures" last; each
 * with an id for its heading.
 * Example: byTheme(rows)[0] → { theme: 'Adult social care', id: 'theme-adult-social-care', rows: [...] }.
 */
export function byTheme(rows: readonly FigureRow[]) {
  const themes = new Map<string, FigureRow[]>();
  for (const row of rows) {
    const theme = row.standing.measure.theme ?? NO_THEME;
    themes.set(theme, [...(themes.get(theme) ?? []), row]);
  }
  return [...themes]
    .sort(([a], [b]) => Number(a === NO_THEME) - Number(b === NO_THEME) || compareNames(a, b))
    .map(([theme, themed]) => ({ theme, id: `theme-${slugify(theme)}`, rows: themed }));
}
