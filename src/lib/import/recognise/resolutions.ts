/**
 * Decisions the importer writes into an item's frontmatter, so the site shows what its
 * own recogniser cannot see (the importer never adds decision markup of its own): a
 * resolution inside a list item, and what a decision record's "Decision status:" says.
 */
import { findDecisions, type Block } from '../../minutes/decisions.ts';
import type { DecisionOutcome } from '../../content/item-schema.ts';

/** A decision for the item's frontmatter: the resolution's first words and its outcome. */
export interface FallbackDecision {
  text: string;
  outcome: DecisionOutcome;
}

/** ModernGov's "Decision status:" words → the outcome they record. */
export function statusOutcome(status: string | undefined): DecisionOutcome | undefined {
  if (!status) return undefined;
  for (const [pattern, outcome] of [
    [/defer/i, 'deferred'],
    [/reject|refus/i, 'rejected'],
    [/approv/i, 'approved'],
    [/recommend/i, 'recommended'],
    [/noted/i, 'noted'],
    [/agreed/i, 'agreed'],
    [/endors/i, 'endorsed'],
  ] as const) {
    if (pattern.test(status)) return outcome;
  }
  return undefined;
}

/** The first words of a resolution, enough to name it. */
const firstWords = (text: string, count = 14) => text.replace(/\s+/g, ' ').trim().split(' ').slice(0, count).join(' ');

// Without any spaces: the site joins a list item's nested lines without one, the paragraphs here with one.
const squash = (text: string) => text.replace(/\s+/g, '').toLowerCase();

/**
 * The resolutions in an item's paragraphs (plain text, list items included) that are not
 * within any decision the site found, in the order they appear, with the outcome a
 * decision record's status gives, if any.
 * Example: missedResolutions(['The Committee:', '1. That the report be noted.'], ['The Committee:'], 'Recommendations Approved')
 *   → [{ text: 'That the report be noted.', outcome: 'approved' }].
 */
export function missedResolutions(
  paragraphs: readonly string[],
  foundTexts: readonly string[],
  decisionStatus?: string,
): FallbackDecision[] {
  const spans = findDecisions(paragraphs.map((text): Block => ({ kind: 'paragraph', text })));
  const found = foundTexts.map(squash);
  return spans
    .filter((resolution) => !found.some((f) => f.includes(squash(resolution.text))))
    .map((resolution) => ({
      text: firstWords(resolution.text),
      outcome: statusOutcome(decisionStatus) ?? resolution.outcome,
    }));
}

/**
 * Corrections giving a decision record's decisions the outcome its "Decision status:"
 * states ("Recommendations Approved"), where their words suggested another.
 * Example: statusCorrections([{ text: 'That the Sub-Committee supports the changes.', outcome: 'agreed' }], 'Recommendations Approved')
 *   → [{ text: 'That the Sub-Committee supports the changes.', outcome: 'approved' }].
 */
export function statusCorrections(
  found: readonly { text: string; outcome: DecisionOutcome }[],
  decisionStatus: string | undefined,
): FallbackDecision[] {
  const outcome = statusOutcome(decisionStatus);
  return outcome ? found.filter((d) => d.outcome !== outcome).map((d) => ({ text: firstWords(d.text), outcome })) : [];
}

/** A resolution in its own words: a keyword, "That …", or a numbered list of them. */
const FORMAL = /^(?:\(?[a-z0-9]{1,4}[.)]\s+)?(?:It was\s+)?(?:RESOLVED|AGREED|DECIDED|Resolved|Agreed|Decided|That)\b/;

/**
 * A decision record's "Decision status:" as its decision, when the record tells what was
 * done only in narrative ("Cabinet … agreed the recommendations"), never in a resolution's
 * own words: the status then says best what was decided.
 * Example: statusDecision('Recommendations Approved', []) → { text: 'Decision status: Recommendations Approved', outcome: 'approved' }.
 */
export function statusDecision(
  status: string | undefined,
  foundTexts: readonly string[],
): FallbackDecision | undefined {
  const outcome = statusOutcome(status);
  if (!outcome || foundTexts.some((text) => FORMAL.test(text.trim()) || text.includes('\n'))) return undefined;
  return { text: `Decision status: ${status}`, outcome };
}
