/** What the search page announces: counts as English, with thousands marked, and how results from several parts of the index are ordered. */
import { describe, expect, it } from 'vitest';
import { searchingStatus, searchStatus } from '../../src/lib/search/status.ts';

// The periods of the 10,000-item synthetic archive's five parts, newest first, as the search page names them.
const periods = [
  'April to December 2025',
  'January 2024 to April 2025',
  'October 2022 to January 2024',
  'July 2021 to October 2022',
  'April 2020 to July 2021',
];

describe('searchStatus', () => {
  it('counts results as English, marking thousands', () => {
    expect(searchStatus(1, 'dementia', [], 'relevance')).toBe('1 result for “dementia”');
    expect(searchStatus(9829, 'care', [], 'newest')).toBe('9,829 results for “care”');
    expect(searchStatus(0, 'care', [], 'relevance')).toBe('No results for “care”. Try fewer words or fewer filters.');
  });

  it('shows an exact phrase as typed, and nothing for filters alone', () => {
    expect(searchStatus(3, '"district nurses"', [], 'relevance')).toBe('3 results for "district nurses"');
    expect(searchStatus(12, null, [], 'newest')).toBe('12 results');
  });

  it('says what the filters on narrow the search to', () => {
    const bromley = { name: 'locality', value: 'bromley', filter: 'Locality', label: 'Bromley' };
    const meetings = { name: 'type', value: 'meeting', filter: 'Type', label: 'Meetings' };
    expect(searchStatus(6, 'report', [], 'relevance', [bromley])).toBe('6 results for “report” in Bromley');
    expect(searchStatus(2, null, [], 'relevance', [bromley, meetings])).toBe(
      '2 results in Bromley filtered by Type: Meetings',
    );
    expect(searchStatus(0, 'care', [], 'relevance', [meetings])).toBe(
      'No results for “care” filtered by Type: Meetings. Try fewer words or fewer filters.',
    );
    expect(searchingStatus(10, 'care', periods.slice(0, 1), [bromley])).toBe(
      '10 results so far for “care” in Bromley, from April to December 2025. Searching the rest of the archive…',
    );
  });

  it('says how results from several periods are ranked when sorted by relevance, and only then', () => {
    expect(searchStatus(2, 'social prescribing', ['March 2019', 'December 2017'], 'relevance')).toBe(
      '2 results for “social prescribing”, most relevant first from March 2019, then from December 2017',
    );
    expect(searchStatus(9829, 'care', periods, 'relevance')).toBe(
      '9,829 results for “care”, most relevant first within each of 5 periods, from the newest (April to December 2025) back to the oldest (April 2020 to July 2021)',
    );
    // Sorted by date, the order is exact across parts: nothing to explain.
    expect(searchStatus(9829, 'care', periods, 'oldest')).toBe('9,829 results for “care”');
  });

  it("says that boards' and places' pages come first when they lead the results", () => {
    expect(searchStatus(5, 'Havering', ['April 2017'], 'relevance', [], true)).toBe(
      '5 results for “Havering”, pages of boards and places first',
    );
    expect(searchStatus(9829, 'care', periods.slice(0, 2), 'relevance', [], true)).toBe(
      '9,829 results for “care”, pages of boards and places first, then most relevant first from April to December 2025, then from January 2024 to April 2025',
    );
  });
});

describe('searchingStatus', () => {
  it('says the results are so far, from which periods, while the rest is searched', () => {
    expect(searchingStatus(10, 'care', periods.slice(0, 1))).toBe(
      '10 results so far for “care”, from April to December 2025. Searching the rest of the archive…',
    );
    expect(searchingStatus(1204, null, periods.slice(0, 3))).toBe(
      '1,204 results so far, from April to December 2025, January 2024 to April 2025 and October 2022 to January 2024. Searching the rest of the archive…',
    );
    // Only boards' and places' pages so far: they have no period.
    expect(searchingStatus(12, 'health', [])).toBe(
      '12 results so far for “health”. Searching the rest of the archive…',
    );
  });
});
