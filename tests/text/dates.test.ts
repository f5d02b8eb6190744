import { describe, expect, it } from 'vitest';
import { formatDate, isoDate, meetingDateText, monthNamed, monthRange, twoDigits } from '../../src/lib/text/dates.ts';
import { isRealDate } from '../../src/lib/content/schema.ts';

describe('formatDate', () => {
  it('writes dates the GOV.UK way, to the precision known', () => {
    expect(formatDate('2017-12-13')).toBe('13 December 2017');
    expect(formatDate('2019-03-01', 'month')).toBe('March 2019');
    expect(formatDate('2019-03-01', 'year')).toBe('2019');
  });
});

describe('monthRange', () => {
  it('names a year once when the months share it, as GOV.UK writes ranges', () => {
    expect(monthRange('2025-04-02', '2025-12-01')).toBe('April to December 2025');
    expect(monthRange('2020-04-02', '2021-07-01')).toBe('April 2020 to July 2021');
    expect(monthRange('2023-06-01', '2023-06-29')).toBe('June 2023');
  });
});

describe('monthNamed', () => {
  it('reads a month as figures files write it, in full or in three letters', () => {
    expect(monthNamed('Jun')).toBe(6);
    expect(monthNamed('SEPTEMBER')).toBe(9);
    expect(monthNamed('Sept')).toBeUndefined();
  });
});

describe('isoDate and twoDigits', () => {
  it('write dates, month folders and financial years with their leading zeros', () => {
    expect(isoDate(2016, 4, 5)).toBe('2016-04-05');
    expect(twoDigits(3)).toBe('03');
    expect(`2019/${twoDigits(2020)}`).toBe('2019/20');
    expect(`2099/${twoDigits(2100)}`).toBe('2099/00');
  });
});

describe('meetingDateText', () => {
  it('never presents an estimate as fact', () => {
    expect(meetingDateText({ date: '2019-03-01', datePrecision: 'month', dateApproximate: true })).toBe(
      'about March 2019',
    );
    expect(meetingDateText({ date: '2023-06-29', datePrecision: 'day', dateApproximate: false })).toBe('29 June 2023');
  });
});

describe('isRealDate', () => {
  it('knows leap years and month lengths', () => {
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2025-02-29')).toBe(false);
    expect(isRealDate('2025-02-30')).toBe(false);
    expect(isRealDate('2025-04-31')).toBe(false);
    expect(isRealDate('2025-13-01')).toBe(false);
  });
});
