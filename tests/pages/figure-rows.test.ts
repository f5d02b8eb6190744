import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../src/lib/kpi/comparison.ts';
import { comparedInWords, type FigureRow } from '../../src/lib/pages/figure-rows.ts';

/** Rows with only what comparedInWords reads: each row's comparison with England, or none. */
const rows = (...comparisons: (Comparison | undefined)[]) =>
  comparisons.map((comparison) => (comparison ? { benchmark: { comparison } } : {})) as unknown as FigureRow[];

describe('comparedInWords', () => {
  it('counts better, worse, similar and not compared, leaving out higher, lower and rows without England', () => {
    expect(
      comparedInWords(
        rows('better', 'better', 'worse', 'similar', 'not compared', 'higher', 'lower', undefined),
        'England',
      ),
    ).toBe('2 better than England, 1 worse, 1 similar and 1 not compared (no confidence interval published)');
  });

  it('joins the first count to England by the words it takes', () => {
    expect(comparedInWords(rows('similar', 'similar'), 'England')).toBe('2 similar to England');
    expect(comparedInWords(rows('not compared'), 'England')).toBe(
      '1 not compared with England (no confidence interval published)',
    );
  });

  it('says nothing when no row could be compared', () => {
    expect(comparedInWords(rows('higher', undefined), 'England')).toBeUndefined();
  });
});
