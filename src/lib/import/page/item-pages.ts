/** Pages about one item: an agenda item, a decision, and an issue's history (an item for each meeting that discussed it). */
import type { SourceLine } from '../text/left-out.ts';
import { looksLikeTitle } from './item-headings.ts';
import { DOCUMENTS_LABEL, itemParts, MINUTES_LABEL, trimBlank, type ItemParts } from './item-parts.ts';
import { emptyMeeting } from './meeting-header.ts';
import { ISSUE_MEETING_LINE } from './page-kind.ts';
import { readDate } from './page-dates.ts';
import { FIELD_LINE, withoutPageLabels } from './page-labels.ts';
import { isBlank, leave, pageItem, type ParsedPage } from './parsed-page.ts';

/** "Meeting: 05/04/2016 - Health and Wellbeing Board (Item 6)", "Decided at meeting: 05/04/2016 - Cabinet". */
const MEETING_LINE =
  /^(?:Meeting|Cyfarfod|Decided at meeting):\s*(\d{1,2}\/\d{1,2}\/\d{4})\s*[-–]\s*(.+?)(?:\s*\((?:Item|Eitem)\s+([\w.]+?)\.?\))?$/i;
/** "24/01/2022 - Update on Moratorium": the date line of a decision page. */
const DATED_TITLE = /^(\d{1,2}\/\d{1,2}\/\d{4})\s*[-–]\s*(.+)$/;

/** An agenda item or decision page: one item, its title the first line after the heading. */
export function singleItem(
  lines: readonly SourceLine[],
  page: ParsedPage,
  meeting: number,
  known: { number?: string; title?: string } = {},
): void {
  const meetingFields = page.meetings[meeting];
  let number = known.number;
  const body = withoutPageLabels(lines, page).filter((line) => {
    const text = line.text.trim();
    const meetingLine = MEETING_LINE.exec(text);
    const dated = DATED_TITLE.exec(text);
    if (meetingLine) {
      meetingFields.date ??= readDate(meetingLine[1]);
      meetingFields.committee ??= meetingLine[2].trim();
      number ??= meetingLine[3];
    } else if (dated && readDate(dated[1]) && !meetingFields.date) meetingFields.date = readDate(dated[1]);
    else return true;
    leave(page, line, 'meeting');
    return false;
  });
  const titleAt = body.findIndex((l) => !isBlank(l));
  const first = body[titleAt]?.text.trim() ?? '';
  // An issue's item line: "63 Minutes of the last meeting held on 14 July 2021", with or without minutes after it.
  const itemLine = /^(\d{1,3}[a-z]?|[A-Z]{2,6}\d{1,3})\.?\s+(\S.*)$/.exec(first);
  // A decision record's first field ("Decision Maker: Cabinet") is no title.
  const ownTitle =
    titleAt >= 0 &&
    looksLikeTitle(first) &&
    !MINUTES_LABEL.test(first) &&
    !FIELD_LINE.test(first) &&
    (itemLine !== null || body.slice(titleAt + 1).some((l) => !isBlank(l)));
  const numbered = ownTitle ? itemLine : null;
  // "63 Minutes of …" under "Meeting: … (Item 63)": its number is the item's, the rest its title.
  const title = !ownTitle
    ? known.title
    : numbered && (number === undefined || numbered[1] === number)
      ? numbered[2]
      : first;
  if (numbered && number === undefined) number = numbered[1];
  if (numbered) page.leftOut.push({ at: body[titleAt].at, text: numbered[1], reason: 'number' });
  const rest = ownTitle ? body.slice(titleAt + 1) : body;
  const decisionStatus = rest.map((l) => /^Decision status:\s*(.+)$/i.exec(l.text.trim())?.[1]).find(Boolean);
  // A decision page's every section is its record: the whole of it becomes the item's text.
  const parts = page.kind === 'decision' ? decisionParts(rest) : itemParts(rest);
  for (const label of parts.labels) leave(page, label, 'label');
  page.items.push(pageItem(meeting, number, title, parts, decisionStatus, page.kind));
}

/** A decision page's parts: every section is its record, so all of it is the item's text, up to its documents. */
function decisionParts(lines: readonly SourceLine[]): ItemParts {
  const documentsAt = lines.findIndex((l) => DOCUMENTS_LABEL.test(l.text.trim()));
  if (documentsAt < 0) return { description: [], minutes: trimBlank(lines), documents: [], labels: [], labelled: true };
  const documents = lines
    .slice(documentsAt + 1)
    .filter((l) => !isBlank(l))
    .map((l) => ({ at: l.at, text: l.text.trim().replace(/^[·•-]\s*/, '') }));
  return {
    description: [],
    minutes: trimBlank(lines.slice(0, documentsAt)),
    documents,
    labels: [lines[documentsAt]],
    labelled: true,
  };
}

/** An issue page: an item for each meeting that discussed the issue, each in its own meeting. */
export function issuePage(lines: readonly SourceLine[], page: ParsedPage): void {
  const starts = lines.flatMap((l, i) => (ISSUE_MEETING_LINE.test(l.text.trim()) ? [i] : []));
  const before = withoutPageLabels(lines.slice(0, starts[0] ?? lines.length), page);
  const issueTitle = before.find((l) => !isBlank(l) && looksLikeTitle(l.text));
  if (starts.length === 0) return singleItem(lines, page, 0);
  for (const line of before) if (line !== issueTitle && !isBlank(line)) page.meetings[0].notes.push(line.text.trim());
  starts.forEach((start, n) => {
    if (n > 0) page.meetings.push(emptyMeeting(page.meetings[0].draft));
    const section = lines.slice(start, starts[n + 1] ?? lines.length);
    // The issue's own title is the item's title when a meeting's entry gives none.
    singleItem(section, page, page.meetings.length - 1, { title: issueTitle?.text.trim() });
  });
  // The issue's title heads the page: it is a label when an item bears it, else kept as a note.
  if (!issueTitle) return;
  const title = issueTitle.text.trim().toLowerCase();
  if (
    page.items.some(
      (i) => i.title !== undefined && (i.title.toLowerCase().includes(title) || title.includes(i.title.toLowerCase())),
    )
  )
    leave(page, issueTitle, 'label');
  else page.meetings[0].notes.push(issueTitle.text.trim());
}
