/** Which results lead a search: boards' and places' own pages named by the words searched for. */
import { describe, expect, it } from 'vitest';
import { leadingFilters, mayLead, named } from '../../src/lib/search/leading.ts';

describe('leadingFilters', () => {
  it("find boards' and places' pages within the filters ticked", () => {
    expect(leadingFilters({ locality: ['bromley'] })).toEqual({
      locality: { any: ['bromley'] },
      type: { any: ['board', 'place'] },
    });
    expect(leadingFilters({ type: ['place', 'item'] })).toEqual({ type: { any: ['place'] } });
  });

  it('find nothing to lead when the ticks rule boards and places out: another type, or a year (they have none)', () => {
    expect(leadingFilters({ type: ['item'] })).toBeNull();
    expect(leadingFilters({ year: ['2019'] })).toBeNull();
  });
});

describe('named', () => {
  // The sample's boards and places a search for "Havering" finds, in Pagefind's order.
  const found = [
    'Havering Health Overview and Scrutiny Sub-Committee',
    'Havering Central',
    'Romford', // found for being in Havering, not named by it
    'Havering',
  ];

  it('leads with the result named exactly, then those whose name begins with the words, whatever the case and spacing', () => {
    expect(named(found, found, '  havering ')).toEqual([
      'Havering',
      'Havering Health Overview and Scrutiny Sub-Committee',
      'Havering Central',
    ]);
    expect(named(found, found, 'Havering health')).toEqual(['Havering Health Overview and Scrutiny Sub-Committee']);
    expect(named(['a'], ['Brighton & Hove'], 'brighton and hove')).toEqual(['a']);
  });

  it('leads with nothing when no name begins with the words, or nothing is searched for', () => {
    expect(named(found, found, 'health')).toEqual([]);
    expect(named(found, found, 'Haver')).toEqual([]); // a whole word, not part of one
    expect(named(found, [undefined, undefined], 'Havering')).toEqual([]);
    expect(named(found, found, null)).toEqual([]);
  });
});

describe('mayLead', () => {
  const names = ['Havering', 'Havering Central', 'Bromley Health and Wellbeing Board', 'Brighton & Hove'];

  it('asks for boards and places first only when one of their names begins with the words', () => {
    expect(mayLead(names, 'havering')).toBe(true);
    expect(mayLead(names, 'Bromley health')).toBe(true);
    expect(mayLead(names, 'brighton and hove')).toBe(true);
    // "board" is in a name, but begins none: the first results need not wait for the part holding them.
    expect(mayLead(names, 'board')).toBe(false);
    expect(mayLead(names, 'Haver')).toBe(false);
    expect(mayLead(names, null)).toBe(false);
  });
});
