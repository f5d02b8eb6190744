/**
 * The structure of a page of minutes: its meetings (an issue page lists several) and its
 * items, each with title, number, description, minutes and documents as lines, and what
 * was uncertain about it. Never refuses text: what it cannot place is kept, as the
 * minutes of an item marked for review.
 */
import { joinWrapped } from '../text/hard-wraps.ts';
import type { LeftOut, SourceLine } from '../text/left-out.ts';
import { readDate } from './page-dates.ts';
import { itemHeadings, looksLikeTitle } from './item-headings.ts';
import { DOCUMENTS_LABEL, itemParts, MINUTES_LABEL, trimBlank, type ItemParts } from './item-parts.ts';
import { emptyMeeting, readMeetingHeader, type PageMeeting } from './meeting-header.ts';
import { detectPageKind, ISSUE_MEETING_LINE, type PageKind } from './page-kind.ts';

export type { PageMeeting } from './meeting-header.ts';

/** One agenda item of a page, its parts as lines. */
export interface PageItem {
  /** Index of its meeting in the page's meetings. */
  meeting: number;
  number?: string;
  /** Undefined when the page gives none. */
  title?: string;
  minuteRef?: string;
  description: SourceLine[];
  minutes: SourceLine[];
  documents: SourceLine[];
  /** A decision page's "Decision status:", e.g. "Recommendations Approved". */
  decisionStatus?: string;
  /** True when the page records minutes for it, not only its agenda entry. */
  recorded: boolean;
  /** True when a label ("Minutes:", a decision record's fields) says its text is a record. */
  labelled: boolean;
  /** What a person should check, in words for the clerk. */
  review: string[];
}

export interface ParsedPage {
  kind: PageKind;
  meetings: PageMeeting[];
  items: PageItem[];
  /** Labels and meeting details read into structure. */
  leftOut: LeftOut[];
}

/** Why an item on the agenda has no minutes, for the clerk. */
const NO_MINUTES =
  'The page records no minutes for this item, only its place on the agenda: check whether the minutes give it elsewhere.';

/** "Meeting: 05/04/2016 - Health and Wellbeing Board (Item 6)", "Decided at meeting: 05/04/2016 - Cabinet". */
const MEETING_LINE =
  /^(?:Meeting|Cyfarfod|Decided at meeting):\s*(\d{1,2}\/\d{1,2}\/\d{4})\s*[-–]\s*(.+?)(?:\s*\((?:Item|Eitem)\s+([\w.]+?)\.?\))?$/i;
/** "24/01/2022 - Update on Moratorium": the date line of a decision page. */
const DATED_TITLE = /^(\d{1,2}\/\d{1,2}\/\d{4})\s*[-–]\s*(.+)$/;
/** "(HWB.05.04.2016/6)" or "(Decision: 110611)" at the end of a title. */
const MINUTE_REF =
  /^(.*?)\s*\(((?:[A-Z][A-Za-z]*[./])[\w./-]*\d[\w./-]*|(?:Decision|Minute|Min)\.?\s*(?:No\.?)?\s*:?\s*[\w./-]*\d[\w./-]*)\)$/;
const DRAFT =
  /\bdraft minutes\b|\bagenda and draft minutes\b|\bminutes\s*\(draft\)|\bsubject to (?:approval|confirmation) (?:at|by) the next meeting\b/i;
/** The heading a committee system gives its page; what stands above it is the site's navigation. */
const PAGE_HEADING =
  /^(?:agenda item(?:\s+-\s+.+)?|issue - (?:meetings|decisions)|issue details|decision details|agenda(?:, decisions)? and (?:draft )?(?:minutes|decisions)|agenda a(?:c|’r)? chofnodion|meeting details|meeting summary)$/i;
/** Lines of a page heading that only name the page. */
const PAGE_LABEL =
  /^(?:agenda item|issue - (?:meetings|decisions)|issue details|decision details|agenda(?:, decisions)? and (?:draft )?(?:minutes|decisions)|agenda a(?:c|’r)? chofnodion|meeting details|meeting summary|items of business|documents|agenda|public items|standard items)$/i;
