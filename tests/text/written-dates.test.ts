import { describe, expect, it } from 'vitest';
import { dateAdvice, isoFromWritten, timeAdvice, timeFromWritten } from '../../src/lib/text/written-dates.ts';

describe('isoFromWritten', () => {
  it('reads dates the British way, day first', () => {
    expect(isoFromWritten('13/03/2024')).toBe('2024-03-13');
    expect(isoFromWritten('03/04/2024')).toBe('2024-04-03');
    expect(isoFromWritten('1.3.2019')).toBe('2019-03-01');
    expect(isoFromWritten('13 March 2024')).toBe('2024-03-13');
    expect(isoFromWritten('Wednesday 13th March 2024')).toBe('2024-03-13');
    expect(isoFromWritten('March 13, 2024')).toBe('2024-03-13');
    expect(isoFromWritten('next Tuesday')).toBeUndefined();
  });
});

describe('dateAdvice', () => {
  it('suggests the ISO form of a real day, and only the general form otherwise', () => {
    expect(dateAdvice('13/03/2024')).toBe('write the date as YYYY-MM-DD: for 13 March 2024, write 2024-03-13');
    expect(dateAdvice('31/02/2024')).toBe('write the date as YYYY-MM-DD, e.g. 2019-03-06');
    expect(dateAdvice('45/13/2024')).toBe('write the date as YYYY-MM-DD, e.g. 2019-03-06');
    expect(dateAdvice('soon')).toBe('write the date as YYYY-MM-DD, e.g. 2019-03-06');
  });
});

describe('timeFromWritten and timeAdvice', () => {
  it('reads the times clerks write', () => {
    expect(['14.00', '2pm', '2.30 p.m.', '1400', '14:00:00', '12am'].map(timeFromWritten)).toEqual([
      '14:00',
      '14:00',
      '14:30',
      '14:00',
      '14:00',
      '00:00',
    ]);
    expect(timeFromWritten('25.00')).toBeUndefined();
    expect(timeAdvice('afternoon')).toBe('write the time as HH:MM, e.g. 14:00');
  });
});
