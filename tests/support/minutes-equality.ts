/**
 * Rendered minutes keep their HTML and text in private fields (rendered-minutes.ts), which
 * toEqual would not look into: two items' minutes are equal when those are.
 */
import { expect } from 'vitest';
import { ItemMinutes } from '../../src/lib/corpus/rendered-minutes.ts';

expect.addEqualityTesters([
  (a: unknown, b: unknown) =>
    a instanceof ItemMinutes && b instanceof ItemMinutes
      ? a.html === b.html && a.text === b.text && a.digest === b.digest
      : undefined,
]);
