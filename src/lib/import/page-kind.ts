/**
 * Which kind of ModernGov page a text is, told by its content (never its file name).
 */

/** The pages the importer reads: an agenda item (mgAi), an issue or decision (ieIssueDetails, ieDecisionDetails, mgDecisionDetails), a whole meeting (ieListDocuments). */
export type PageKind = 'agenda item' | 'decision' | 'meeting';

/** Labels only decision and issue pages carry. */
const DECISION_LABELS = [/^decision:/i, /^decision status:?/i, /^is key decision\?/i, /^date of decision:?/i, /^decision maker:?/i, /^reasons? for (?:the )?decision/i, /^decided at meeting:?/i, /^(?:issue|decision) details$/i];
/** "1." or "HCP1" alone on a line, or "1. APOLOGIES FOR ABSENCE": an agenda item's number. */
export const ITEM_NUMBER = String.raw`(?:\d{1,3}[a-z]?|[A-Z]{2,6}\s?\d{1,3}[a-z]?)`;
const NUMBER_ALONE = new RegExp(String.raw`^${ITEM_NUMBER}\.?$`);

/**
 * The kind of page, or undefined when it is not a minutes page the importer knows.
 * Example: detectPageKind(['Agenda item', 'Neighbourhood Working', 'Minutes:', '…']) === 'agenda item'.
 */
export function detectPageKind(lines: readonly string[]): PageKind | undefined {
  const trimmed = lines.map((l) => l.trim());
  const decisionLabels = DECISION_LABELS.filter((re) => trimmed.some((l) => re.test(l))).length;
  if (decisionLabels >= 2) return 'decision';
  if (trimmed.some((l) => /^agenda item(?:\s+-\s+.+)?$/i.test(l))) return 'agenda item';
  const numbered = trimmed.filter((l) => NUMBER_ALONE.test(l)).length;
  const meetingHeader = trimmed.some((l) => /^(?:agenda and minutes|minutes|printed minutes|venue:.*)$/i.test(l));
  if (numbered > 0 && meetingHeader && trimmed.some((l) => /^minutes:$/i.test(l))) return 'meeting';
  return undefined;
}
