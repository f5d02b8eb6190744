import { describe, expect, it } from 'vitest';
import { allOf, counted, NO_BREAK } from '../../src/lib/text/counts.ts';

describe('counts in words', () => {
  it('say one thing in the singular, and thousands with a comma', () => {
    expect(counted(1, ['meeting', 'meetings'])).toBe('1 meeting');
    expect(counted(0, ['meeting', 'meetings'])).toBe('0 meetings');
    expect(counted(12500, ['meeting', 'meetings'])).toBe('12,500 meetings');
  });

  it('can hold the number to its word, for lists a phone wraps', () => {
    expect(counted(1, ['meeting', 'meetings'], NO_BREAK)).toBe('1\u00a0meeting');
    expect(counted(1244, ['agenda item', 'agenda items'], NO_BREAK)).toBe('1,244\u00a0agenda items');
  });

  it('head a whole list with "All" only when there is more than one', () => {
    expect(allOf(5, ['decision', 'decisions'])).toBe('All 5 decisions');
    expect(allOf(1, ['decision', 'decisions'])).toBe('1 decision');
  });
});
