/**
 * UK postcodes as people type them ("br1 3uh", "BR13UH", "BR1"), read into the form Royal
 * Mail writes: a full postcode "BR1 3UH", or its postcode district "BR1".
 */

// The district (outward code): A9, A99, AA9, AA99, A9A or AA9A; the unit (inward code): 9AA.
const DISTRICT = '[A-Z]{1,2}[0-9][A-Z0-9]?';
const FULL = new RegExp(`^(${DISTRICT})([0-9][A-Z]{2})$`);
const DISTRICT_ONLY = new RegExp(`^${DISTRICT}$`);
// A full postcode half typed: "BR1 3", "BR1 3U" (the space says where the district ends).
const HALF_TYPED = new RegExp(`^(${DISTRICT}) [0-9][A-Z]?$`);

/** A postcode read from what someone typed. */
export interface Postcode {
  /** "postcode" for a full one, "district" for its first half alone. */
  kind: 'postcode' | 'district';
  /** As Royal Mail writes it: "BR1 3UH", "BR1". */
  text: string;
  /** Its postcode district: "BR1". */
  district: string;
}

/**
 * A full postcode or a postcode district, in capitals with one space, whatever the case
 * and spacing typed; undefined when the text is neither.
 * Example: readPostcode(' br1 3uh ') → { kind: 'postcode', text: 'BR1 3UH', district: 'BR1' };
 * readPostcode('BR13UH')?.text === 'BR1 3UH'; readPostcode('br1')?.kind === 'district'; readPostcode('Bromley') === undefined.
 */
export function readPostcode(typed: string): Postcode | undefined {
  const compact = typed.toUpperCase().replace(/\s+/g, '');
  const full = FULL.exec(compact);
  if (full) return { kind: 'postcode', text: `${full[1]} ${full[2]}`, district: full[1] };
  if (DISTRICT_ONLY.test(compact)) return { kind: 'district', text: compact, district: compact };
  return undefined;
}

/**
 * The postcode district of a postcode being typed, once its space shows where the district
 * ends: what to suggest before the rest is typed.
 * Example: districtBeingTyped('br1 3') === 'BR1'; districtBeingTyped('br13') === undefined.
 */
export function districtBeingTyped(typed: string): string | undefined {
  return HALF_TYPED.exec(typed.trim().toUpperCase().replace(/\s+/g, ' '))?.[1];
}
