/** The performance figures: the list of measures, and each measure's page, with every place that has figures for it. */
import type { Measure } from '../kpi/figures.ts';
import { type Crumb, HOME_CRUMB } from './listings.ts';
import { paths } from './paths.ts';
import { siteRoute, type SiteData } from './routes.ts';

const CRUMBS: Crumb[] = [HOME_CRUMB, { label: 'Performance figures', href: paths.indicators() }];

/** Every measure, with how many places have figures for it. */
export function indicatorsView({ figures }: SiteData) {
  return figures.measures.map((measure) => ({ measure, places: figures.localitiesWith(measure).length }));
}

/**
 * Everything a measure's page shows: the measure, and each place with figures, by name,
 * with its latest standing and its chart.
 * Example: indicatorView(site, measure).places[0] → { id: 'bromley', name: 'Bromley', standing, chart }.
 */
function indicatorView({ index, figures }: SiteData, measure: Measure) {
  return {
    measure,
    crumbs: CRUMBS,
    places: figures.localitiesWith(measure).map((id) => ({
      id,
      name: index.localities.get(id)?.name ?? id,
      standing: figures.standing(measure, id),
      chart: figures.chart(measure, id),
    })),
  };
}

/** /indicators/<measure>/. */
export const indicatorRoute = siteRoute((site) =>
  site.figures.measures.map((measure) => ({ params: { measure: measure.id }, view: indicatorView(site, measure) })),
);
