/**
 * The file a committee that content/bodies/ lacks would need, for the importer's advice: a
 * clerk bringing in a new board's minutes is shown what to write rather than a schema.
 */
import type { Body } from '../../content/schema.ts';
import { slugify } from '../../text/slug.ts';

/** Kinds of body by the words their names carry, the narrower first. */
const KINDS: readonly [RegExp, Body['kind']][] = [
  [/health (?:and|&) well-?being board/i, 'health and wellbeing board'],
  [/scrutiny sub-?committee/i, 'scrutiny sub-committee'],
  [/\bjoint\b.*\bcommittee\b/i, 'joint committee'],
  [/scrutiny|overview/i, 'scrutiny committee'],
  [/integrated care board|\bICB\b/i, 'icb board'],
  [/partnership/i, 'partnership'],
];

/**
 * Where to add a body for `committee` and what to write there, in one line of advice.
 * Example: newBodyAdvice('Bournemouth, Christchurch and Poole Health and Wellbeing Board')
 *   → 'add it as content/bodies/bournemouth-christchurch-and-poole-health-and-wellbeing-board.yaml (or a shorter name) with name: "Bournemouth, …", kind: health and wellbeing board, …'.
 */
export function newBodyAdvice(committee: string): string {
  const kind = KINDS.find(([words]) => words.test(committee))?.[1] ?? 'other';
  return [
    `add it as content/bodies/${slugify(committee)}.yaml (or a shorter name) with`,
    `name: "${committee.replaceAll('"', "'")}", kind: ${kind}, organisation: (who runs it)`,
    'and localities: [(the ids of the places it covers, from content/localities/)], as the README\'s "bodies/<id>.yaml" shows;',
    'or give the id of a body you hold under another name with --body <id>.',
  ].join(' ');
}
