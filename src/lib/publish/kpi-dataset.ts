/** The download of every published figure charted on the site. */
import type { KpiPoint } from '../kpi/series.ts';
import type { Dataset } from './dataset.ts';

/** A figure as the kpis download lists it. */
interface KpiRow extends KpiPoint {
  indicator: string;
  locality: string;
}

export const kpis: Dataset<KpiRow> = {
  name: 'kpis',
  title: 'Performance figures',
  description:
    'Every published figure charted on the site, one row per indicator, place and period, as published (never re-rounded).',
  formats: ['csv'],
  rows: (_, figures) =>
    figures.series.flatMap((s) => s.points.map((p) => ({ ...p, indicator: s.indicator, locality: s.locality }))),
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
  ],
};
