/**
 * The glossary page, /glossary/: the site's abbreviations and terms from A to Z, each
 * with its own fragment id (the minutes link their first use of a term to it). A site
 * without a glossary has no glossary page.
 */
import { termAnchor, type GlossaryEntry } from '../content/glossary-schema.ts';
import { compareNames } from '../text/names.ts';
import { HOME_CRUMB } from './listings.ts';
import { siteRoute } from './routes.ts';

/** A term as the glossary page shows it. */
export interface GlossaryTermView {
  term: string;
  /** Its fragment id: glossary/#<anchor>. */
  anchor: string;
  expansion?: string;
  explanation: string;
  otherForms: string[];
  related: { term: string; anchor: string }[];
}

/** The terms under one letter of the alphabet (or "0–9"), with the fragment id of its heading. */
export interface GlossaryLetter {
  letter: string;
  id: string;
  terms: GlossaryTermView[];
}

/**
 * The glossary's terms from A to Z, under their first letters.
 * Example: glossaryLetters(loadCorpus('content').glossary)[0].letter === 'A'.
 */
export function glossaryLetters(entries: readonly GlossaryEntry[]): GlossaryLetter[] {
  const letters = new Map<string, GlossaryTermView[]>();
  for (const entry of [...entries].sort((a, b) => compareNames(a.term, b.term))) {
    const first = entry.term.match(/[\p{L}\p{N}]/u)?.[0] ?? '';
    const letter = /\p{L}/u.test(first) ? first.normalize('NFD').charAt(0).toUpperCase() : '0–9';
    const terms = letters.get(letter) ?? [];
    letters.set(letter, terms);
    terms.push({
      term: entry.term,
      anchor: termAnchor(entry.term),
      expansion: entry.expansion,
      explanation: entry.explanation,
      otherForms: entry.otherForms,
      related: entry.related.map((term) => ({ term, anchor: termAnchor(term) })),
    });
  }
  return [...letters].map(([letter, terms]) => ({
    letter,
    id: `letter-${letter === '0–9' ? '0-9' : letter.toLowerCase()}`,
    terms,
  }));
}

/** /glossary/, made only when the site has a glossary (its rest parameter is always empty). */
export const glossaryRoute = siteRoute(({ index }) =>
  index.glossary.length === 0
    ? []
    : [{ params: { glossary: undefined }, view: { crumbs: [HOME_CRUMB], letters: glossaryLetters(index.glossary) } }],
);
