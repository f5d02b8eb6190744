/**
 * "Compare places" on a measure's page: every place with figures in one chart and one table,
 * the reader choosing which places the chart draws. Editions are never joined: only the
 * latest is compared; the others stay in each place's own chart.
 */
import { chartTable, compareChartData } from '../kpi/chart-data.ts';
import type { Measure } from '../kpi/figures.ts';
import { seriesFor } from '../kpi/series.ts';
import type { SiteData } from './routes.ts';

/** Places other than England (the places above all others) chosen before the reader chooses. */
const FIRST_CHOSEN = 2;

/**
 * The comparison of a measure's places, or none when no place has figures.
 * Example: compareView(site, smoking)?.places.filter((p) => p.checked).map((p) => p.name) → ['Bromley', 'England', 'Havering'].
 */
export function compareView({ index, figures, kpis }: SiteData, measure: Measure) {
  const [latest] = measure.editions;
  const withFigures = figures.localitiesWith(measure);
  const places = withFigures.flatMap((id) => {
    const points = seriesFor(kpis.series, latest.id, id)?.points ?? [];
    return points.length > 0 ? [{ id, name: index.localities.get(id)?.name ?? id, points }] : [];
  });
  if (places.length === 0) return undefined;
  const data = compareChartData(latest, places);
  // England first, then the first places by name that hold no other place offered (Bromley before London).
  const isTop = (id: string) => index.localities.ancestors(id).length === 0;
  const above = new Set(places.flatMap((place) => index.localities.ancestors(place.id).map((l) => l.id)));
  const others = places.filter((place) => !isTop(place.id));
  const chosen = new Set([
    ...places.filter((place) => isTop(place.id)).map((place) => place.id),
    ...[...others.filter((place) => !above.has(place.id)), ...others.filter((place) => above.has(place.id))]
      .slice(0, FIRST_CHOSEN)
      .map((place) => place.id),
  ]);
  const edition = measure.editions.length > 1 ? latest.edition : undefined;
  return {
    /** The id its heading, chart and table are named from. */
    id: `compare-${measure.id}`,
    /** The edition compared, when the measure has several. */
    edition,
    /** Places with figures in earlier editions only, by name: each place's own chart has them. */
    earlierOnly: withFigures
      .filter((id) => !places.some((place) => place.id === id))
      .map((id) => index.localities.get(id)?.name ?? id),
    /** Every place with figures in that edition, by name, and whether the chart draws it at first. */
    places: places.map(({ id, name }) => ({ id, name, checked: chosen.has(id) })),
    data,
    table: chartTable(data),
    caption: `${latest.title}${edition ? ` (${edition})` : ''}, every place, ${latest.unit}`,
    source: latest.source,
  };
}

export type CompareView = NonNullable<ReturnType<typeof compareView>>;
