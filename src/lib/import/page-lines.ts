/**
 * A page's text as lines, with the chrome around the minutes taken out.
 *
 * Only lines that are certainly not minutes are dropped: the fixed phrases of council
 * templates and browser widgets, and the footer after the last section of the page.
 * Anything else is kept, so nothing the clerk wrote is lost.
 */

/** Whole lines that page templates and browser widgets add; never minutes. */
const CHROME_LINES = [
  /^skip (?:navigation and tools|navigation|to (?:main )?content|to main navigation)$/i,
  /^(?:print (?:this )?page|back to top|share this page|email this page|rss|view directions|media)$/i,
  // The alt text of ModernGov's bullet image before each supporting document.
  /^dot$/,
  // Google Translate's pop-up, saved with the page text.
  /^(?:original text:?|rate this translation|contribute a better translation|your feedback will be used to help improve google translate)$/i,
];

/** The first line of a council's footer: everything from it to the end is chrome. */
const FOOTER_START = /^(?:©|\(c\) |copyright\b|contact us$|terms (?:and|&) conditions$|privacy(?: notice| policy)?$|cookies?(?: policy| settings)?$|accessibility(?: statement)?$|site ?map$|powered by\b|follow us\b)/i;
/** A short line ending in a postcode: the council's address in the footer. */
const ADDRESS = /^.{0,120}\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\.?$/;

/** Labels after which a page holds no more minutes, only documents and footer. */
const LAST_SECTIONS = /^(?:supporting documents|accompanying documents|background papers|documents):?$/i;

/**
 * A line as compared and parsed: non-breaking spaces and tabs as spaces, no trailing space.
 * Example: normaliseLine('·\u00a0\u00a0 text\u00a0') === '·   text'.
 */
export function normaliseLine(line: string): string {
  return line.replace(/[\u00a0\t\u2007\u202f]/g, ' ').replace(/\s+$/, '');
}

/**
 * The page's lines, normalised, without template chrome or the footer. The footer is
 * recognised only after the last section label ("Supporting documents:"), or after the
 * last line that could be minutes.
 * Example: pageLines('skip navigation and tools\nAgenda item\n…').at(0) === 'Agenda item'.
 */
export function pageLines(text: string): string[] {
  const lines = text.split('\n').map(normaliseLine).filter((line) => !CHROME_LINES.some((re) => re.test(line.trim())));
  const lastSection = lines.findLastIndex((line) => LAST_SECTIONS.test(line.trim()));
  const footerFrom = Math.max(0, lastSection);
  const footer = lines.findIndex((line, i) => i > footerFrom && (FOOTER_START.test(line.trim()) || (lastSection >= 0 && ADDRESS.test(line.trim()))));
  return footer < 0 ? lines : lines.slice(0, footer);
}

/** True for a line with no text. Example: isBlank('   ') === true. */
export const isBlank = (line: string) => line.trim() === '';

/**
 * Lines without the blank ones at either end.
 * Example: trimBlank(['', 'a', '', 'b', '']) → ['a', '', 'b'].
 */
export function trimBlank(lines: readonly string[]): string[] {
  const start = lines.findIndex((l) => !isBlank(l));
  if (start < 0) return [];
  const end = lines.findLastIndex((l) => !isBlank(l));
  return lines.slice(start, end + 1);
}
