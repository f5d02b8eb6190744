/** The performance figures: the list of measures, and each measure's page, with every place that has figures for it. */
import type { Measure } from '../kpi/figures.ts';
import { datedOf, nearestBenchmark } from './figure-rows.ts';
import { compareView } from './indicator-compare.ts';
import { discussedIn } from './indicator-discussed.ts';
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
 * with its latest standing, how it compares with the place above all others (England) and
 * with its region for the same period where those have a figure, and its chart; and all
 * of them compared.
 * Example: indicatorView(site, measure).places[0] → { id: 'bromley', name: 'Bromley', standing, benchmark, chart }.
 */
function indicatorView(site: SiteData, measure: Measure) {
  const { index, figures } = site;
  return {
    measure,
    crumbs: CRUMBS,
    /** The agenda items that listed it, newest first, and their decisions. */
    discussed: discussedIn(index, measure),
    /** The place above all others, whose figures the others are compared with (England). */
    compared: index.localities
      .roots()
      .map((root) => root.name)
      .join(' or '),
    places: figures.localitiesWith(measure).map((id) => {
      const standing = figures.standing(measure, id);
      const [top, ...between] = index.localities.ancestors(id);
      const benchmark = standing && top && figures.benchmark(standing, top.id);
      const region = standing && nearestBenchmark(figures, standing, between.reverse());
      const dated = standing && datedOf(standing, { today: site.today });
      return {
        id,
        name: index.localities.get(id)?.name ?? id,
        standing,
        // None for the place others are compared with, or where that has no figure for the period.
        ...(benchmark && { benchmark: { ...benchmark, name: top.name } }),
        ...(region && { region }),
        ...(dated && { dated }),
        isTop: !top,
        chart: figures.chart(measure, id),
      };
    }),
    /** Every place's figures in one chart and table, the reader choosing the places drawn. */
    compare: compareView(site, measure),
  };
}

/** /indicators/<measure>/. */
export const indicatorRoute = siteRoute((site) =>
  site.figures.measures.map((measure) => ({ params: { measure: measure.id }, view: indicatorView(site, measure) })),
);
