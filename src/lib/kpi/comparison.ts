/**
 * How a place's figure compares with another place's for the same period (England's, or its
 * region's), the way OHID's Fingertips compares them: by whether the place's confidence
 * interval lies wholly above, wholly below, or across the other place's value (the other
 * place's own interval is not used). Source: the benchmarking notes of OHID Fingertips
 * (fingertips.phe.org.uk), "compared with benchmark" using the 95% confidence interval.
 */
import type { KpiPoint } from './series.ts';
import type { Indicator } from './schema.ts';

/**
 * Better, similar or worse by the indicator's polarity; higher, similar or lower when it has
 * none; not compared when the place's figure has no confidence interval published.
 */
export type Comparison = 'better' | 'similar' | 'worse' | 'higher' | 'lower' | 'not compared';

/** Why a figure is not compared, for the page and the download. */
export const NO_INTERVAL = 'no confidence interval published';

/**
 * Compares `point` with `comparator`'s value: wholly above or below it when the point's
 * confidence interval does not include it, similar when it does (a limit equal to the value
 * includes it). Never guesses: with no interval the figure is not compared.
 * Example: compareWith(6.6% [5.2, 8.0], England 10.4%, { polarity: 'lower is better' }).comparison === 'better'.
 */
export function compareWith(
  point: Pick<KpiPoint, 'value' | 'lowerCi' | 'upperCi'>,
  comparator: Pick<KpiPoint, 'value'>,
  indicator: Pick<Indicator, 'polarity'>,
): { comparison: Comparison; reason: string } {
  const { lowerCi, upperCi } = point;
  if (lowerCi === undefined || upperCi === undefined) return { comparison: 'not compared', reason: NO_INTERVAL };
  if (lowerCi <= comparator.value && comparator.value <= upperCi)
    return { comparison: 'similar', reason: 'its confidence interval includes the value compared with' };
  const above = lowerCi > comparator.value;
  const reason = `its confidence interval lies wholly ${above ? 'above' : 'below'} the value compared with`;
  if (indicator.polarity === 'no judgement') return { comparison: above ? 'higher' : 'lower', reason };
  return { comparison: above === (indicator.polarity === 'higher is better') ? 'better' : 'worse', reason };
}

/**
 * A comparison in words, naming the place compared with, as a tag or a sentence shows it.
 * Example: comparisonInWords('similar', 'England') === 'Similar to England';
 * comparisonInWords('not compared', 'England') === 'Not compared with England (no confidence interval published)'.
 */
export function comparisonInWords(comparison: Comparison, name: string): string {
  switch (comparison) {
    case 'similar':
      return `Similar to ${name}`;
    case 'not compared':
      return `Not compared with ${name} (${NO_INTERVAL})`;
    default:
      return `${comparison[0].toUpperCase()}${comparison.slice(1)} than ${name}`;
  }
}
