/** The download of every published figure charted on the site. */
import type { KpiData } from '../corpus/model.ts';
import type { SiteIndex } from '../pages/site-index.ts';
import { benchmarkLocalities } from '../kpi/chart-data.ts';
import { compareWith, type Comparison } from '../kpi/comparison.ts';
import type { KpiPoint } from '../kpi/series.ts';
import type { Dataset } from './dataset.ts';

/** A figure as the kpis download lists it, compared with England's and its region's for the same period. */
interface KpiRow extends KpiPoint {
  indicator: string;
  locality: string;
  england?: Comparison;
  region?: { id: string; comparison: Comparison };
}

/**
 * Every figure, each compared (as the pages compare them) with the same period's figure of
 * the place above all others (England) and of the nearest place between (its region).
 */
function kpiRows(index: SiteIndex, { series, indicators }: Pick<KpiData, 'series' | 'indicators'>): KpiRow[] {
  const bySeries = new Map(series.map((s) => [`${s.indicator}|${s.locality}`, s.points]));
  const pointsOf = (indicator: string, locality: string) => bySeries.get(`${indicator}|${locality}`) ?? [];
  return series.flatMap(({ indicator, locality, points }) => {
    const file = indicators.get(indicator)!;
    const around = benchmarkLocalities(
      locality,
      (id) => index.localities.get(id)?.parent,
      (id) => pointsOf(indicator, id).length > 0,
    );
    const top = around.at(-1);
    const england = top && !index.localities.get(top)?.parent ? top : undefined;
    const region = around.find((id) => id !== england);
    const compared = (point: KpiPoint, other: string | undefined) => {
      const match = other && pointsOf(indicator, other).find((p) => p.period.label === point.period.label);
      return match ? compareWith(point, match, file).comparison : undefined;
    };
    return points.map((point) => {
      const inRegion = compared(point, region);
      return {
        ...point,
        indicator,
        locality,
        england: compared(point, england),
        ...(region && inRegion && { region: { id: region, comparison: inRegion } }),
      };
    });
  });
}

/** How a comparison column is described, for the figure it compares with. */
const COMPARED = (what: string) =>
  `How the figure compares with ${what} for the same period, as Fingertips compares them: better, similar or worse ` +
  '(higher, similar or lower where neither is better) when its 95% confidence interval lies wholly above, across or ' +
  `wholly below that value; "not compared" when no confidence interval is published; empty without ${what}.`;

export const kpis: Dataset<KpiRow> = {
  name: 'kpis',
  title: 'Performance figures',
  description:
    'Every published figure charted on the site, one row per indicator, place and period, as published (never re-rounded), ' +
    "each compared with England's and its region's for the same period.",
  formats: ['csv'],
  rows: kpiRows,
  fields: [
    {
      name: 'indicator',
      type: 'string',
      description: "The indicator's id (its page is /indicators/<measure>/).",
      value: (r) => r.indicator,
    },
    { name: 'locality', type: 'string', description: "The place's id.", value: (r) => r.locality },
    {
      name: 'period',
      type: 'string',
      description: 'The period as published: 2019, 2019/20, 2017-19, 2019/20 Q3, 2019-06, mid-2019…',
      value: (r) => r.period.label,
    },
    {
      name: 'period_start',
      type: 'date',
      description: 'The first day the period covers.',
      value: (r) => r.period.start,
    },
    { name: 'period_end', type: 'date', description: 'The last day the period covers.', value: (r) => r.period.end },
    { name: 'value', type: 'number', description: 'The figure.', value: (r) => r.value },
    {
      name: 'lower_ci',
      type: 'number',
      description: 'Lower confidence limit, where published.',
      value: (r) => r.lowerCi,
    },
    {
      name: 'upper_ci',
      type: 'number',
      description: 'Upper confidence limit, where published.',
      value: (r) => r.upperCi,
    },
    { name: 'count', type: 'number', description: 'The count behind a rate, where published.', value: (r) => r.count },
    {
      name: 'denominator',
      type: 'number',
      description: 'The denominator behind a rate, where published.',
      value: (r) => r.denominator,
    },
    { name: 'note', type: 'string', description: 'A note on this figure.', value: (r) => r.note },
    {
      name: 'compared_with_england',
      type: 'string',
      description: COMPARED("England's figure"),
      value: (r) => r.england,
    },
    {
      name: 'region',
      type: 'string',
      description:
        'The id of the region compared with: the nearest place around this one, short of England, with figures.',
      value: (r) => r.region?.id,
    },
    {
      name: 'compared_with_region',
      type: 'string',
      description: COMPARED("the region's figure"),
      value: (r) => r.region?.comparison,
    },
  ],
};
