/**
 * Characters that look like a space or a hyphen but are not one, pasted from Word, PDFs
 * and web pages: in an id they make a name that looks right match nothing.
 */
const NAMES: Record<string, string> = {
  '\u00a0': 'a non-breaking space',
  '\u00ad': 'a soft hyphen',
  '\u2002': 'an en space',
  '\u2003': 'an em space',
  '\u2009': 'a thin space',
  '\u200a': 'a hair space',
  '\u200b': 'a zero-width space',
  '\u200c': 'a zero-width non-joiner',
  '\u200d': 'a zero-width joiner',
  '\u2010': 'a typographic hyphen',
  '\u2011': 'a non-breaking hyphen',
  '\u2012': 'a figure dash',
  '\u2013': 'an en dash "–"',
  '\u2014': 'an em dash "—"',
  '\u2060': 'a word joiner',
  '\u202f': 'a narrow non-breaking space',
  '\u3000': 'an ideographic space',
  '\ufeff': 'a zero-width no-break space',
  '\t': 'a tab',
};
// An alternation, not a class: a class holding the zero-width joiner would join its neighbours.
const ODD = new RegExp(Object.keys(NAMES).join('|'));

/**
 * The first such character in `text`, said as a person can find it, and whether it
 * stands where a hyphen belongs; undefined when there is none.
 * Example: oddCharacter('bromley\u00a0')?.said === 'a non-breaking space (U+00A0) after "bromley"'.
 */
export function oddCharacter(text: string): { said: string; hyphen: boolean } | undefined {
  const found = ODD.exec(text);
  if (!found) return undefined;
  const code = found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  const before = text.slice(0, found.index).trimEnd();
  return {
    said: `${NAMES[found[0]]} (U+${code}) ${before === '' ? 'at its start' : `after "${before}"`}`,
    hyphen: /[\u2010-\u2014]/.test(found[0]),
  };
}
