/**
 * "Find your area" in the browser: the places and postcodes that match what has been typed
 * so far, and what to say of them. Pure, so src/scripts/place-finder.ts only wires it to
 * the page, and the tests try it on the sample's own data.
 */
import type { PlaceFinderData } from '../pages/places.ts';
import { inWords } from '../text/lists.ts';
import { districtBeingTyped, readPostcode } from '../text/postcodes.ts';
import { slugify } from '../text/slug.ts';

/** One suggestion: a name or postcode, and the locality whose page it leads to. */
export interface PlaceOption {
  /** As the suggestion shows it: "Beckenham", "BR1 3UH". */
  name: string;
  locality: { id: string; name: string };
  /** False for a locality's own name: "Stamford" needs no "in Stamford". */
  showLocality: boolean;
  /** True when it is all that was typed, not only its start. */
  exact: boolean;
}

/** What matches the text typed. */
export interface PlaceMatches {
  typed: string;
  /** The suggestions, best first, at most `limit`. */
  options: PlaceOption[];
  /** How many matched in all. */
  total: number;
  /** The postcode or district the text is, as Royal Mail writes it, whether the site knows it or not. */
  postcode?: string;
}

/** The data made ready to match against: each name's form for comparing worked out once. */
export interface PlaceFinder {
  data: PlaceFinderData;
  keys: string[];
  postcodes: Map<string, number[]>;
}

/** Example: findPlaces(placeFinder(data), 'beck').options[0].name === 'Beckenham'. */
export function placeFinder(data: PlaceFinderData): PlaceFinder {
  return { data, keys: data.places.map(([name]) => slugify(name)), postcodes: new Map(data.postcodes) };
}

const EXACT = 0;
const STARTS = 1;
const WORD_STARTS = 2;

/**
 * The places and postcodes that match `typed`, best first: a whole name or postcode, then
 * names and districts it starts, then names with a word it starts ("cray" finds "St Mary
 * Cray"). Case, accents, hyphens and apostrophes do not matter; a full postcode the site
 * does not list is found by its district, and so is one half typed ("BR1 3").
 * Example: findPlaces(finder, 'br1 3uh').options[0] → { name: 'BR1 3UH', locality: { id: 'bromley', … }, exact: true, … }.
 */
export function findPlaces(finder: PlaceFinder, typed: string, limit = 8): PlaceMatches {
  const { data } = finder;
  const postcode = readPostcode(typed);
  const byPostcode = (text: string, indexes: number[] | undefined, exact: boolean) =>
    (indexes ?? []).map((at) => ({ name: text, locality: data.localities[at], showLocality: true, exact }));
  if (postcode?.kind === 'postcode') {
    const options = byPostcode(
      postcode.text,
      finder.postcodes.get(postcode.text) ?? finder.postcodes.get(postcode.district),
      true,
    );
    return { typed, options: options.slice(0, limit), total: options.length, postcode: postcode.text };
  }
  const halfTyped = districtBeingTyped(typed);
  if (halfTyped) {
    const options = byPostcode(halfTyped, finder.postcodes.get(halfTyped), false);
    return { typed, options: options.slice(0, limit), total: options.length };
  }

  const key = slugify(typed);
  if (key === '') return { typed, options: [], total: 0 };
  const ranked: { rank: number; options: PlaceOption[] }[] = [];
  finder.keys.forEach((name, i) => {
    const rank = name === key ? EXACT : name.startsWith(key) ? STARTS : name.includes(`-${key}`) ? WORD_STARTS : -1;
    if (rank < 0) return;
    const [shown, localities] = data.places[i];
    const options = localities.map((at) => ({
      name: shown,
      locality: data.localities[at],
      showLocality: slugify(data.localities[at].name) !== name,
      exact: rank === EXACT,
    }));
    ranked.push({ rank, options });
  });
  // Districts by their start, "BR" → BR1…BR7: full postcodes only when typed in full (above).
  const compact = typed.toUpperCase().replace(/\s+/g, '');
  for (const [text, localities] of data.postcodes)
    if (!text.includes(' ') && text.startsWith(compact))
      ranked.push({ rank: text === compact ? EXACT : STARTS, options: byPostcode(text, localities, text === compact) });
  // A stable sort keeps names A to Z, then districts in order, within each rank.
  const options = ranked.sort((a, b) => a.rank - b.rank).flatMap((r) => r.options);
  return { typed, options: options.slice(0, limit), total: options.length, postcode: postcode?.text };
}

/**
 * Where Enter goes with no suggestion chosen: the one locality of what was typed in full,
 * or the only suggestion; undefined when there is a choice to make, or nothing matched.
 * Example: placeToGo(findPlaces(finder, 'Oadby'))?.locality.id === 'leicestershire'; placeToGo(findPlaces(finder, 'LE2')) === undefined.
 */
export function placeToGo(matches: PlaceMatches): PlaceOption | undefined {
  const exact = matches.options.filter((o) => o.exact);
  if (exact.length > 0) return new Set(exact.map((o) => o.locality.id)).size === 1 ? exact[0] : undefined;
  return matches.total === 1 ? matches.options[0] : undefined;
}

/**
 * What the finder says of its suggestions, for a screen reader as they change and on the
 * page when there are none; `postcodes` is whether the site looks postcodes up at all.
 * Example: placesStatus(findPlaces(finder, 'LE2'), true) === 'LE2 is in 2 localities, Leicester and Leicestershire: choose one with the arrow keys.'.
 */
export function placesStatus(matches: PlaceMatches, postcodes: boolean): string {
  const { options, total, postcode, typed } = matches;
  if (typed.trim() === '') return '';
  if (total === 0 && postcode)
    return postcodes
      ? `This site does not list the postcode ${postcode}. Try the name of your town or area, or the A to Z of places.`
      : 'This site does not look up postcodes. Try the name of your town or area, or the A to Z of places.';
  if (total === 0) return `No place matches "${typed.trim()}". Try another spelling, or the A to Z of places.`;
  const exact = options.filter((o) => o.exact);
  if (exact.length > 1)
    return `${exact[0].name} is in ${exact.length} localities, ${inWords(exact.map((o) => o.locality.name))}: choose one with the arrow keys.`;
  const shown =
    total > options.length
      ? `${options.length} of ${total} suggestions`
      : total === 1
        ? '1 suggestion'
        : `${total} suggestions`;
  return `${shown}: use the arrow keys to choose one, and Enter to go to its page.`;
}
