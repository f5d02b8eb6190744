/**
 * Resolutions the site's recogniser misses, written as frontmatter decisions so the site
 * still shows them (the importer never adds decision markup of its own).
 */
import { outcomeOf } from '../decisions.ts';
import type { DecisionOutcome } from '../schema.ts';

/** A decision for the item's frontmatter: the resolution's first words and its outcome. */
export interface FallbackDecision {
  text: string;
  outcome: DecisionOutcome;
}

const NUMBER = String.raw`(?:\d+(?:\.\d+)*\.?\s+)?`;
const BODY = String.raw`(?:Board|Committee|Sub-Committee|Panel|Cabinet|Council|Partnership|Forum|Executive|Commission)`;
const SUBJECT = String.raw`(?:That\s+)?(?:The\s+|the\s+)?(?:(?:[A-Z][\w'’&-]*|and|of)\s+){0,6}${BODY}`;

/** The resolution forms the issue lists, as the importer recognises them. */
const RESOLUTION_FORMS = [
  new RegExp(String.raw`^${NUMBER}(?:It was\s+)?(?:RESOLVED|Resolved|AGREED|Agreed|DECIDED|Decided)\b`),
  new RegExp(String.raw`^${NUMBER}${SUBJECT}\s+(?:is\s+|are\s+)?(?:NOTED|AGREED|APPROVED|ENDORSED|RESOLVED|RECOMMENDED)\b`),
  /\bcarried\s+(?:nem\.?\s*con\.?|unanimously)\b/i,
];
/** "The Committee:", "That the Board:", "The Board agreed:" before a numbered list of what it decided. */
const LIST_LEAD_IN = new RegExp(String.raw`^${NUMBER}${SUBJECT}(?:\s+(?:agreed|resolved|decided|RESOLVED|AGREED))?\s*:$`);
/** The label of a decision page's decision. */
const DECISION_LABEL = /^Decision:$/i;

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

const fold = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The resolutions in an item's paragraphs (plain text, list items included) that are not
 * within any decision the site found.
 * Example: missedResolutions(['The Committee:', 'noted the report;'], []) → [{ text: 'The Committee: noted the report;', outcome: 'noted' }].
 */
export function missedResolutions(paragraphs: readonly string[], foundTexts: readonly string[], decisionStatus?: string): FallbackDecision[] {
  const found = foundTexts.map(fold);
  const covered = (text: string) => found.some((f) => f.includes(fold(text)));
  const missed: FallbackDecision[] = [];
  paragraphs.forEach((paragraph, i) => {
    const text = paragraph.trim();
    const next = paragraphs[i + 1]?.trim();
    let resolution: string | undefined;
    if (RESOLUTION_FORMS.some((re) => re.test(text))) resolution = text;
    else if (next && (LIST_LEAD_IN.test(text) || DECISION_LABEL.test(text))) resolution = `${DECISION_LABEL.test(text) ? '' : `${text} `}${next}`;
    if (!resolution || covered(resolution.slice(0, 60)) || (next && DECISION_LABEL.test(text) && covered(next))) return;
    missed.push({ text: firstWords(resolution), outcome: statusOutcome(decisionStatus) ?? outcomeOf(resolution.replace(/^\S+\s*:?/, '')) });
  });
  return missed;
}
