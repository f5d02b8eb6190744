/**
 * Recognising resolutions in minutes.
 *
 * Works on a flat list of top-level blocks (paragraphs and lists as plain text), so the
 * same rules serve the remark plugin that marks decisions up, the importer's counts, and
 * anything else that needs "the decisions of this item".
 */
import { decisionOutcomes, type DecisionOutcome } from '../content/item-schema.ts';
import {
  BODY_LIST_LEAD,
  CARRIED,
  CONTINUES_LEAD,
  DECISION_LABEL,
  isWordedResolution,
  KEYWORD,
  KEYWORD_ALONE,
  keywordOutcome,
  LEAD_IN,
  MARKER,
  MOTION_OUTCOME,
  MOVED,
  MOVED_AND_SECONDED,
  NUMBER,
  outcomeOf,
  OUTCOME_WORDS,
} from './resolution-wording.ts';

/** One top-level block of an item's minutes, as plain text. */
export interface Block {
  kind: 'paragraph' | 'list' | 'other';
  text: string;
}

/** A run of blocks `[start, end]` (inclusive) that records one resolution. */
export interface DecisionSpan {
  start: number;
  end: number;
  outcome: DecisionOutcome;
  text: string;
}

/**
 * Finds the resolutions in a sequence of blocks.
 * Example: findDecisions([{ kind: 'paragraph', text: 'RESOLVED that the update be noted.' }])
 *   → [{ start: 0, end: 0, outcome: 'noted', text: 'RESOLVED that the update be noted.' }]
 */
export function findDecisions(blocks: readonly Block[]): DecisionSpan[] {
  const spans: DecisionSpan[] = [];
  let i = 0;
  while (i < blocks.length) {
    const block = blocks[i];
    const end = decisionEnd(blocks, i);
    if (end === undefined) {
      i += 1;
      continue;
    }
    const text = blocks
      .slice(i, end + 1)
      .map((b) => b.text.trim())
      .join('\n');
    const rest = blocks
      .slice(KEYWORD_ALONE.test(block.text.trim()) || DECISION_LABEL.test(block.text.trim()) ? i + 1 : i, end + 1)
      .map((b) => b.text)
      .join('\n');
    const outcome =
      keywordOutcome(block.text.trim()) ?? outcomeOf(rest.replace(new RegExp(`^${NUMBER}${KEYWORD}`), ''));
    spans.push({ start: i, end, outcome: /\bnot agreed\b|\bnot carried\b/i.test(text) ? 'rejected' : outcome, text });
    i = end + 1;
  }
  return spans;
}

/** Where a resolution that starts at `i` ends, or undefined when block `i` starts none. */
function decisionEnd(blocks: readonly Block[], i: number): number | undefined {
  const text = blocks[i].text.trim();
  const next = blocks[i + 1];
  const continues = (b: Block | undefined) => b !== undefined && b.kind !== 'other';
  // A list of resolutions with no lead: "1. That approval be given…", "(a) That the programme be approved;".
  // The words of a motion as moved ("Councillor Yuill moved, seconded by …:-") are not yet a decision.
  if (i > 0 && MOVED.test(blocks[i - 1].text.trim())) return undefined;
  if (blocks[i].kind === 'list')
    return isWordedResolution(text.split('\n')[0]) || /^That\b/.test(text.replace(MARKER, '')) ? i : undefined;
  if (blocks[i].kind !== 'paragraph') return undefined;
  // The label, then the decision as worded: "Decision:" / "The Board resolved :-" / "to note the report.".
  if (DECISION_LABEL.test(text))
    return continues(next) ? (next.kind === 'paragraph' ? (decisionEnd(blocks, i + 1) ?? i + 1) : i + 1) : undefined;
  if (KEYWORD_ALONE.test(text) || LEAD_IN.test(text)) {
    if (!continues(next)) return KEYWORD_ALONE.test(text) ? i : isWordedResolution(text) ? i : undefined;
    // "RESOLVED" / "That the Board:" / a list of what it resolved.
    const after = blocks[i + 2];
    if (next.kind === 'paragraph' && next.text.trim().endsWith(':') && after?.kind === 'list') return i + 2;
    // What follows the lead: a list, or a paragraph and the lists and "to …" paragraphs after it.
    let end = i + 1;
    while (
      blocks[end + 1] &&
      (blocks[end + 1].kind === 'list' ||
        (blocks[end + 1].kind === 'paragraph' && CONTINUES_LEAD.test(blocks[end + 1].text.trim())))
    )
      end += 1;
    return end;
  }
  if (next?.kind === 'paragraph' && MOVED_AND_SECONDED.test(next.text.trim())) return i + 1;
  if (isWordedResolution(text) || CARRIED.test(text) || MOTION_OUTCOME.test(text)) {
    return /[:–—-]$/.test(text) && next?.kind === 'list' ? i + 1 : i;
  }
  return next?.kind === 'list' && leadsDecisionList(text, next.text) ? i + 1 : undefined;
}

/**
 * True when `text` heads `list` as one resolution: "The Committee agreed:" before any list,
 * or "The Committee:" before a list that says what was decided ("noted the report") —
 * not before a list of names.
 */
function leadsDecisionList(text: string, list: string): boolean {
  const lead = BODY_LIST_LEAD.exec(text);
  if (!lead) return false;
  return lead[1] !== undefined || decisionOutcomes.some((outcome) => OUTCOME_WORDS[outcome].test(list));
}

/** A decision after the frontmatter's corrections, before it is given an id. */
export interface ResolvedDecision {
  outcome: DecisionOutcome;
  text: string;
  /** The span in the minutes it marks up; absent for decisions added by hand. */
  span?: DecisionSpan;
}

/** A decision of an item, as every page, feed and download sees it. */
export interface ItemDecision extends Omit<ResolvedDecision, 'span'> {
  /** The fragment id on the item page: "decision-1". */
  anchor: string;
  /** True when written in the frontmatter rather than found in the minutes. */
  addedByHand: boolean;
}

/**
 * A short line naming a decision in lists: its first words after any bare keyword,
 * cut at a word boundary.
 * Example: decisionHeadline('RESOLVED\nThat the Board note the report.') === 'That the Board note the report.'.
 */
export function decisionHeadline(text: string, max = 160): string {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const words =
    lines.filter((line) => !KEYWORD_ALONE.test(line) && !DECISION_LABEL.test(line)).join(' ') || lines.join(' ');
  if (words.length <= max) return words;
  return `${words.slice(0, words.lastIndexOf(' ', max - 1)).replace(/[,;:]$/, '')}…`;
}
