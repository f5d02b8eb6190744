import { describe, expect, it } from 'vitest';
import { districtBeingTyped, readPostcode } from '../../src/lib/text/postcodes.ts';

describe('readPostcode', () => {
  it.each([
    ['BR1 3UH', 'BR1 3UH'],
    ['br1 3uh', 'BR1 3UH'],
    ['BR13UH', 'BR1 3UH'],
    ['  br1   3uh ', 'BR1 3UH'],
    ['sw1a 1aa', 'SW1A 1AA'],
    ['LE113TU', 'LE11 3TU'],
    ['m1 1ae', 'M1 1AE'],
  ])('reads %j as the full postcode %s', (typed, text) => {
    expect(readPostcode(typed)).toEqual({ kind: 'postcode', text, district: text.split(' ')[0] });
  });

  it.each([
    ['BR1', 'BR1'],
    ['br1', 'BR1'],
    [' le11 ', 'LE11'],
    ['sw1a', 'SW1A'],
    ['E1', 'E1'],
  ])('reads %j as the postcode district %s', (typed, district) => {
    expect(readPostcode(typed)).toEqual({ kind: 'district', text: district, district });
  });

  it.each(['Bromley', 'BR', '1BR', 'BR1 3U', 'BR1 3UHX', 'B-R-1', '', 'St Paul’s Cray'])(
    'reads %j as neither',
    (typed) => {
      expect(readPostcode(typed)).toBeUndefined();
    },
  );
});

describe('districtBeingTyped', () => {
  it('finds the district of a postcode typed as far as its space and a little more', () => {
    expect(districtBeingTyped('br1 ')).toBeUndefined();
    expect(districtBeingTyped('br1 3')).toBe('BR1');
    expect(districtBeingTyped('BR1  3U')).toBe('BR1');
    expect(districtBeingTyped('le11 3')).toBe('LE11');
  });

  it('says nothing without a space, where BR13 could be a district of its own', () => {
    expect(districtBeingTyped('br13')).toBeUndefined();
    expect(districtBeingTyped('Bromley 3')).toBeUndefined();
  });
});
