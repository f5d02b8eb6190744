/** "Find your area" on the sample's own places and postcodes, as the browser runs it. */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import { placeFinderData } from '../../src/lib/pages/places.ts';
import { buildSiteIndex } from '../../src/lib/pages/site-index.ts';
import { findPlaces, placeFinder, placesStatus, placeToGo } from '../../src/lib/search/place-finder.ts';

const finder = placeFinder(placeFinderData(buildSiteIndex(loadCorpus('content'), '2026-11-22')));
/** The suggestions as the list shows them: "Beckenham in Bromley". */
const shown = (typed: string) =>
  findPlaces(finder, typed).options.map((o) => (o.showLocality ? `${o.name} in ${o.locality.name}` : o.name));

describe('suggestions as you type', () => {
  it('finds a place by the start of its name, whatever the case, and names its locality', () => {
    expect(shown('beck')).toEqual(['Beckenham in Bromley']);
    expect(shown('OAKH')).toEqual(['Oakham in Rutland']);
  });

  it('finds a place by the start of any word of its name, after those it starts', () => {
    expect(shown('cray')).toEqual(['St Mary Cray in Bromley', "St Paul's Cray in Bromley"]);
    expect(shown('market')).toEqual([
      'Market Bosworth in Leicestershire',
      'Market Deeping in Lincolnshire',
      'Market Harborough in Leicestershire',
      'Market Rasen in Lincolnshire',
    ]);
    expect(shown('wood')).toEqual(['Woodhall Spa in Lincolnshire', 'Harold Wood in Havering', 'Petts Wood in Bromley']);
  });

  it('reads apostrophes, hyphens and accents as if they were not there', () => {
    expect(shown('st pauls')).toEqual(["St Paul's Cray in Bromley"]);
    expect(shown('ashby de la')).toEqual(['Ashby-de-la-Zouch in Leicestershire']);
    expect(shown('sutton on sea')).toEqual(['Sutton-on-Sea in Mablethorpe']);
    expect(shown('Oádby')).toEqual(['Oadby in Leicestershire', 'Oadby and Wigston in Leicestershire']);
  });

  it('offers a locality by its own name, without saying it is in itself', () => {
    expect(shown('stamford')).toEqual(['Stamford']);
    expect(shown('havering')).toEqual([
      'Havering',
      'Havering Central',
      'Havering North',
      'Havering South',
      'Havering-atte-Bower in Havering North',
    ]);
  });

  it('offers postcode districts by their start, with names that start the same', () => {
    expect(shown('BR')).toEqual([
      'Braunstone Town in Leicestershire',
      'Bromley',
      'Broughton Astley in Leicestershire',
      'BR1 in Bromley',
      'BR2 in Bromley',
      'BR3 in Bromley',
      'BR4 in Bromley',
      'BR5 in Bromley',
    ]);
    expect(findPlaces(finder, 'BR').total).toBe(10);
  });

  it('suggests nothing for text that matches nothing, or is only spaces and marks', () => {
    expect(shown('zzz')).toEqual([]);
    expect(shown('  ')).toEqual([]);
    expect(shown("'-")).toEqual([]);
  });
});

describe('postcodes', () => {
  it.each(['BR1 3UH', 'br1 3uh', 'BR13UH', ' br1  3uh '])('finds %j by its district, as one answer', (typed) => {
    const matches = findPlaces(finder, typed);
    expect(matches.options).toEqual([
      { name: 'BR1 3UH', locality: { id: 'bromley', name: 'Bromley' }, showLocality: true, exact: true },
    ]);
    expect(placeToGo(matches)?.locality.id).toBe('bromley');
  });

  it('suggests the district of a postcode half typed', () => {
    expect(shown('br6 9')).toEqual(['BR6 in Bromley']);
  });

  it('offers the choice where a district is in two localities, and says so', () => {
    const matches = findPlaces(finder, 'le2');
    expect(shown('le2')).toEqual(['LE2 in Leicester', 'LE2 in Leicestershire']);
    expect(placeToGo(matches)).toBeUndefined();
    expect(placesStatus(matches, true)).toBe(
      'LE2 is in 2 localities, Leicester and Leicestershire: choose one with the arrow keys.',
    );
    expect(placeToGo(findPlaces(finder, 'LE2 5AB'))).toBeUndefined();
  });

  it('goes straight to the one locality of a district typed in full, before the districts it starts', () => {
    const matches = findPlaces(finder, 'LE1');
    expect(shown('LE1')).toEqual(['LE1 in Leicester', 'LE11 in Leicestershire', 'LE15 in Rutland']);
    expect(placeToGo(matches)?.locality.id).toBe('leicester');
  });

  it('says when the site does not list a postcode, or none at all', () => {
    const swanley = findPlaces(finder, 'BR8 7AA');
    expect(swanley.options).toEqual([]);
    expect(placesStatus(swanley, true)).toBe(
      'This site does not list the postcode BR8 7AA. Try the name of your town or area, or the A to Z of places.',
    );
    expect(placesStatus(swanley, false)).toBe(
      'This site does not look up postcodes. Try the name of your town or area, or the A to Z of places.',
    );
  });
});

describe('Enter with no suggestion chosen, and what the live region says', () => {
  it('goes to the place typed in full, or to the only suggestion', () => {
    expect(placeToGo(findPlaces(finder, 'Oadby'))?.locality.id).toBe('leicestershire');
    expect(placeToGo(findPlaces(finder, 'penge'))?.locality.id).toBe('bromley');
    expect(placeToGo(findPlaces(finder, 'beck'))?.locality.id).toBe('bromley');
    expect(placeToGo(findPlaces(finder, 'cray'))).toBeUndefined();
  });

  it('counts the suggestions, and says how many of how many when the list is cut short', () => {
    expect(placesStatus(findPlaces(finder, 'cray'), true)).toBe(
      '2 suggestions: use the arrow keys to choose one, and Enter to go to its page.',
    );
    expect(placesStatus(findPlaces(finder, 'br'), true)).toBe(
      '8 of 10 suggestions: use the arrow keys to choose one, and Enter to go to its page.',
    );
    expect(placesStatus(findPlaces(finder, 'zzz'), true)).toBe(
      'No place matches "zzz". Try another spelling, or the A to Z of places.',
    );
    expect(placesStatus(findPlaces(finder, ''), true)).toBe('');
  });
});
