/** The figures of one indicator in one place, as charts, pages and downloads read them. */
import type { Period } from './periods.ts';
import type { Indicator, IndicatorAsWritten } from './schema.ts';

/** An indicator as read from its file; `file` is where problems with it are reported. */
export type IndicatorFile = Indicator & { file: string };
/** An indicator as read from its file, before its title is looked for in an export. */
export type IndicatorFileAsWritten = IndicatorAsWritten & { file: string };

/** One figure on a chart, with the row it came from. */
export interface KpiPoint {
  period: Period;
  value: number;
  lowerCi?: number;
  upperCi?: number;
  count?: number;
  denominator?: number;
  note?: string;
  /** The CSV file and line the figure was read from. */
  file: string;
  line: number;
}

/** Every figure for one indicator in one locality, in period order (see comparePeriods). */
export interface KpiSeries {
  indicator: string;
  locality: string;
  points: KpiPoint[];
}

/** The series for one indicator in one locality, if it has figures. Example: seriesFor(load.series, 'smoking-prevalence-adults', 'bromley')?.points.length === 14. */
export function seriesFor(series: readonly KpiSeries[], indicator: string, locality: string): KpiSeries | undefined {
  return series.find((entry) => entry.indicator === indicator && entry.locality === locality);
}
