/**
 * The KPI figures as the pages ask for them: by measure (an indicator and its other
 * editions), by locality, and as known at a meeting's date. Built once per build.
 */
import type { LocalityTree } from '../content/localities.ts';
import { compareNames } from '../text/names.ts';
import { benchmarkLocalities, chartCsv, chartData, type ChartData, type ChartEdition } from './chart-data.ts';
import type { IndicatorFile, KpiPoint, KpiSeries } from './series.ts';
import { comparePeriods } from './periods.ts';
import { compareWith, type Comparison } from './comparison.ts';
import { recentTrend, type RecentTrend } from './recent-trend.ts';
import { directionOfTravel, latestAsOf, targetStatus, type DirectionOfTravel, type TargetStatus } from './trend.ts';

/** How many of `points` had ended by `date`. */
const endedBy = (points: readonly KpiPoint[], date: string) =>
  points.reduce((n, p) => (p.period.end <= date ? n + 1 : n), 0);

export type IndicatorEntry = IndicatorFile & { id: string };

/** A measure: one indicator, or several editions of it that are never joined into one line. */
export interface Measure {
  /** The measure's id: its `measure` field, or the indicator's own id. */
  id: string;
  title: string;
  /** The theme a place's page lists it under: its newest edition's that has one. */
  theme?: string;
  /** Newest edition first (the one whose figures end latest). */
  editions: IndicatorEntry[];
}

/** A chart of one measure in one locality, with its benchmarks. */
export interface ChartView {
  measure: Measure;
  locality: string;
  data: ChartData;
  csv: string;
  /** Every point drawn, to reconcile with the rows read. */
  points: number;
}

/** Where a measure stands in a locality: its latest figure, the direction of travel and the target. */
export interface Standing {
  measure: Measure;
  indicator: IndicatorEntry;
  locality: string;
  latest: KpiPoint;
  direction: DirectionOfTravel;
  /** The test for a trend over its last five comparable figures, or why it was not made. */
  recent: RecentTrend;
  target: { status: TargetStatus; label?: string; value?: number };
}

/** Another place's figure for the period of a standing's latest (England's, say), and how the two compare. */
export interface Benchmark {
  locality: string;
  point: KpiPoint;
  comparison: Comparison;
  reason: string;
}

export interface Figures {
  measures: Measure[];
  /** A measure by its id or the id of any of its editions. */
  measure(id: string): Measure | undefined;
  /** Measures with figures for a locality, by title. */
  measuresIn(locality: string): readonly Measure[];
  /** Localities with figures for a measure, by name. */
  localitiesWith(measure: Measure): string[];
  chart(measure: Measure, locality: string): ChartView | undefined;
  /** The standing on `date` (figures for periods ended by then), or today's when no date. */
  standing(measure: Measure, locality: string, date?: string): Standing | undefined;
  /** Another place's figure of the same edition and period as the standing's latest, compared with it. */
  benchmark(standing: Standing, locality: string): Benchmark | undefined;
}

/**
 * Builds the figures from checked indicators and series.
 * Example: buildFigures(indicators, series, tree).measuresIn('bromley').length > 0.
 */
