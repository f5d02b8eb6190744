import { describe, expect, it } from 'vitest';
import { monthLinks, periodName, withMonths } from '../../src/lib/pages/busy-years.ts';

describe('withMonths', () => {
  it('splits only a year over the limit, and gives each month one page even if its entries are not together', () => {
    const dates = ['2025-03-20', '2025-01-10', '2025-03-02'];
    expect(withMonths([{ year: 2025, items: dates }], (d) => d, 3)).toEqual([{ year: 2025, items: dates }]);
    expect(withMonths([{ year: 2025, items: dates }], (d) => d, 2)[0].months).toEqual([
      { month: 3, items: ['2025-03-20', '2025-03-02'] },
      { month: 1, items: ['2025-01-10'] },
    ]);
  });
});

describe('month pages', () => {
  it('are named by the month in words and kept in folders numbered 01 to 12', () => {
    expect(periodName(2025, 3)).toBe('March 2025');
    expect(periodName(2025)).toBe('2025');
    expect(
      monthLinks(
        [
          { month: 12, items: [1, 2] },
          { month: 1, items: [3] },
        ],
        'localities/england/2025/',
      ),
    ).toEqual([
      { label: 'December', path: 'localities/england/2025/12/', count: 2 },
      { label: 'January', path: 'localities/england/2025/01/', count: 1 },
    ]);
  });
});
