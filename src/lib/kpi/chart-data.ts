/**
 * What a KPI chart draws and offers for download, built from the loaded series so the
 * chart, its text summary, its table and its CSV can never disagree.
 */
import { toCsv } from '../text/csv.ts';
import type { KpiPoint } from './series.ts';
import { comparePeriods, type Period } from './periods.ts';
import type { Indicator } from './schema.ts';
import { formatValue, summariseChart, segmentName, shownSummary, type SummarySeries } from './summary.ts';
import { comparableSegments, targetFor } from './trend.ts';

/** One edition of a measure (usually the only one) with the places to draw. */
export interface ChartEdition {
  /** The indicator id, written in the CSV. */
  id: string;
  indicator: Indicator;
  locality: SummarySeries;
  /** Parent region, England and the like, nearest first. */
  benchmarks: readonly SummarySeries[];
}

/** One line: a place's figures in one comparable segment, aligned with `periods` (null where it has none). */
export interface ChartLine {
  label: string;
  /** The place's name alone, e.g. "England". */
  place: string;
  /** The chart's own place, a place it is compared with, or one of several places compared as equals. */
  role: 'locality' | 'benchmark' | 'place';
  /** 0 for a place's first segment, 1 for its next…: later segments are drawn in another dash so they read as separate. */
  segment: number;
  values: (number | null)[];
  /** 95% confidence limits aligned with `values` (null where a figure has none); left out when no figure has them. */
  intervals?: ([number, number] | null)[];
}

/** The value axis: its title with the unit, and whether it starts at zero. */
export interface ChartAxis {
  /** E.g. "%" or "Years (axis does not start at zero)". */
  title: string;
  fromZero: boolean;
  /** The lowest and highest confidence limits drawn, so the axis reaches them. */
  low?: number;
  high?: number;
}

/** The JSON behind `<kpi-chart data-chart='…'>`. */
export interface ChartData {
  title: string;
  /** The text summary: the chart's accessible name and the paragraph beside it. */
  summary: string;
  /** Period labels for the x axis, in period order. */
  periods: string[];
  lines: ChartLine[];
  target?: { label: string; value: number };
  axis: ChartAxis;
  format: Indicator['format'];
  decimals: number;
}

/**
 * The chart of one measure: a line per place, per edition and per comparable segment, so
 * figures that cannot be compared are never joined.
 * Example: chartData([{ id: 'smoking', indicator, locality: bromley, benchmarks: [england] }]).lines.map((l) => l.label) → ['Bromley', 'England'].
 */
export function chartData(editions: readonly ChartEdition[]): ChartData {
  const [first] = editions;
  const periods = periodLabels(
    editions.flatMap((edition) => [edition.locality, ...edition.benchmarks].flatMap((place) => place.points)),
  );
  const lines = editions.flatMap((edition) => [
    ...placeLines(edition.locality, 'locality', edition.indicator, periods, editions.length > 1),
    ...edition.benchmarks.flatMap((b) => placeLines(b, 'benchmark', edition.indicator, periods, editions.length > 1)),
  ]);
  const summaries = editions.map((edition) => {
    const text = summariseChart(edition);
    return editions.length > 1 ? `${edition.indicator.edition}: ${text}` : text;
  });
  const target = targetFor(first.indicator, first.locality.id);
  return {
    title: first.indicator.title,
    summary: summaries.join(' '),
    periods,
    lines,
    ...(target && { target: { label: target.label, value: target.value } }),
    axis: valueAxis(first.indicator, lines),
    format: first.indicator.format,
    decimals: first.indicator.decimals,
  };
}

/**
 * The chart of several places compared as equals on one edition of a measure: a line per
 * place and comparable segment, no target (targets are a place's own); its summary names
 * them all, as the table beside it shows them all.
 * Example: compareChartData(indicator, [bromley, england]).lines.map((l) => l.place) → ['Bromley', 'England'].
 */
export function compareChartData(indicator: Indicator, places: readonly SummarySeries[]): ChartData {
  const periods = periodLabels(places.flatMap((place) => place.points));
  const lines = places.flatMap((place) => placeLines(place, 'place', indicator, periods));
  const data: ChartData = {
    title: indicator.title,
    summary: '',
    periods,
    lines,
    axis: valueAxis(indicator, lines),
    format: indicator.format,
    decimals: indicator.decimals,
  };
  return {
    ...data,
    summary: shownSummary(
      data,
      places.map((place) => place.name),
    ),
  };
}

/**
 * A place's lines in one edition: one per comparable segment, aligned with `periods`, named
 * with the edition (when `named`) and the segment where they need telling apart.
 * Example: placeLines(bromley, 'locality', indicator, ['2023', '2024']) → [{ label: 'Bromley', values: [7.1, 6.6], … }].
 */
