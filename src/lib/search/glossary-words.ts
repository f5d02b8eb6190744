/**
 * The glossary's words a page's search record adds, so that a search finds the page by a
 * term it uses whichever way it is written: "JHOSC" finds the pages of the Joint Health
 * Overview and Scrutiny Committee, "Better Care Fund" an item that only says "BCF".
 */
import type { GlossaryEntry } from '../content/glossary-schema.ts';
import type { Glossary } from '../minutes/glossary-terms.ts';

/**
 * A line for each term that `texts` use or `used` names, giving its other ways of being
 * written: "JHOSC: Joint Health Overview and Scrutiny Committee". None for a term written
 * only one way, which the page's own words already hold.
 * Example: glossaryWords(glossaryOf(entries), ['BCF'], []) → ['BCF: Better Care Fund'].
 */
export function glossaryWords(glossary: Glossary, used: readonly string[], texts: readonly string[]): string[] {
  const terms = new Set(used);
  for (const text of texts) for (const use of glossary.uses(text)) terms.add(use.entry.term);
  return glossary.entries.filter((entry) => terms.has(entry.term)).flatMap(lineOf);
}

const lineOf = ({ term, otherForms, expansion }: GlossaryEntry): string[] =>
  otherForms.length === 0 && !expansion ? [] : [[term, ...otherForms].join(', ') + (expansion ? `: ${expansion}` : '')];
