/**
 * The labelled minutes corpus: its pages and what each page decided, asked for and voted,
 * as corpus.jsonl records them; and the one rule by which what the importer found is
 * matched against those labels. The corpus is public records kept outside the repository
 * (its README asks that it not be copied in): CORPUS, ../shared/minutes-corpus beside the
 * repository, or $MINUTED_SHARED/minutes-corpus. `npm run test:corpus` (scripts/test-corpus.ts,
 * then the tests in tests/minutes-corpus) and `npm run bench -- --import N` read it there.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { comparable } from '../../src/lib/import/nothing-lost.ts';

export const CORPUS = join(
  resolve(process.env.MINUTED_SHARED ?? join(import.meta.dirname, '../../../shared')),
  'minutes-corpus',
);

/**
 * Why the corpus cannot be read, saying where it was looked for and how to point to it;
 * undefined when its corpus.jsonl is there.
 * Example: corpusMissing('/nowhere') starts 'The labelled minutes corpus is not at /nowhere'.
 */
export function corpusMissing(dir: string = CORPUS): string | undefined {
  if (existsSync(join(dir, 'corpus.jsonl'))) return undefined;
  const from = process.env.MINUTED_SHARED
    ? `$MINUTED_SHARED/minutes-corpus, MINUTED_SHARED being "${process.env.MINUTED_SHARED}"`
    : 'minutes-corpus in ../shared beside the repository, MINUTED_SHARED being unset';
  return [
    `The labelled minutes corpus is not at ${dir} (no corpus.jsonl there): it was looked for as ${from}.`,
    'Put the shared data folder beside the repository as ../shared, or set MINUTED_SHARED to the folder that holds minutes-corpus/: e.g. MINUTED_SHARED=/path/to/shared npm run test:corpus.',
  ].join('\n');
}

/** A labelled vote: abstain is null when the page gives no figure. */
export interface LabelledVote {
  for: number;
  against: number;
  abstain: number | null;
}

/** One page of the corpus with its labels (see the corpus README). */
export interface LabelledPage {
  n: number;
  file: string;
  url: string;
  council: string;
  body: string;
  page_kind: string;
  date: string;
  truncated: 'yes' | 'no';
  /** Whole lines of the page that record decisions. */
  resolutions: string[];
  votes: LabelledVote | null;
  /** Whole lines that ask for something to come back. */
  followups: string[];
}

/**
 * The pages of the corpus in `dir` (CORPUS, the shared one), in file order.
 * Example: readLabelledPages(CORPUS)[0].file === '001_plymouth_chairs-urgent-business.txt'.
 */
export function readLabelledPages(dir: string): LabelledPage[] {
  return readFileSync(join(dir, 'corpus.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as LabelledPage);
}

/** A page's excerpt in the corpus in `dir`, without the "# source:" line and the blank line after it (see the corpus README). */
export function pageText(page: LabelledPage, dir: string): string {
  return readFileSync(join(dir, page.file), 'utf8').split('\n').slice(2).join('\n');
}

/** Length of the longest run of characters two strings share. */
function longestCommonRun(a: string, b: string): number {
  let best = 0;
  let previous = new Uint16Array(b.length + 1);
  let current = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      current[j] = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? previous[j - 1] + 1 : 0;
      if (current[j] > best) best = current[j];
    }
    [previous, current] = [current, previous];
    current.fill(0);
  }
  return best;
}

/**
 * True when something found (a decision, a follow-up) records the labelled line: one
 * holds the other, or they share a run of at least half the shorter (and 20 characters,
 * or all of it when shorter), so a line split into an item's title and its minutes, or a
 * resolution found as its first words, still counts.
 * Example: matchesLabel('Resolved – That the minutes be', 'Resolved – That the minutes be agreed as a correct record.') === true.
 */
export function matchesLabel(label: string, found: string): boolean {
  const l = comparable(label);
  const f = comparable(found);
  if (!l || !f) return false;
  if (f.includes(l) || (f.length >= 8 && l.includes(f))) return true;
  const shorter = Math.min(l.length, f.length);
  return longestCommonRun(l, f) >= Math.max(Math.min(20, shorter), shorter / 2);
}
