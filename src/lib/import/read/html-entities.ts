/** HTML character references, named and numbered, read back into the characters they stand for. */

const ENTITIES: Record<string, string> = {
  nbsp: '\u00a0',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  pound: '£',
  euro: '€',
  copy: '©',
  middot: '·',
  bull: '•',
  eacute: 'é',
  egrave: 'è',
  ecirc: 'ê',
  aacute: 'á',
  agrave: 'à',
  ouml: 'ö',
  uuml: 'ü',
  auml: 'ä',
  ccedil: 'ç',
  frac12: '½',
  deg: '°',
  reg: '®',
  trade: '™',
  shy: '\u00ad',
  laquo: '«',
  raquo: '»',
  sect: '§',
  para: '¶',
  times: '×',
};

/**
 * Decodes character references: "A&amp;E &#8211; &nbsp;" → "A&E – \u00a0". Unknown names stay as written.
 * Example: decodeEntities('Hospitals&rsquo; Trust') === 'Hospitals’ Trust'.
 */
export function decodeEntities(text: string): string {
  return text.replace(
    /&(?:#(\d+)|#x([0-9a-f]+)|([a-z][a-z0-9]*));?/gi,
    (whole, dec: string, hex: string, name: string) => {
      if (dec || hex) {
        const code = dec ? Number(dec) : parseInt(hex, 16);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    },
  );
}
