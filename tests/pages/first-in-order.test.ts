import { describe, expect, it } from 'vitest';
import { firstInOrder } from '../../src/lib/pages/first-in-order.ts';

describe('firstInOrder', () => {
  it('keeps what a stable sort would put first, equals in the order they came', () => {
    const values = Array.from({ length: 200 }, (_, i) => ({ i, score: (i * 37) % 11 }));
    const byScore = (a: { score: number }, b: { score: number }) => a.score - b.score;
    for (const limit of [0, 1, 5, 250])
      expect(firstInOrder(values, limit, byScore)).toEqual([...values].sort(byScore).slice(0, limit));
  });
});
