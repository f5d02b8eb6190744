/** The numbers a council may set for its build: read with their defaults, and refused with advice when mistyped. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_YEAR_PAGE_LIMIT, yearPageLimit } from '../../src/lib/pages/busy-years.ts';
import { DEFAULT_PAGES_PER_PART, pagesPerPart } from '../../src/lib/search/parts.ts';

describe.each([
  {
    name: 'MINUTED_YEAR_PAGE_LIMIT',
    read: yearPageLimit,
    fallback: DEFAULT_YEAR_PAGE_LIMIT,
    unit: 'entries',
    example: 500,
  },
  {
    name: 'MINUTED_SEARCH_PART_PAGES',
    read: pagesPerPart,
    fallback: DEFAULT_PAGES_PER_PART,
    unit: 'pages',
    example: 5000,
  },
])('$name', ({ name, read, fallback, unit, example }) => {
  it('is read as written, with its default when unset', () => {
    expect(read(String(example))).toBe(example);
    expect(read(' 42 ')).toBe(42);
    expect(read('5,000')).toBe(5000);
    expect(read('')).toBe(fallback);
    expect(read('  ')).toBe(fallback);
  });

  it('refuses what is not a whole number, or is under 1, saying what to write', () => {
    for (const bad of ['2.5', 'lots', '1e3', '0x10', '5,00'])
      expect(() => read(bad)).toThrow(
        `${name} is "${bad}", which is not a whole number of ${unit}: write a whole number such as ${example} (${unit} `,
      );
    for (const bad of ['0', '-5'])
      expect(() => read(bad)).toThrow(
        `${name} is "${bad}", but it must be at least 1: write a whole number such as ${example}`,
      );
    expect(() => read('0')).toThrow(`or leave it unset for ${fallback}.`);
  });
});
