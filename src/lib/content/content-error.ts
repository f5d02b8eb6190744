/**
 * Errors in a council's content, written for the person who has to fix them.
 *
 * Every message has two parts: what is wrong (with the file, the line or field, and the
 * value), then how to fix it.
 */
import { columnLetter } from '../text/csv.ts';
import { counted, PROBLEMS } from '../text/counts.ts';

/** One problem in one content file. */
export interface ContentProblem {
  /** Path relative to the content folder's parent, e.g. "content/bodies/bromley-hwb.yaml". */
  file: string;
  line?: number;
  column?: number;
  /** The field at fault, e.g. "date" or "decisions[0].outcome". */
  field?: string;
  /** What is wrong. */
  message: string;
  /** How to fix it. */
  advice: string;
}

/** Thrown when content cannot be built; carries every problem found, not just the first. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];

  constructor(problems: ContentProblem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/**
 * Where a problem is, as a person reads it.
 * Example: whereIs({ file: 'content/site.yaml', line: 3, field: 'title', ... }) === 'content/site.yaml, line 3, field "title"';
 * whereIs({ file: 'content/kpis/a.csv', line: 4, column: 4, ... }) === 'content/kpis/a.csv, line 4, column D'.
 */
export function whereIs(problem: ContentProblem): string {
  const parts = [problem.file];
  // In a CSV file, columns are named as the spreadsheet the analyst keeps it in names them.
  const column =
    problem.column !== undefined && /\.(?:csv|tsv|txt)$/i.test(problem.file)
      ? columnLetter(problem.column)
      : problem.column;
  if (problem.line !== undefined)
    parts.push(column !== undefined ? `line ${problem.line}, column ${column}` : `line ${problem.line}`);
  if (problem.field) parts.push(`field "${problem.field}"`);
  return parts.join(', ');
}

/**
 * A field's path as a problem names it.
 * Example: fieldPath(['decisions', 0, 'outcome']) === 'decisions[0].outcome'.
 */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
    .join('');
}

const MAX_SHOWN = 50;

/** The whole report: a count and what follows from it, then each problem with its fix. */
export function formatProblems(problems: readonly ContentProblem[], outcome = 'so nothing was built'): string {
  const count = counted(problems.length, PROBLEMS);
  const shown = problems.slice(0, MAX_SHOWN).map((p) => `✗ ${whereIs(p)}\n  ${p.message}\n  How to fix: ${p.advice}`);
  if (problems.length > MAX_SHOWN)
    shown.push(`… and ${problems.length - MAX_SHOWN} more. Fix these first, then run "npm run check" again.`);
  return `The content has ${count}, ${outcome}:\n\n${shown.join('\n\n')}`;
}

/**
 * The closest known name to a mistyped one, for "did you mean" advice.
 * Example: closest('bromly', ['bromley', 'havering']) === 'bromley'.
 */
export function closest(wanted: string, known: Iterable<string>): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    const distance = editDistance(wanted.toLowerCase(), name.toLowerCase());
    if (!best || distance < best.distance) best = { name, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(wanted.length / 3)) ? best.name : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