export function placeLines(
  place: SummarySeries,
  role: ChartLine['role'],
  indicator: Indicator,
  periods: readonly string[],
  named = false,
): ChartLine[] {
  const segments = comparableSegments(place.points, indicator);
  return segments.map((segment, index) => {
    const qualifiers = [
      named ? indicator.edition : undefined,
      segments.length > 1 ? segmentName(segment, segments) : undefined,
    ].filter(Boolean);
    const byLabel = new Map(segment.points.map((point) => [point.period.label, point]));
    const intervals = periods.map((label) => intervalOf(byLabel.get(label)));
    return {
      label: qualifiers.length > 0 ? `${place.name} (${qualifiers.join('; ')})` : place.name,
      place: place.name,
      role,
      segment: index,
      values: periods.map((label) => byLabel.get(label)?.value ?? null),
      ...(intervals.some(Boolean) && { intervals }),
    };
  });
}

/** A cell of a chart's table: its text, and whether it is a confidence interval. */
export interface TableCell {
  text: string;
  interval?: true;
}

/** The table that carries a chart's figures: a column per line, its intervals beside it, and the target. */
export interface ChartTable {
  head: TableCell[];
  rows: { period: string; cells: TableCell[] }[];
}

/**
 * A chart's figures as its table shows them, rounded to the indicator's decimals.
 * Example: chartTable(data).rows[0] → { period: '2018', cells: [{ text: '26.3%' }, { text: '23.1% to 29.5%', interval: true }, …] }.
 */
export function chartTable(data: ChartData): ChartTable {
  const figure = (value: number | null) => (value === null ? '–' : formatValue(value, data));
  const columns: { head: TableCell; cell: (at: number) => TableCell }[] = data.lines.flatMap((line) => [
    { head: { text: line.label }, cell: (at: number) => ({ text: figure(line.values[at]) }) },
    ...(line.intervals ? [intervalColumn(line.label, line.intervals, data)] : []),
  ]);
  const { target } = data;
  if (target) columns.push({ head: { text: target.label }, cell: () => ({ text: figure(target.value) }) });
  return {
    head: columns.map((column) => column.head),
    rows: data.periods.map((period, at) => ({ period, cells: columns.map((column) => column.cell(at)) })),
  };
}

function intervalColumn(label: string, intervals: readonly ([number, number] | null)[], data: ChartData) {
  return {
    head: { text: `${label}: 95% confidence interval`, interval: true as const },
    cell: (at: number): TableCell => {
      const limits = intervals[at];
      const text = limits ? `${formatValue(limits[0], data)} to ${formatValue(limits[1], data)}` : '–';
      return { text, interval: true };
    },
  };
}

/**
 * Exactly the figures behind a chart as CSV, one row per point, formula-safe, negative
 * numbers kept as numbers.
 * Example: chartCsv([edition]).split('\r\n')[0] === 'indicator,edition,locality,period,period_start,period_end,value,lower_ci,upper_ci,note'.
 */
export function chartCsv(editions: readonly ChartEdition[]): string {
  const rows = editions.flatMap((edition) =>
    [edition.locality, ...edition.benchmarks].flatMap((place) =>
      place.points.map((point: KpiPoint) => [
        edition.id,
        edition.indicator.edition ?? '',
        place.name,
        point.period.label,
        point.period.start,
        point.period.end,
        point.value,
        point.lowerCi,
        point.upperCi,
        point.note,
      ]),
    ),
  );
  return toCsv(
    [
      'indicator',
      'edition',
      'locality',
      'period',
      'period_start',
      'period_end',
      'value',
      'lower_ci',
      'upper_ci',
      'note',
    ],
    rows,
  );
}

/**
 * The places to compare a locality with: its ancestors that have figures, nearest first
 * (for Bromley: London, then England; a council area's ICS without figures is skipped).
 * Example: benchmarkLocalities('bromley', parentOf, (id) => id !== 'south-east-london') → ['london', 'england'].
 */
export function benchmarkLocalities(
  locality: string,
  parentOf: (id: string) => string | undefined,
  hasFigures: (id: string) => boolean,
): string[] {
  const found: string[] = [];
  const visited = new Set([locality]);
  for (let at = parentOf(locality); at && !visited.has(at); at = parentOf(at)) {
    visited.add(at);
    if (hasFigures(at)) found.push(at);
  }
  return found;
}

// Counts, percentages and rates are amounts: an axis cut off above zero would exaggerate their changes.
const FROM_ZERO: ReadonlySet<Indicator['format']> = new Set(['count', 'percent', 'rate per 100,000']);

/** The value axis: from zero for amounts, marked when it is not, and reaching every interval drawn. */
export function valueAxis(indicator: Pick<Indicator, 'format' | 'unit'>, lines: readonly ChartLine[]): ChartAxis {
  const fromZero = FROM_ZERO.has(indicator.format);
  const limits = lines.flatMap((line) => (line.intervals ?? []).flatMap((interval) => interval ?? []));
  return {
    title: fromZero ? indicator.unit : `${indicator.unit} (axis does not start at zero)`,
    fromZero,
    ...(limits.length > 0 && { low: Math.min(...limits), high: Math.max(...limits) }),
  };
}

function intervalOf(point: KpiPoint | undefined): [number, number] | null {
  return point?.lowerCi !== undefined && point.upperCi !== undefined ? [point.lowerCi, point.upperCi] : null;
}

export function periodLabels(points: readonly KpiPoint[]): string[] {
  const byLabel = new Map<string, Period>(points.map((point) => [point.period.label, point.period]));
  return [...byLabel.values()].sort(comparePeriods).map((period) => period.label);
}
