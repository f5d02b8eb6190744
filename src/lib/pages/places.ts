/**
 * "Find your area": the names people use for places (each locality's own name and its
 * `places:`) and the postcodes of postcodes.csv, each with the localities it is in, as the
 * A to Z of places lists them and as the finder's data (places/finder.json) carries them.
 */
import type { WithId } from '../corpus/model.ts';
import type { Locality } from '../content/schema.ts';
import { byName } from '../text/names.ts';
import { readPostcode } from '../text/postcodes.ts';
import { slugify } from '../text/slug.ts';
import { HOME_CRUMB } from './listings.ts';
import { paths } from './paths.ts';
import type { SiteData } from './routes.ts';
import type { SiteIndex } from './site-index.ts';

/** A name, or a postcode, and the localities it is in. */
export interface PlaceEntry {
  name: string;
  localities: WithId<Locality>[];
}

/**
 * Every name a place goes by on the site, A to Z: each locality's own name and the places
 * it lists; a name listed by several localities comes once, with all of them.
 * Example: placeNames(index).find((p) => p.name === 'Oadby')?.localities.map((l) => l.id) → ['leicestershire'].
 */
export function placeNames(index: SiteIndex): PlaceEntry[] {
  const byKey = new Map<string, PlaceEntry>();
  for (const locality of index.localities.all())
    for (const name of [locality.name, ...locality.places]) {
      // "St Paul's Cray" and "St Pauls Cray" are one place.
      const entry = byKey.get(slugify(name)) ?? { name, localities: [] };
      if (!entry.localities.includes(locality)) entry.localities.push(locality);
      byKey.set(slugify(name), entry);
    }
  return [...byKey.values()].sort(byName);
}

/**
 * The postcode districts of postcodes.csv, each with every locality any of its postcodes
 * is in: what a reader without the finder looks a postcode up in.
 * Example: postcodeDistricts(index)[0] → { name: 'BR1', localities: [bromley] } for the sample.
 */
export function postcodeDistricts(index: SiteIndex): PlaceEntry[] {
  const districts = new Map<string, PlaceEntry>();
  for (const { postcode, localities } of index.postcodes) {
    const district = readPostcode(postcode)!.district;
    const entry = districts.get(district) ?? { name: district, localities: [] };
    for (const id of localities) {
      const locality = index.localities.get(id)!;
      if (!entry.localities.includes(locality)) entry.localities.push(locality);
    }
    districts.set(district, entry);
  }
  return [...districts.values()].sort(byName);
}

/** The A to Z's sections: a letter's names, under the letter ("#" for names that start otherwise). */
function byLetter(entries: readonly PlaceEntry[]) {
  const letters = new Map<string, PlaceEntry[]>();
  for (const entry of entries) {
    const letter = /^[a-z]/.test(slugify(entry.name)) ? slugify(entry.name)[0].toUpperCase() : '#';
    letters.set(letter, [...(letters.get(letter) ?? []), entry]);
  }
  return [...letters].map(([letter, names]) => ({ letter, id: `letter-${letter === '#' ? 'other' : letter}`, names }));
}

/** What the "Find your area" box shows: a hint with names and a postcode the site knows, for the reader to copy. */
export function placeFinderView(index: SiteIndex) {
  const places = index.localities.all().flatMap((l) => l.places.slice(0, 1));
  const examples = [
    ...places.slice(0, 2),
    ...postcodeDistricts(index)
      .slice(0, 1)
      .map((d) => d.name),
  ];
  return { examples, postcodes: index.postcodes.length > 0 };
}

/** /places/: every name and postcode district, A to Z, each with the localities it is in. */
export function placesView({ index }: SiteData) {
  return {
    crumbs: [HOME_CRUMB, { label: 'Localities', href: paths.localities() }],
    letters: byLetter(placeNames(index)),
    postcodes: postcodeDistricts(index),
    finder: placeFinderView(index),
  };
}

/** What the place finder loads, places/finder.json: read by src/lib/search/place-finder.ts. */
export interface PlaceFinderData {
  /** Every locality; the others name them by their place in this list. */
  localities: { id: string; name: string }[];
  /** Each name a place goes by, with its localities. */
  places: [name: string, localities: number[]][];
  /** Each postcode and postcode district of postcodes.csv, with its localities. */
  postcodes: [postcode: string, localities: number[]][];
}

/**
 * The finder's data, as small as it can be: ids and names, once each.
 * Example: placeFinderData(index).places.find(([name]) => name === 'Beckenham') → ['Beckenham', [3]].
 */
export function placeFinderData(index: SiteIndex): PlaceFinderData {
  const localities = index.localities.all();
  const at = new Map(localities.map((l, i) => [l.id, i]));
  return {
    localities: localities.map(({ id, name }) => ({ id, name })),
    places: placeNames(index).map((p) => [p.name, p.localities.map((l) => at.get(l.id)!)]),
    postcodes: index.postcodes.map((p) => [p.postcode, p.localities.map((id) => at.get(id)!)]),
  };
}
