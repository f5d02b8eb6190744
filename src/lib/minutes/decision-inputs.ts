/** The frontmatter's `decisions:`, applied to the resolutions found in the minutes: corrections, removals and additions. */
import { decisionOutcomes, type DecisionInput } from '../content/item-schema.ts';
import type { DecisionSpan, ResolvedDecision } from './decisions.ts';

/** Why a frontmatter decision could not be applied, with its index in the list. */
export interface DecisionInputProblem {
  index: number;
  message: string;
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Applies the frontmatter's `decisions:` to those found in the text: a matching entry
 * corrects or removes a found decision, any other entry adds one.
 * Example: applyDecisionInputs(spans, [{ text: 'RESOLVED that the update', outcome: 'agreed', remove: false }]).
 */
export function applyDecisionInputs(
  spans: readonly DecisionSpan[],
  inputs: readonly DecisionInput[],
): { decisions: ResolvedDecision[]; problems: DecisionInputProblem[] } {
  const decisions: (ResolvedDecision | undefined)[] = spans.map((span) => ({
    outcome: span.outcome,
    text: span.text,
    span,
  }));
  const problems: DecisionInputProblem[] = [];
  inputs.forEach((input, index) => {
    const wanted = normalise(input.text);
    const match = decisions.findIndex((d) => d?.span && normalise(d.text).startsWith(wanted));
    if (match >= 0) {
      decisions[match] = input.remove
        ? undefined
        : { ...decisions[match]!, outcome: input.outcome ?? decisions[match]!.outcome };
    } else if (input.remove) {
      problems.push({
        index,
        message: `No resolution in the minutes starts with "${input.text}", so there is nothing to remove. Copy the first words of the resolution exactly as they appear in the minutes.`,
      });
    } else if (!input.outcome) {
      problems.push({
        index,
        message: `No resolution in the minutes starts with "${input.text}". To add a decision by hand, give its outcome too (one of: ${decisionOutcomes.join(', ')}); to correct one found in the minutes, copy its first words exactly.`,
      });
    } else {
      decisions.push({ outcome: input.outcome, text: input.text });
    }
  });
  return { decisions: decisions.filter((d): d is ResolvedDecision => d !== undefined), problems };
}
