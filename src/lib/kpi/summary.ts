/**
 * The words beside a chart: what it shows, generated from the same figures, so a reader who
 * cannot see the chart loses nothing.
 */
import type { ChartData } from './chart-data.ts';
import type { KpiPoint } from './series.ts';
import type { Indicator } from './schema.ts';
import { compareWith, comparisonInWords } from './comparison.ts';
import { comparableSegments, targetStatus, type Segment } from './trend.ts';
import { formatDate } from '../text/dates.ts';
import { inWords } from '../text/lists.ts';
import { capitalised } from '../text/names.ts';

// Making an Intl.NumberFormat is slow, and pages format thousands of figures.
const numberFormats = new Map<number, Intl.NumberFormat>();
function numberFormat(digits: number): Intl.NumberFormat {
  let format = numberFormats.get(digits);
  if (!format)
    numberFormats.set(
      digits,
      (format = new Intl.NumberFormat('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits })),
    );
  return format;
}

/**
 * A figure in its indicator's format, rounded to exactly its `decimals` for reading (56 in a
 * one-decimal indicator reads 56.0, 25.06789 reads 25.1); downloads keep figures as published.
 * Example: formatValue(1725, { format: 'rate per 100,000', decimals: 0 }) === '1,725 per 100,000'.
 */
export function formatValue(value: number, indicator: Pick<Indicator, 'format' | 'decimals'>): string {
  const number = numberFormat(indicator.decimals).format(value);
  switch (indicator.format) {
    case 'percent':
      return `${number}%`;
    case 'rate per 100,000':
      return `${number} per 100,000`;
    case 'years':
      return `${number} ${number === '1' ? 'year' : 'years'}`;
    default:
      return number;
  }
}

/** One line of a chart: a place's name and its figures. */
export interface SummarySeries {
  /** The locality id, for its own target. */
  id: string;
  name: string;
  points: readonly KpiPoint[];
}

/**
 * The text summary of a chart: how the locality's figures moved in each comparable segment
 * (latest first), each benchmark for the same period and how the latest figure compares with
 * it, and the target.
 * Example: summariseChart({ indicator, locality: { id: 'bromley', name: 'Bromley', points }, benchmarks: [england] }) ===
 *   'Healthy life expectancy at birth (female) in Bromley fell from 67.1 years in 2015-17 to 66.0 years in 2022-24. England: 63.9 years in 2022-24; not compared with England (no confidence interval published).'
 */
export function summariseChart(chart: {
  indicator: Indicator;
  locality: SummarySeries;
  benchmarks?: readonly SummarySeries[];
}): string {
  const { indicator, locality } = chart;
  const segments = comparableSegments(locality.points, indicator).reverse();
  if (segments.length === 0) return `There are no figures for ${lowerFirst(indicator.title)} in ${locality.name}.`;
  const [latest, ...earlier] = segments;
  const qualify = (segment: Segment) => (segments.length > 1 ? ` (${segmentName(segment, segments)})` : '');
  const sentences = [`${indicator.title} in ${locality.name} ${movement(latest.points, indicator)}${qualify(latest)}.`];
  for (const segment of earlier)
    sentences.push(`${capitalised(segmentName(segment, segments))}: ${movement(segment.points, indicator)}.`);
  if (earlier.length > 0) sentences.push('These are shown as separate lines because they cannot be compared.');

  const last = latest.points.at(-1)!;
  for (const benchmark of chart.benchmarks ?? []) {
    const match = benchmark.points.find((point) => point.period.label === last.period.label) ?? benchmark.points.at(-1);
    if (!match) continue;
    // Compared only for the same period, as Fingertips compares them.
    const compared =
      match.period.label === last.period.label
        ? `; ${lowerFirst(comparisonInWords(compareWith(last, match, indicator).comparison, benchmark.name))}`
        : '';
    sentences.push(`${benchmark.name}: ${formatValue(match.value, indicator)} in ${match.period.label}${compared}.`);
  }
  const { status, target } = targetStatus(last.value, indicator, locality.id);
  if (target) {
    const by = target.date ? ` by ${formatDate(target.date)}` : '';
    sentences.push(
      `${target.label}: ${formatValue(target.value, indicator)}${by}; the latest figure ${status === 'met' ? 'meets' : 'does not meet'} it.`,
    );
  }
  return sentences.join(' ');
}

/**
 * The words for a chart of places compared, drawing the places in `shown` (names, as its
 * lines' `place`): which they are, and each one's latest figure, so the text says what the
 * lines show. Rewritten as a reader chooses places.
 * Example: shownSummary(data, ['Bromley', 'England']) ===
 *   'Places shown: Bromley and England. Latest figures: Bromley 6.6% in 2024; England 10.4% in 2024.'
 */
export function shownSummary(data: ChartData, shown: readonly string[]): string {
  const drawn = new Set(shown);
  const places = [...new Set(data.lines.map((line) => line.place))].filter((place) => drawn.has(place));
  if (places.length === 0) return 'No place is chosen: choose places to draw their figures.';
  const latest = places.flatMap((place) => {
    let at = -1;
    let value = 0;
    for (const line of data.lines.filter((l) => l.place === place))
      for (const [index, figure] of line.values.entries())
        if (figure !== null && index >= at) [at, value] = [index, figure];
    return at < 0 ? [] : [`${place} ${formatValue(value, data)} in ${data.periods[at]}`];
  });
  return `Places shown: ${inWords(places)}. Latest figures: ${latest.join('; ')}.`;
}

/** "rose from 67.1 years in 2015-17 to 68.0 years in 2022-24", or "was 64.6% in 2017" for one figure. */
function movement(points: readonly KpiPoint[], indicator: Indicator): string {
  const first = points[0];
  const last = points.at(-1)!;
  const value = (point: KpiPoint) => formatValue(point.value, indicator);
  if (points.length === 1) return `was ${value(last)} in ${last.period.label}`;
  if (points.every((point) => point.value === first.value))
    return `stayed at ${value(first)} from ${first.period.label} to ${last.period.label}`;
  if (first.value === last.value)
    return `was ${value(first)} in ${first.period.label} and again in ${last.period.label}`;
  const verb = last.value > first.value ? 'rose' : 'fell';
  return `${verb} from ${value(first)} in ${first.period.label} to ${value(last)} in ${last.period.label}`;
}

/**
 * A segment's name for readers, saying only what tells it apart from the others.
 * Example: segmentName(segment, segments) === 'financial years, new method from 2024/25' or '3 years pooled'.
 */
export function segmentName(segment: Segment, all: readonly Segment[]): string {
  const shape = all.some((other) => other.shape !== segment.shape) ? [segment.shape] : [];
  const methods = all.some((other) => other.method !== segment.method);
  const method = !methods
    ? []
    : segment.method
      ? [lowerFirst(segment.method.note.replace(/\.$/, ''))]
      : ['earlier method'];
  return [...shape, ...method].join(', ');
}

function lowerFirst(text: string): string {
  // Keep acronyms such as "ASCOF" or "NHS" as written.
  return /^[A-Z][a-z]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}
