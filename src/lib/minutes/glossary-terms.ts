/**
 * Finding a glossary's terms in text, as whole words: the minutes' markup (rehype/glossary.ts)
 * and the search index both ask it, so they agree on which terms a page uses.
 */
import { createHash } from 'node:crypto';
import { termAnchor, termForms, type GlossaryEntry } from '../content/glossary-schema.ts';

/** One use of a term in a text. */
export interface TermUse {
  entry: GlossaryEntry;
  /** Its fragment id on the glossary page. */
  anchor: string;
  /** Where it starts in the text, and the words as written there. */
  index: number;
  text: string;
  /** Written as an abbreviation: the term or one of its other forms, written in capitals ("ICB", "A&E"). */
  abbreviated: boolean;
  /** Written with a plural "s" ("ICBs") that the glossary's form lacks. */
  plural: boolean;
}

/** A glossary ready to find its terms. */
export interface Glossary {
  entries: readonly GlossaryEntry[];
  /** Changes whenever an entry does: the minutes cache keys rendered minutes on it. */
  digest: string;
  /** Every use of a term in `text`, in order, none overlapping; the longest where two start together. */
  uses(text: string): TermUse[];
}

interface Form {
  entry: GlossaryEntry;
  anchor: string;
  abbreviated: boolean;
}

const PLURAL = /(?:s|['’]s)$/;
const SYNTAX = /[\\^$.*+?()[\]{}|/]/g;

/**
 * A glossary of `entries`. A form written all in capitals ("ICB", "A&E") is found only in
 * capitals, so "SEND" is never found in "send"; any other whatever its capitals.
 * Example: glossaryOf([{ term: 'ICB', expansion: 'Integrated Care Board', … }]).uses('Two ICBs met.')[0].plural === true.
 */
export function glossaryOf(entries: readonly GlossaryEntry[]): Glossary {
  const exact = new Map<string, Form>();
  const folded = new Map<string, Form>();
  const patterns: string[] = [];
  for (const entry of entries) {
    const anchor = termAnchor(entry.term);
    for (const form of termForms(entry)) {
      const capitals = !/\p{Ll}/u.test(form);
      const known = { entry, anchor, abbreviated: capitals && form !== entry.expansion };
      if (capitals) exact.set(form, known);
      else folded.set(form.toLowerCase(), known);
      const words = form.replace(SYNTAX, '\\$&').replace(/\s+/g, '\\s+');
      const plural = /\p{L}$/u.test(form) ? "(?:s|['’]s)?" : '';
      patterns.push(`${capitals ? '(?:' : '(?i:'}${words})${plural}`);
    }
  }
  // Longest first, so that at one place "Joint Health Overview and Scrutiny Committee" wins over "Health Overview…".
  patterns.sort((a, b) => b.length - a.length);
  const words =
    patterns.length > 0
      ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${patterns.join('|')})(?![\\p{L}\\p{N}])`, 'gu')
      : undefined;
  const formOf = (text: string) => {
    const spaced = text.replace(/\s+/g, ' ');
    return exact.get(spaced) ?? folded.get(spaced.toLowerCase());
  };
  return {
    entries,
    digest: createHash('sha1').update(JSON.stringify(entries)).digest('hex'),
    uses(text) {
      if (!words) return [];
      const found: TermUse[] = [];
      // exec, not matchAll: matchAll copies the pattern on every call, the most of its cost on short texts.
      words.lastIndex = 0;
      for (let match = words.exec(text); match; match = words.exec(text)) {
        const whole = formOf(match[0]);
        const form = whole ?? formOf(match[0].replace(PLURAL, ''));
        if (form) found.push({ ...form, index: match.index, text: match[0], plural: !whole });
      }
      return found;
    },
  };
}
