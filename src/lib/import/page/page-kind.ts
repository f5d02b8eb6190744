/**
 * What kind of page or document a text is, told by its content (never its file name):
 * it decides how the page is split into meetings and items, and names the page in the
 * import report.
 */

export const pageKinds = {
  'agenda item': 'a ModernGov agenda item page',
  'issue history': 'a ModernGov issue page, listing the meetings that discussed it',
  decision: 'a decision record',
  meeting: 'a whole meeting page',
  'committee system page': 'a CMIS or other committee system meeting page',
  'printed minutes': 'printed minutes of a meeting',
  'minutes text': 'minutes text without a recognised layout',
} as const;

export type PageKind = keyof typeof pageKinds;

/** Labels only decision and issue pages carry. */
const DECISION_LABELS = [
  /^decisions?:/i,
  /^decision status:?/i,
  /^is key decision\?/i,
  /^date of decision:?/i,
  /^decision maker:?/i,
  /^reasons? for (?:the )?decision/i,
  /^decided at meeting:?/i,
  /^(?:issue|decision) details$/i,
  /^issue - decisions$/i,
  /^decision type:/i,
];
/** "Meeting: 05/04/2016 - Health and Wellbeing Board (Item 6)": a meeting that discussed an issue. */
export const ISSUE_MEETING_LINE = /^(?:Meeting|Cyfarfod):\s*\d{1,2}\/\d{1,2}\/\d{4}\s*[-–]/i;

/**
 * The kind of a page, from its lines (furniture already taken out).
 * Example: detectPageKind(['Agenda item', 'Neighbourhood Working', 'Minutes:', '…']) === 'agenda item'.
 */
export function detectPageKind(lines: readonly string[], fromDocument = false): PageKind {
  const trimmed = lines.map((l) => l.trim());
  const has = (re: RegExp) => trimmed.some((l) => re.test(l));
  const meetingLines = trimmed.filter((l) => ISSUE_MEETING_LINE.test(l)).length;
  if (has(/^issue - meetings$/i) || meetingLines > 1) return 'issue history';
  // An agenda item's page names its meeting once, in the same words as an issue page.
  if (has(/^agenda item(?:\s+-\s+.+)?$/i)) return 'agenda item';
  if (DECISION_LABELS.filter((re) => has(re)).length >= 2 || has(/^issue - decisions$/i)) return 'decision';
  if (meetingLines === 1) return 'issue history';
  if (
    has(/^agenda(?:, decisions)? and (?:draft )?(?:minutes|decisions)$|^agenda a(?:c|’r) chofnodion/i) ||
    has(/^no\.? \| item\b/i)
  )
    return 'meeting';
  if (has(/^meeting (?:details|summary)$|^items of business$/i)) return 'committee system page';
  if (fromDocument || has(/\bminutes of (?:a|the) (?:\w+ )?meeting\b|^present\s*:?-?$|^present:/i))
    return 'printed minutes';
  return 'minutes text';
}