/** A row rule of a table flattened to text: "|", "||||", "---|---|". */
const TABLE_RULE = /^[|\s-]*\|[|\s-]*$/;
/** Labels written inside a line, as flattened tables give them: "Apologies Minutes: Apologies were received…". */
const INLINE_LABEL =
  /\s+((?:Minutes|Cofnodion|Additional documents|Dogfennau ychwanegol|Supporting documents|(?<!\b(?:for|of|the|on)\s)Decision):)(?=\s|$)/;
/** Where a run-on line (a document site's copy of printed minutes) starts a new item or resolution. */
const RUN_ON_BREAK = /(?<=\S)\s*(?=\b(?:RESOLVED|AGREED|DECIDED)\s*[:–-])|\s(?=\d{1,3}\.\s+[A-Z][A-Z ’'&,-]{6,}\b)/g;

const LEADING_LABEL =
  /^((?:Minutes|Cofnodion|Additional documents|Dogfennau ychwanegol|Supporting documents):)\s+(\S.*)$/;

/** A field of a meeting's heading, whatever its length: "Apologies: A, B, C and D." */
const HEADING_FIELD =
  /^(?:present|apologies(?: for absence)?|attending|in attendance|also present|members present|venue|date|time|place|contact|cyswllt)\s*:/i;

/** "Decision Maker: Cabinet": a field of a record, its name then its value. */
const FIELD_LINE = /^[A-Z][a-z][\w ?]{1,30}:\s+\S/;

const isLabel = (text: string) =>
  MINUTES_LABEL.test(text.trim()) || DOCUMENTS_LABEL.test(text.trim()) || PAGE_LABEL.test(text.trim());
const isBlank = (line: SourceLine) => line.text.trim() === '';

/** Records a line as left out for a reason: each line it was joined from, when it was joined. */
function leave(page: ParsedPage, line: SourceLine & { parts?: SourceLine[] }, reason: LeftOut['reason']): void {
  for (const part of line.parts ?? [line]) page.leftOut.push({ at: part.at, text: part.text, reason });
}

/**
 * A title without its minute reference, and the reference.
 * Example: splitTitle('Pharmaceutical Needs Assessment (HWB.05.04.2016/6)') → { title: 'Pharmaceutical Needs Assessment', minuteRef: 'HWB.05.04.2016/6' }.
 */
export function splitTitle(text: string): { title: string; minuteRef?: string } {
  const match = MINUTE_REF.exec(text.trim());
  return match && match[1] ? { title: match[1], minuteRef: match[2] } : { title: text.trim() };
}

/**
 * Reads a page's lines (furniture already taken out) into its meetings and items.
 * Example: parsePage(lines('Agenda item', 'Neighbourhood Working', 'Minutes:', 'RESOLVED …')).items[0].title === 'Neighbourhood Working'.
 */
export function parsePage(source: readonly SourceLine[], document?: 'PDF' | 'Word'): ParsedPage {
  // A PDF's lines are the page's, not the minutes': its sentences are joined back first, so headings and fields read whole.
  const lines = document === 'PDF' ? joinWrapped(splitInlineLabels(source)) : splitInlineLabels(source);
  const kind = detectPageKind(
    lines.map((l) => l.text),
    document !== undefined,
  );
  const draft = DRAFT.test(
    lines
      .slice(0, 40)
      .map((l) => l.text)
      .join('\n'),
  );
  const start = pageStart(lines);
  const page: ParsedPage = { kind, meetings: [emptyMeeting(draft)], items: [], leftOut: [] };
  for (const line of lines.slice(0, start)) if (!isBlank(line)) leave(page, line, 'furniture');
  const body = lines.slice(start);
  if (kind === 'issue history') issuePage(body, page);
  else if (kind === 'agenda item' || kind === 'decision') singleItem(body, page, 0);
  else meetingPage(body, page);
  return page;
}

/** Lines with labels written inside them ("Title Minutes: text") split onto lines of their own. */
function splitInlineLabels(lines: readonly SourceLine[]): SourceLine[] {
  // Text run together into one long line is parted where a heading or a resolution starts.
  const unrun = lines.flatMap((line) =>
    line.text.length > 400 ? line.text.split(RUN_ON_BREAK).map((text) => ({ at: line.at, text })) : [line],
  );
  return unrun.flatMap((line) => {
    const pieces: SourceLine[] = [];
    let rest = line.text;
    for (
      let match = INLINE_LABEL.exec(rest);
      match && rest.slice(0, match.index).trim();
      match = INLINE_LABEL.exec(rest)
    ) {
      pieces.push({ at: line.at, text: rest.slice(0, match.index) }, { at: line.at, text: match[1] });
      rest = rest.slice(match.index + match[0].length).trim();
    }
    // A label leading its text: "Minutes: The minutes of the meeting were agreed."
    const leading = LEADING_LABEL.exec(rest);
    if (leading) return [...pieces, { at: line.at, text: leading[1] }, { at: line.at, text: leading[2] }];
    return rest || pieces.length === 0 ? [...pieces, { at: line.at, text: rest }] : pieces;
  });
}

/** Where the page's own content starts: its heading, when a short run of navigation stands above it. */
function pageStart(lines: readonly SourceLine[]): number {
  const heading = lines.findIndex((l) => PAGE_HEADING.test(l.text.trim()));
  if (heading <= 0) return 0;
  const above = lines.slice(0, heading).filter((l) => !isBlank(l));
  return above.length <= 40 && above.every((l) => l.text.trim().length <= 80) ? heading : 0;
}

/** Records the page's labels ("Agenda item", "Minutes:") as structure and returns the other lines. */
function withoutPageLabels(lines: readonly SourceLine[], page: ParsedPage): SourceLine[] {
  return lines.filter((line) => {
    if (!PAGE_LABEL.test(line.text.trim())) return true;
    leave(page, line, 'label');
    return false;
  });
}

/** An agenda item or decision page: one item, its title the first line after the heading. */
function singleItem(
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
  page.items.push(item(meeting, number, title, parts, decisionStatus, page.kind));
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

/** A page item from its parts, with what needs a person's eye. */
function item(
  meeting: number,
  number: string | undefined,
  title: string | undefined,
  parts: ItemParts,
  decisionStatus: string | undefined,
  kind: PageKind,
): PageItem {
  const review: string[] = [];
  if (title === undefined)
    review.push(
      'The page gives this item no title, so it is called "Untitled item": give it the title the agenda gives.',
    );
  if (parts.minutes.length === 0) review.push(NO_MINUTES);
  else if (!parts.labelled && kind === 'agenda item' && parts.description.length === 0)
    review.push(
      'The page has no "Minutes:" label, so any description of the item from the agenda is kept at the start of its minutes.',
    );
  return {
    meeting,
    number,
    ...(title ? splitTitle(title) : {}),
    description: parts.description,
    minutes: parts.minutes,
    documents: parts.documents,
    decisionStatus,
    recorded: parts.minutes.length > 0,
    labelled: parts.labelled && parts.minutes.length > 0,
    review,
  };
}

/** An issue page: an item for each meeting that discussed the issue, each in its own meeting. */
function issuePage(lines: readonly SourceLine[], page: ParsedPage): void {
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

/**
 * A whole meeting (or a text of unknown layout): its heading read into the meeting, then
 * its items split by their headings, or by the rows of a flattened table; one item when
 * neither is found.
 */
function meetingPage(lines: readonly SourceLine[], page: ParsedPage): void {
  meetingItems(lines, page);
  // Where the page labels its items' minutes, an item without the label has none: its text is the agenda's.
  if (!page.items.some((i) => i.labelled)) return;
  for (const item of page.items.filter((i) => !i.labelled && i.recorded)) {
    Object.assign(item, {
      description: trimBlank([...item.description, { at: 0, text: '' }, ...item.minutes]),
      minutes: [],
      recorded: false,
    });
    item.review = [...item.review.filter((r) => !r.startsWith('The page has no "Minutes:"')), NO_MINUTES];
  }
}

function meetingItems(lines: readonly SourceLine[], page: ParsedPage): void {
  const body = withoutPageLabels(lines, page);
  const texts = body.map((l) => l.text);
  const headings = itemHeadings(texts, isLabel);
  const meeting = page.meetings[0];
  const rows = headings.length === 0 ? tableRows(body) : [];
  const end = headings[0]?.at ?? rows[0]?.at ?? headingEnd(body);
  // The heading's last line may be the first item's title, the minutes' prose after it.
  const last = body.slice(0, end).findLastIndex((l) => !isBlank(l));
  const firstAt =
    headings.length === 0 && rows.length === 0 && last >= 0 && isUnnumberedTitle(body, last, true) ? last : end;
  readHeading(body.slice(0, firstAt), page);
  if (headings.length > 0) {
    headings.forEach((heading, i) => {
      const end = headings[i + 1]?.at ?? body.length;
      page.leftOut.push({ at: body[heading.at].at, text: heading.number, reason: 'number' });
      const parts = itemParts(body.slice(heading.titleAt + 1, end));
      for (const label of parts.labels) leave(page, label, 'label');
      page.items.push(item(0, heading.number, heading.title, parts, undefined, page.kind));
    });
    return;
  }
  if (rows.length > 0) {
    for (const row of rows) {
      const parts = itemParts(row.lines.slice(1));
      for (const label of parts.labels) leave(page, label, 'label');
      const { title, description } = titleAndDescription(row.lines[0].text);
      if (description) parts.description.unshift({ at: row.lines[0].at, text: description });
      const made = item(0, undefined, title, parts, undefined, page.kind);
      page.items.push(made);
    }
    return;
  }
  // A page read as all heading still has its words kept as minutes, never as meeting details alone.
  const rest =
    trimBlank(body.slice(firstAt)).length > 0
      ? trimBlank(body.slice(firstAt))
      : (meeting.notes.splice(0), trimBlank(body));
  if (rest.length === 0) return;
  const titles = unnumberedTitles(rest);
  if (titles.length > 0) {
    if (titles[0] > 0) titles.unshift(0);
    titles.forEach((at, i) => {
      const titled = isUnnumberedTitle(rest, at);
      const parts = itemParts(rest.slice(titled ? at + 1 : at, titles[i + 1] ?? rest.length));
      for (const label of parts.labels) leave(page, label, 'label');
      page.items.push(item(0, undefined, titled ? rest[at].text.trim() : undefined, parts, undefined, page.kind));
    });
    return;
  }
  // The page's first line names it when it reads as a title and words follow it.
  const titled = rest.length > 1 && looksLikeTitle(rest[0].text) && !FIELD_LINE.test(rest[0].text.trim());
  const parts = itemParts(titled ? rest.slice(1) : rest);
  for (const label of parts.labels) leave(page, label, 'label');
  const made = item(0, undefined, titled ? rest[0].text.trim() : undefined, parts, undefined, page.kind);
  made.review = [
    'No item headings were recognised, so the whole page is one item: split it into items by hand if it holds several.',
    ...made.review,
  ];
  page.items.push(made);
  if (meeting.notes.length === 0 && !meeting.date)
    made.review.push(
      "The meeting's details (date, venue, attendance) were not recognised at the top of the page: check meeting.yaml.",
    );
}

/** The meeting's heading lines read into the meeting; the rest kept as its notes. */
function readHeading(lines: readonly SourceLine[], page: ParsedPage): void {
  const meeting = page.meetings[0];
  const used = readMeetingHeader(
    lines.map((l) => l.text),
    meeting,
  );
  // A name or venue written to meeting.yaml as it stands needs no excuse: only labels and dates do.
  const written = new Set([...meeting.attendees, ...meeting.apologies, meeting.venue ?? '']);
  lines.forEach((line, i) => {
    if (isBlank(line)) return;
    if (used.has(i)) {
      if (!written.has(line.text.trim())) leave(page, line, 'meeting');
    } else if (/^(?:contact|cyswllt):/i.test(line.text.trim())) leave(page, line, 'furniture');
    else if (isLabel(line.text)) leave(page, line, 'label');
    else meeting.notes.push(line.text.trim());
  });
}

/** True when line `at` of the page is an item's title without a number: a title, then the item's prose or its "Minutes:". */
function isUnnumberedTitle(lines: readonly SourceLine[], at: number, afterHeading = false): boolean {
  const text = lines[at].text.trim();
  if (
    !looksLikeTitle(text) ||
    text.length > 100 ||
    /[.:;,]$/.test(text) ||
    /^\(/.test(text) ||
    FIELD_LINE.test(text) ||
    HEADING_FIELD.test(text) ||
    readDate(text)
  )
    return false;
  const next =
    lines
      .slice(at + 1)
      .find((l) => !isBlank(l))
      ?.text.trim() ?? '';
  const before = lines
    .slice(0, at)
    .findLast((l) => !isBlank(l))
    ?.text.trim();
  return (
    (MINUTES_LABEL.test(next) || isProse(next)) &&
    (afterHeading || before === undefined || isProse(before) || /[.;:]$/.test(before))
  );
}

/**
 * Where a whole meeting's items start when the page numbers none (ModernGov pages of some
 * councils, printed minutes with bold titles): at least three titles, each between a
 * paragraph of prose and the next item's prose. Fewer, and the page stays one item.
 */
function unnumberedTitles(lines: readonly SourceLine[]): number[] {
  const titles = lines.flatMap((l, at) => (!isBlank(l) && isUnnumberedTitle(lines, at) ? [at] : []));
  return titles.length >= 3 ? titles : [];
}

/** Where the heading of a page without item headings ends: before its first paragraph of prose that is no field ("Apologies: …"). */
function headingEnd(lines: readonly SourceLine[]): number {
  const prose = lines.findIndex((l) => isProse(l.text.trim()));
  const end = prose < 0 ? lines.length : prose;
  const found = emptyMeeting();
  const used = readMeetingHeader(
    lines.slice(0, end).map((l) => l.text),
    found,
  );
  // Only a heading that holds meeting details is one; else everything is minutes.
  return used.size > 0 || found.date || found.committee ? end : 0;
}

/**
 * True for a line of the minutes' prose rather than their heading: long, a sentence, or
 * the rest of one (a lower-case start), and no field of the heading ("Apologies: …").
 */
function isProse(text: string): boolean {
  if (!text || HEADING_FIELD.test(text) || /^(?:(?:draft\s+)?minutes?\s+of|at\s+a\s+meeting\s+of)\b/i.test(text))
    return false;
  // "Health and Adult Social Care Scrutiny Board - Thursday 7th January 2021 6.00 pm": a dated line heads the minutes.
  if (readDate(text) && !/[.:]$/.test(text) && text.length <= 160) return false;
  const words = text.split(/\s+/).length;
  return text.length > 120 || /^\p{Ll}/u.test(text) || (/[.:]$/.test(text) && words > 8) || words >= 14;
}

/** The rows of a table flattened to text, each starting with the item's title: only when rows carry "Minutes:" labels. */
function tableRows(lines: readonly SourceLine[]): { at: number; lines: SourceLine[] }[] {
  // A row ends at a rule ("|", "---|---|") or at a line that ends its last cell with "|".
  const ends = lines.flatMap((l, i) => (TABLE_RULE.test(l.text.trim()) || /\S\s*\|$/.test(l.text.trim()) ? [i] : []));
  if (ends.length < 2) return [];
  const rows: { at: number; lines: SourceLine[] }[] = [];
  const firstRule = lines.findIndex((l) => TABLE_RULE.test(l.text.trim()));
  let start = firstRule + 1;
  for (const end of [...ends.filter((e) => e >= start), lines.length]) {
    const row = trimBlank(
      lines
        .slice(start, end + 1)
        .filter((l) => !TABLE_RULE.test(l.text.trim()))
        .map((l) => ({ at: l.at, text: l.text.replace(/\s*\|+\s*$/, '') })),
    );
    if (row.length > 0) rows.push({ at: start, lines: row });
    start = end + 1;
  }
  const labelled = rows.filter((r) => r.lines.some((l) => MINUTES_LABEL.test(l.text.trim())));
  if (labelled.length < 2) return [];
  // A row without minutes that has no title ("X joined the meeting") belongs with the item before it.
  const merged: { at: number; lines: SourceLine[] }[] = [];
  for (const row of rows) {
    const hasMinutes = row.lines.some((l) => MINUTES_LABEL.test(l.text.trim()));
    if (!hasMinutes && merged.length > 0 && titleAndDescription(row.lines[0].text).title === undefined)
      merged.at(-1)!.lines.push({ at: row.lines[0].at, text: '' }, ...row.lines);
    else merged.push(row);
  }
  return merged;
}

/** A flattened row's first cell: "Declarations of Interest To receive any declarations…" → the title, then the agenda's description. */
function titleAndDescription(text: string): { title?: string; description?: string } {
  const at = text.search(
    /\s(?:To (?:receive|consider|note|approve|agree|elect|appoint|confirm)|Members (?:are|of the))\b/,
  );
  const title = (at > 0 ? text.slice(0, at) : text).trim();
  const description = at > 0 ? text.slice(at).trim() : undefined;
  return looksLikeTitle(title) ? { title, description } : { description: text.trim() };
}
