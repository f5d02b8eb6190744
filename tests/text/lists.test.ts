import { describe, expect, it } from 'vitest';
import { inWords } from '../../src/lib/text/lists.ts';

describe('inWords', () => {
  it('joins the last two with "and", or the word given, and the rest with commas', () => {
    expect(inWords([])).toBe('');
    expect(inWords(['Bromley'])).toBe('Bromley');
    expect(inWords(['North East London', 'South East London'])).toBe('North East London and South East London');
    expect(inWords(['2017', '2019', '2023'], 'or')).toBe('2017, 2019 or 2023');
  });
});
