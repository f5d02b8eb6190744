/**
 * Resolutions the site's recogniser misses, written as frontmatter decisions so the site
 * still shows them (the importer never adds decision markup of its own).
 *
 * The site looks for resolutions among an item's top-level paragraphs and lists only.
 * Two kinds escape it: a resolution inside a list item, which the same recogniser finds
 * when run over every paragraph; and a decision page's decision, which ModernGov labels
 * "Decision:" instead of wording it as a resolution.
 */
import { findDecisions, outcomeOf, type Block } from '../decisions.ts';
import type { DecisionOutcome } from '../schema.ts';

/** A decision for the item's frontmatter: the resolution's first words and its outcome. */
export interface FallbackDecision {
  text: string;
  outcome: DecisionOutcome;
}

/** The label of a decision page's decision. */
const DECISION_LABEL = /^(?:Decision|Penderfyniad)\s*:?$/i;

/** ModernGov's "Decision status:" words → the outcome they record. */
function statusOutcome(status: string | undefined): DecisionOutcome | undefined {
  if (!status) return undefined;
  for (const [pattern, outcome] of [[/defer/i, 'deferred'], [/reject|refus/i, 'rejected'], [/approv/i, 'approved'], [/recommend/i, 'recommended'], [/noted/i, 'noted'], [/agreed/i, 'agreed'], [/endors/i, 'endorsed']] as const) {
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
 * within any decision the site found, in the order they appear.
 * Example: missedResolutions(['Decision:', 'That the Sub-Committee supports the changes.'], [], 'Recommendations Approved')
 *   → [{ text: 'That the Sub-Committee supports the changes.', outcome: 'approved' }].
 */
export function missedResolutions(paragraphs: readonly string[], foundTexts: readonly string[], decisionStatus?: string): FallbackDecision[] {
  const spans = findDecisions(paragraphs.map((text): Block => ({ kind: 'paragraph', text })));
  const labelled = paragraphs.flatMap((text, i) => {
    const decision = paragraphs[i + 1];
    const worded = spans.some((span) => span.start === i + 1);
    return DECISION_LABEL.test(text.trim()) && decision && !worded ? [{ start: i + 1, text: decision, outcome: outcomeOf(decision) }] : [];
  });
  const found = foundTexts.map(squash);
  return [...spans, ...labelled]
    .filter((resolution) => !found.some((f) => f.includes(squash(resolution.text))))
    .sort((a, b) => a.start - b.start)
    .map((resolution) => ({ text: firstWords(resolution.text), outcome: statusOutcome(decisionStatus) ?? resolution.outcome }));
}
