/**
 * Recognising resolutions in minutes.
 *
 * Works on a flat list of top-level blocks (paragraphs and lists as plain text), so the
 * same rules serve the remark plugin that marks decisions up, the importer's counts, and
 * anything else that needs "the decisions of this item".
 */
import { decisionOutcomes, type DecisionInput, type DecisionOutcome } from './schema.ts';

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

// "7.10 " or "13.1 " before a keyword: ModernGov's numbered minute paragraphs.
const NUMBER = String.raw`(?:\d+(?:\.\d+)*\.?\s+)?`;
const KEYWORD = String.raw`(?:RESOLVED|AGREED|DECIDED|RECOMMENDED|Resolved|Agreed|Decided)`;
const COMMITTEE = String.raw`(?:Board|Committee|Sub-Committee|Sub Committee|Panel|Cabinet|Council|Partnership|Forum|Executive|Group|Commission)`;
const BODY = String.raw`(?:${COMMITTEE}|Members|Meeting)`;

// "The Health Overview and Scrutiny Sub-Committee": a body named in capitals, "and"/"of" allowed.
const subject = (body: string) => String.raw`(?:The\s+)?(?:(?:[A-Z][\w'’&-]*|and|of|&)\s+){0,6}${body}`;
const SUBJECT = subject(BODY);
// "14/03/2017", "14.3.17", "14 March 2017".
const DATE = String.raw`\d{1,2}(?:[/.-]\d{1,2}[/.-]\d{2,4}|\s+[A-Z][a-z]+\s+\d{4})`;

/** "RESOLVED", "AGREED:", "7.10 RESOLVED –" standing alone: the resolution follows. */
const KEYWORD_ALONE = new RegExp(String.raw`^${NUMBER}${KEYWORD}\s*[:–—-]?\s*$`);
/**
 * "RESOLVED that ...", "AGREED: 1) ...", "Resolved to RECOMMEND ...", "Agreed that – ...".
 * Not a label that merely dates a decision: "Decided at meeting: 14/03/2017 - Havering …", "Agreed: 14 March 2017".
 */
const KEYWORD_LEADS = new RegExp(
  String.raw`^${NUMBER}(?:It was\s+)?${KEYWORD}\b(?!\s+(?:by|with)\b|\s+at\s+(?:the\s+)?meeting\b|\s*:?\s*${DATE})`,
);
/** "The Sub-Committee NOTED the report.", "The Board noted the update." (lower case only before its object: "noted that…" is discussion). */
const BODY_VERB = new RegExp(
  String.raw`^${NUMBER}${SUBJECT}\s+(?:(?:NOTED|AGREED|APPROVED|ENDORSED|DEFERRED|REJECTED|RESOLVED)\b|(?:noted|agreed|approved|endorsed|deferred|rejected|resolved)\s+(?:the|this|these|its|their|to|a|an)\b)`,
);
/** "The Committee is asked to note ...", "Council is RECOMMENDED to ...". */
const BODY_ASKED = new RegExp(
  String.raw`^${NUMBER}${SUBJECT}\s+(?:is|are|was|were)\s+(?:asked|requested|invited|RECOMMENDED|recommended)\s+to\b`,
);
/** "The motion was carried unanimously", "carried nem con". */
const CARRIED = /\bcarried\s+(?:nem\.?\s*con\.?|unanimously)\b/i;
/**
 * "The Committee:", "That the Board:", "The Committee agreed:" heading a list of what it
 * decided ("1) noted the report;"); the list decides whether it is a resolution.
 * "Members:" is left out: it heads lists of who said what, not resolutions.
 */
const BODY_LIST_LEAD = new RegExp(String.raw`^${NUMBER}(?:That\s+the\s+)?${subject(COMMITTEE)}(\s+(?:agreed|resolved))?\s*:$`);

// Word stems in the order they are searched for; the first found in the text wins.
const OUTCOME_WORDS: Record<DecisionOutcome, RegExp> = {
  noted: /\bnot(?:e|ed|es|ing)\b/i,
  agreed: /\bagree(?:d|s)?\b/i,
  approved: /\bapprov(?:e|ed|es|al)\b/i,
  endorsed: /\bendors(?:e|ed|es|ement)\b/i,
  recommended: /\brecommend(?:ed|s|ation)?\b/i,
  deferred: /\bdefer(?:red|s)?\b/i,
  rejected: /\b(?:reject(?:ed|s)?|refused|not agreed|not carried)\b/i,
};