export function buildFigures(
  indicators: ReadonlyMap<string, IndicatorFile>,
  series: readonly KpiSeries[],
  tree: LocalityTree<{ id: string; name: string; parent?: string }>,
): Figures {
  // By indicator, then place: looked up for every row of every meeting, so without making a key.
  const bySeries = new Map<string, Map<string, KpiPoint[]>>();
  for (const s of series) bySeries.set(s.indicator, (bySeries.get(s.indicator) ?? new Map()).set(s.locality, s.points));
  const pointsOf = (indicator: string, locality: string) => bySeries.get(indicator)?.get(locality) ?? [];
  const lastEnd = (indicator: string) =>
    series
      .filter((s) => s.indicator === indicator)
      .flatMap((s) => s.points)
      .map((p) => p.period.end)
      .sort()
      .at(-1) ?? '';

  const groups = new Map<string, IndicatorEntry[]>();
  for (const [id, indicator] of indicators) {
    const key = indicator.measure ?? id;
    groups.set(key, [...(groups.get(key) ?? []), { ...indicator, id }]);
  }
  const measures: Measure[] = [...groups]
    .map(([id, editions]) => {
      const sorted = editions.sort((a, b) => lastEnd(b.id).localeCompare(lastEnd(a.id)) || a.id.localeCompare(b.id));
      const theme = sorted.find((e) => e.theme)?.theme;
      return { id, title: sorted[0].title, ...(theme && { theme }), editions: sorted };
    })
    .sort((a, b) => compareNames(a.title, b.title));
  const byId = new Map(measures.flatMap((m) => [[m.id, m] as const, ...m.editions.map((e) => [e.id, m] as const)]));
  const name = (id: string) => tree.get(id)?.name ?? id;

  const hasFigures = (measure: Measure, locality: string) =>
    measure.editions.some((e) => pointsOf(e.id, locality).length > 0);

  const drawChart = (measure: Measure, locality: string): ChartView | undefined => {
    const editions: ChartEdition[] = measure.editions
      .filter((e) => pointsOf(e.id, locality).length > 0)
      .map((e) => ({
        id: e.id,
        indicator: e,
        locality: { id: locality, name: name(locality), points: pointsOf(e.id, locality) },
        benchmarks: benchmarkLocalities(
          locality,
          (id) => tree.get(id)?.parent,
          (id) => pointsOf(e.id, id).length > 0,
        ).map((id) => ({ id, name: name(id), points: pointsOf(e.id, id) })),
      }));
    if (editions.length === 0) return undefined;
    const points = editions.reduce(
      (n, e) => n + [e.locality, ...e.benchmarks].reduce((m, place) => m + place.points.length, 0),
      0,
    );
    return { measure, locality, data: chartData(editions), csv: chartCsv(editions), points };
  };
  // A figure's latest, direction and target (the slow part: segments, trend tests).
  const standingOf = (measure: Measure, indicator: IndicatorEntry, locality: string, date?: string): Standing => {
    const all = pointsOf(indicator.id, locality);
    const known = date ? all.filter((p) => p.period.end <= date) : all;
    const latest = (date ? latestAsOf(all, date) : [...all].sort((a, b) => comparePeriods(a.period, b.period)).at(-1))!;
    const { status, target } = targetStatus(latest.value, indicator, locality);
    return {
      measure,
      indicator,
      locality,
      latest,
      direction: directionOfTravel(known, indicator),
      recent: recentTrend(known, indicator),
      target: { status, ...(target && { label: target.label, value: target.value }) },
    };
  };
  // Meetings between two figures' publication know the same figures, so stand the same: each
  // standing is worked out once a series (an edition's in a place) and count of figures known,
  // and never changed.
  const standings = new Map<readonly KpiPoint[], Standing[]>();
  // Asked for by every page of a place, and by every meeting of its boards.
  const measuresIn = new Map<string, readonly Measure[]>();
  // Every page showing a chart asks for it, and again for its cache key: each is worked out
  // once. There are at most measures × places of them, however many items there are.
  const charts = new Map<string, ChartView | undefined>();

  return {
    measures,
    measure: (id) => byId.get(id),
    measuresIn(locality) {
      let found = measuresIn.get(locality);
      if (!found) measuresIn.set(locality, (found = measures.filter((m) => hasFigures(m, locality))));
      return found;
    },
    localitiesWith: (measure) =>
      [
        ...new Set(measure.editions.flatMap((e) => series.filter((s) => s.indicator === e.id).map((s) => s.locality))),
      ].sort((a, b) => compareNames(name(a), name(b))),
    chart(measure, locality) {
      const key = `${measure.id}|${locality}`;
      if (!charts.has(key)) charts.set(key, drawChart(measure, locality));
      return charts.get(key);
    },
    standing(measure, locality, date) {
      for (const indicator of measure.editions) {
        const all = pointsOf(indicator.id, locality);
        // Which figures a date knows are those ended by then: their count says which they are.
        const known = date ? endedBy(all, date) : all.length;
        if (known === 0) continue;
        let byKnown = standings.get(all);
        if (!byKnown) standings.set(all, (byKnown = []));
        return (byKnown[known] ??= standingOf(measure, indicator, locality, date));
      }
      return undefined;
    },
    benchmark({ indicator, latest }, locality) {
      const point = pointsOf(indicator.id, locality).find((p) => p.period.label === latest.period.label);
      return point && { locality, point, ...compareWith(latest, point, indicator) };
    },
  };
}
