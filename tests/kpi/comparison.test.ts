import { describe, expect, it } from 'vitest';
import { compareWith, comparisonInWords } from '../../src/lib/kpi/comparison.ts';
import { indicator, point } from './support.ts';

const higher = indicator({ polarity: 'higher is better' });
const lower = indicator({ polarity: 'lower is better' });
const neither = indicator({ polarity: 'no judgement' });

describe('compareWith', () => {
  // Worked as Fingertips does: only the place's 95% interval counts, against England's value.
  it.each([
    // Smoking 6.6% (5.2 to 8.0) against England's 10.4%: the interval lies wholly below 10.4.
    [lower, 6.6, [5.2, 8.0], 10.4, 'better'],
    // 12.0% (10.9 to 13.1) against 10.4%: wholly above, and lower is better.
    [lower, 12.0, [10.9, 13.1], 10.4, 'worse'],
    // 9.1% (7.0 to 11.2) against 10.4%: 10.4 lies inside 7.0 to 11.2, however far 9.1 is from it.
    [lower, 9.1, [7.0, 11.2], 10.4, 'similar'],
    // Healthy life expectancy 66.0 years (64.2 to 67.8) against 63.9: wholly above, higher is better.
    [higher, 66.0, [64.2, 67.8], 63.9, 'better'],
    // 61.0 years (59.5 to 62.5) against 63.9: wholly below.
    [higher, 61.0, [59.5, 62.5], 63.9, 'worse'],
    // A limit equal to England's value includes it: 63.9 (63.9 to 66.1) is similar, not better.
    [higher, 65.0, [63.9, 66.1], 63.9, 'similar'],
    // No judgement: 330 (310 to 350) against 300 is higher, 280 (270 to 290) lower, 305 (290 to 320) similar.
    [neither, 330, [310, 350], 300, 'higher'],
    [neither, 280, [270, 290], 300, 'lower'],
    [neither, 305, [290, 320], 300, 'similar'],
  ] as const)('%#: %d (%j) against %d is %s', (ind, value, ci, other, comparison) => {
    expect(compareWith(point('2024', value, [ci[0], ci[1]]), point('2024', other), ind).comparison).toBe(comparison);
  });

  it("uses England's value, not its interval: intervals that overlap can still differ", () => {
    // 11.0 (10.6 to 11.4) against 10.4 (10.2 to 10.6): the intervals touch at 10.6, but 10.4 lies below 10.6.
    expect(compareWith(point('2024', 11.0, [10.6, 11.4]), point('2024', 10.4, [10.2, 10.6]), lower)).toEqual({
      comparison: 'worse',
      reason: 'its confidence interval lies wholly above the value compared with',
    });
  });

  it('does not guess without an interval, however far apart the figures', () => {
    expect(compareWith(point('2024', 6.6), point('2024', 10.4, [10.2, 10.6]), lower)).toEqual({
      comparison: 'not compared',
      reason: 'no confidence interval published',
    });
  });
});

describe('comparisonInWords', () => {
  it.each([
    ['better', 'Better than England'],
    ['worse', 'Worse than England'],
    ['similar', 'Similar to England'],
    ['higher', 'Higher than England'],
    ['lower', 'Lower than England'],
    ['not compared', 'Not compared with England (no confidence interval published)'],
  ] as const)('%s reads "%s"', (comparison, words) => {
    expect(comparisonInWords(comparison, 'England')).toBe(words);
  });
});