/**
 * The outcome a resolution's words express: the first outcome word in the text.
 * Example: outcomeOf('RESOLVED that the statement be endorsed, and the plans approved.') === 'endorsed'.
 */
export function outcomeOf(text: string, fallback: DecisionOutcome = 'agreed'): DecisionOutcome {
  // Deferral and rejection override whatever verb precedes them ("agreed to defer").
  for (const strong of ['rejected', 'deferred'] as const) {
    if (OUTCOME_WORDS[strong].test(text)) return strong;
  }
  let best: { outcome: DecisionOutcome; index: number } | undefined;
  for (const outcome of decisionOutcomes) {
    const match = OUTCOME_WORDS[outcome].exec(text.replace(/^\W*\d[\d.]*\s+/, ''));
    if (match && (!best || match.index < best.index)) best = { outcome, index: match.index };
  }
  return best?.outcome ?? fallback;
}

/** True when a paragraph is worded as a resolution: a keyword, or a body that decided or is asked to. */
const isWordedResolution = (text: string) => KEYWORD_LEADS.test(text) || BODY_VERB.test(text) || BODY_ASKED.test(text);

/** The outcome named by the keyword itself, when it names one ("AGREED" → agreed, "carried unanimously" → agreed). */
function keywordOutcome(text: string): DecisionOutcome | undefined {
  const body = text.replace(new RegExp(`^${NUMBER}`), '');
  if (/^(?:AGREED|Agreed)\b/.test(body)) return /\bnot agreed\b/i.test(body) ? 'rejected' : 'agreed';
  if (/^(?:RECOMMENDED|Recommended)\b/.test(body)) return 'recommended';
  // "The recommendation was carried unanimously": the motion, whatever it was, was agreed.
  // A worded resolution says more: "RESOLVED that the item be deferred (carried unanimously)".
  if (CARRIED.test(body) && !isWordedResolution(text)) return 'agreed';
  return undefined;
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
    const end = block.kind === 'paragraph' ? decisionEnd(blocks, i) : undefined;
    if (end === undefined) {
      i += 1;
      continue;
    }
    const text = blocks
      .slice(i, end + 1)
      .map((b) => b.text.trim())
      .join('\n');
    const rest = blocks
      .slice(KEYWORD_ALONE.test(block.text.trim()) ? i + 1 : i, end + 1)
      .map((b) => b.text)
      .join('\n');
    const outcome = keywordOutcome(block.text.trim()) ?? outcomeOf(rest.replace(new RegExp(`^${NUMBER}${KEYWORD}`), ''));
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
  if (KEYWORD_ALONE.test(text)) {
    if (!continues(next)) return i;
    // "RESOLVED" / "That the Board:" / a list of what it resolved.
    const after = blocks[i + 2];
    if (next.kind === 'paragraph' && next.text.trim().endsWith(':') && after?.kind === 'list') return i + 2;
    return i + 1;
  }
  if (isWordedResolution(text) || CARRIED.test(text)) {
    return text.endsWith(':') && next?.kind === 'list' ? i + 1 : i;
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
  const decisions: (ResolvedDecision | undefined)[] = spans.map((span) => ({ outcome: span.outcome, text: span.text, span }));
  const problems: DecisionInputProblem[] = [];
  inputs.forEach((input, index) => {
    const wanted = normalise(input.text);
    const match = decisions.findIndex((d) => d?.span && normalise(d.text).startsWith(wanted));
    if (match >= 0) {
      decisions[match] = input.remove ? undefined : { ...decisions[match]!, outcome: input.outcome ?? decisions[match]!.outcome };
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

/**
 * A short line naming a decision in lists: its first words after any bare keyword,
 * cut at a word boundary.
 * Example: decisionHeadline('RESOLVED\nThat the Board note the report.') === 'That the Board note the report.'.
 */
export function decisionHeadline(text: string, max = 160): string {
  const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
  const words = lines.filter((line) => !KEYWORD_ALONE.test(line)).join(' ') || lines.join(' ');
  if (words.length <= max) return words;
  return `${words.slice(0, words.lastIndexOf(' ', max - 1)).replace(/[,;:]$/, '')}…`;
}
