/**
 * `content/glossary.yaml`: the abbreviations and terms of the minutes, in plain English.
 * Part of the content format (schema.ts holds the rest); the README's "The content format"
 * documents it for clerks. Optional: a site without one builds, with no glossary page.
 */
import { z } from 'astro/zod';
import { closest, type ContentProblem, fieldPath } from './content-error.ts';
import { slugify } from '../text/slug.ts';

/** One term: what it stands for and what it means. */
export const glossaryEntrySchema = z.strictObject({
  /** As the minutes write it: "JHOSC", "ICB", "Pathway 3". */
  term: z.string().trim().min(1),
  /** What an abbreviation stands for: "Joint Health Overview and Scrutiny Committee". Leave out for a term that is not one. */
  expansion: z.string().trim().min(1).optional(),
  /** One or two sentences a resident understands. */
  explanation: z.string().trim().min(1),
  /** Other ways the minutes write it: "JHSC", "Joint HOSC". */
  otherForms: z.array(z.string().trim().min(1)).default([]),
  /** Other terms of the glossary worth reading with it, as their `term` is written. */
  related: z.array(z.string().trim().min(1)).default([]),
});

/** The file: a list of terms, in any order (the glossary page sorts them A to Z). */
export const glossarySchema = z.array(glossaryEntrySchema);

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

/**
 * A term's fragment id on the glossary page, from its words.
 * Example: termAnchor('A&E') === 'a-and-e'; termAnchor('Pathway 3') === 'pathway-3'.
 */
export const termAnchor = (term: string): string => slugify(term) || 'term';

/**
 * Every way the minutes may write an entry's term: the term, its other forms and its expansion.
 * Example: termForms({ term: 'BCF', expansion: 'Better Care Fund', otherForms: [] }) → ['BCF', 'Better Care Fund'].
 */
export const termForms = (entry: Pick<GlossaryEntry, 'term' | 'expansion' | 'otherForms'>): string[] => [
  entry.term,
  ...entry.otherForms,
  ...(entry.expansion ? [entry.expansion] : []),
];

/**
 * What the schema cannot see, entry against entry: a term or form given to two entries
 * (the site could not tell which to explain), two terms with the same address on the
 * glossary page, and related terms the glossary lacks.
 * Example: glossaryProblems([jhosc, jhosc], lineOf, 'content/glossary.yaml')[0].message starts 'The glossary already has "JHOSC"'.
 */
export function glossaryProblems(
  entries: readonly GlossaryEntry[],
  lineOf: (path: readonly PropertyKey[]) => number | undefined,
  file: string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const owner = new Map<string, number>();
  const anchors = new Map<string, number>();
  entries.forEach((entry, at) => {
    const forms: [PropertyKey[], string][] = [
      [[at, 'term'], entry.term],
      ...entry.otherForms.map((form, i): [PropertyKey[], string] => [[at, 'otherForms', i], form]),
      ...(entry.expansion ? [[[at, 'expansion'], entry.expansion] as [PropertyKey[], string]] : []),
    ];
    for (const [path, form] of forms) {
      const first = owner.get(form.toLowerCase());
      if (first === undefined) owner.set(form.toLowerCase(), at);
      else if (first !== at)
        problems.push({
          file,
          line: lineOf(path),
          field: fieldPath(path),
          message: `The glossary already has "${form}", in the entry for "${entries[first].term}" on line ${lineOf([first, 'term'])}.`,
          advice: `the site could not tell which entry explains it: keep "${form}" in one entry only, and if the two entries mean the same thing, make them one.`,
        });
    }
    const anchor = termAnchor(entry.term);
    const sameAddress = anchors.get(anchor);
    if (sameAddress === undefined) anchors.set(anchor, at);
    else if (entries[sameAddress].term.toLowerCase() !== entry.term.toLowerCase())
      problems.push({
        file,
        line: lineOf([at, 'term']),
        field: fieldPath([at, 'term']),
        message: `"${entry.term}" would have the same address on the glossary page as "${entries[sameAddress].term}" (line ${lineOf([sameAddress, 'term'])}): glossary/#${anchor}.`,
        advice: `make one of the two terms differ by a letter or a word, or make them one entry with the other written under "otherForms".`,
      });
  });
  const terms = new Set(entries.map((e) => e.term));
  entries.forEach((entry, at) =>
    entry.related.forEach((related, i) => {
      if (terms.has(related) && related !== entry.term) return;
      const guess = related === entry.term ? undefined : closest(related, terms);
      problems.push({
        file,
        line: lineOf([at, 'related', i]),
        field: fieldPath([at, 'related', i]),
        message:
          related === entry.term
            ? `"${entry.term}" lists itself as a related term.`
            : `"${entry.term}" lists "${related}" as a related term, but the glossary has no term "${related}".`,
        advice:
          related === entry.term
            ? 'delete it from "related": list only other terms of the glossary.'
            : `${guess ? `did you mean "${guess}"? ` : ''}Write a related term exactly as its own entry's "term:" line writes it, or add an entry for it.`,
      });
    }),
  );
  return problems;
}
