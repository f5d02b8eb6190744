/**
 * The structure of a ModernGov page: its meeting and its items, each with title,
 * description, minutes and supporting documents as lines.
 */
import { detectPageKind, ITEM_NUMBER, type PageKind } from './page-kind.ts';
import { isBlank, trimBlank } from './page-lines.ts';
import { NUMERIC_DATE, readDate, readTime } from './page-dates.ts';

/** What a page says about its meeting. */
export interface PageMeeting {
  /** The committee's name as the page writes it, e.g. "Health and Wellbeing Board". */
  committee?: string;
  date?: string;
  time?: string;
  venue?: string;
  attendees: string[];
  apologies: string[];
  draft: boolean;
}

/** One agenda item of a page, its parts as lines. */
export interface PageItem {
  number?: string;
  title: string;
  minuteRef?: string;
  description: string[];
  minutes: string[];
  /** The "Supporting documents:" lines, one document each. */
  documents: string[];
  /** A decision page's "Decision status:", e.g. "Recommendations Approved". */
  decisionStatus?: string;
}

export interface ParsedPage {
  kind: PageKind;
  meeting: PageMeeting;
  items: PageItem[];
}

/** Why a page could not be read, and what to do. */
export interface PageProblem {
  problem: string;
  advice: string;
  line?: number;
}

/** "Meeting: 05/04/2016 - Health and Wellbeing Board (Item 6)", "Decided at meeting: 05/04/2016 - Cabinet". */
const MEETING_LINE = new RegExp(String.raw`^(?:Meeting|Decided at meeting):\s*(${NUMERIC_DATE})\s*[-–]\s*(.+?)(?:\s*\(Item\s+([\w.]+?)\.?\))?$`, 'i');
/** "(HWB.05.04.2016/6)" or "(Decision: 110611)" at the end of a title. */
const MINUTE_REF = /^(.*?)\s*\(((?:[A-Z][A-Za-z]*[./])[\w./-]*\d[\w./-]*|(?:Decision|Minute|Min)\.?\s*(?:No\.?)?\s*:?\s*[\w./-]*\d[\w./-]*)\)$/;
const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
/** "Health and Wellbeing Board - Tuesday, 5th April, 2016 2.00 pm". */
const COMMITTEE_AND_DATE = new RegExp(String.raw`^(.+?)\s+[-–]\s+(${WEEKDAY},?\s+.*\d{4}.*)$`);
const DRAFT = /\bdraft minutes\b|\bminutes\s*\(draft\)|\bsubject to (?:approval|confirmation) (?:at|by) the next meeting\b/i;
const label = (name: string) => new RegExp(String.raw`^${name}:?$`, 'i');
const MINUTES_LABEL = label('minutes');
const DOCUMENTS_LABEL = /^(?:supporting|accompanying) documents:?$|^background papers:?$/i;

/**
 * A title without its minute reference, and the reference.
 * Example: splitTitle('Pharmaceutical Needs Assessment (HWB.05.04.2016/6)') → { title: 'Pharmaceutical Needs Assessment', minuteRef: 'HWB.05.04.2016/6' }.
 */
export function splitTitle(text: string): { title: string; minuteRef?: string } {
  const match = MINUTE_REF.exec(text.trim());
  return match && match[1] ? { title: match[1], minuteRef: match[2] } : { title: text.trim() };
}

/**
 * Reads a page's lines (chrome already taken out) into its meeting and items.
 * Example: parsePage(['Agenda item', '', 'Neighbourhood Working', 'Minutes:', 'RESOLVED …']).items[0].title === 'Neighbourhood Working'.
 */
export function parsePage(lines: readonly string[], text = lines.join('\n')): ParsedPage | PageProblem {
  const kind = detectPageKind(lines);
  const meeting: PageMeeting = { attendees: [], apologies: [], draft: DRAFT.test(text) };
  if (kind === 'agenda item') return agendaItemPage(lines, meeting);
  if (kind === 'decision') return decisionPage(lines, meeting);
  if (kind === 'meeting') return meetingPage(lines, meeting);
  return {
    problem: 'This does not look like a ModernGov minutes page: it has no "Agenda item" heading with "Minutes:", no decision details ("Decision:", "Decision status:"), and no numbered items with minutes.',
    advice: 'import the page of an agenda item (mgAi.aspx), a decision (ieDecisionDetails.aspx) or a meeting\'s minutes (ieListDocuments.aspx), saved as text or HTML.',
  };
}

/** Index of the next non-blank line at or after `from`, or -1. */
const nextText = (lines: readonly string[], from: number) => lines.findIndex((l, i) => i >= from && !isBlank(l));

/** Reads "Meeting: DD/MM/YYYY - Committee (Item N)" into the meeting; returns the item number. */
function readMeetingLine(line: string, meeting: PageMeeting): string | undefined {
  const match = MEETING_LINE.exec(line.trim());
  if (!match) return undefined;
  meeting.date ??= readDate(match[1]);
  meeting.committee ??= match[2].trim();
  return match[3];
}

/** Splits an item's lines after its title into description, minutes and documents. */
function itemParts(lines: readonly string[], meeting: PageMeeting): { hasMinutes: boolean; parts: Omit<PageItem, 'title'> } {
  let number: string | undefined;
  const body = lines.filter((line) => {
    const found = readMeetingLine(line, meeting);
    number ??= found;
    return !MEETING_LINE.test(line.trim());
  });
  const minutesAt = body.findIndex((l) => MINUTES_LABEL.test(l.trim()));
  const documentsAt = body.findIndex((l, i) => i > minutesAt && DOCUMENTS_LABEL.test(l.trim()));
  const end = documentsAt < 0 ? body.length : documentsAt;
  return {
    hasMinutes: minutesAt >= 0,
    parts: {
      number,
      description: trimBlank(minutesAt < 0 ? [] : body.slice(0, minutesAt)),
      minutes: trimBlank(body.slice(minutesAt + 1, end)),
      // Saved HTML lists the documents as bullets; the bullet is not part of the title.
      documents: documentsAt < 0 ? [] : body.slice(documentsAt + 1).filter((l) => !isBlank(l)).map((l) => l.trim().replace(/^[·•]\s*/, '')),
    },
  };
}

function agendaItemPage(lines: readonly string[], meeting: PageMeeting): ParsedPage | PageProblem {
  const headingAt = lines.findIndex((l) => /^agenda item(?:\s+-\s+.+)?$/i.test(l.trim()));
  const sameLine = /^agenda item\s+-\s+(.+)$/i.exec(lines[headingAt].trim())?.[1];
  const titleAt = sameLine ? headingAt : nextText(lines, headingAt + 1);
  if (titleAt < 0) return { problem: 'The page has an "Agenda item" heading but no title after it.', advice: 'save the whole agenda item page, from its heading to "Supporting documents:".', line: headingAt + 1 };
  const { hasMinutes, parts } = itemParts(lines.slice(titleAt + 1), meeting);
  if (!hasMinutes) return noMinutes(headingAt);
  return { kind: 'agenda item', meeting, items: [{ ...splitTitle(sameLine ?? lines[titleAt]), ...parts }] };
}

function noMinutes(line: number): PageProblem {
  return { problem: 'The agenda item has no minutes yet: the page has no "Minutes:" section.', advice: 'import it again once the minutes are published (the page then shows "Minutes:" and the text).', line: line + 1 };
}

function decisionPage(lines: readonly string[], meeting: PageMeeting): ParsedPage | PageProblem {
  const headingAt = lines.findIndex((l) => /^(?:issue|decision) details$/i.test(l.trim()));
  const titleAt = nextText(lines, headingAt + 1);
  const fields = new Map<string, string>();
  let number: string | undefined;
  lines.forEach((line, i) => {
    number ??= readMeetingLine(line, meeting);
    // "Decision status:" with its value on the same line, or on the next.
    const field = /^(Decision Maker|Decision status|Date of decision|Is Key decision\?)\s*:?\s*(.*)$/i.exec(line.trim());
    if (field) fields.set(field[1].toLowerCase(), field[2] || lines[nextText(lines, i + 1)]?.trim() || '');
  });
  meeting.committee ??= fields.get('decision maker');
  meeting.date ??= readDate(fields.get('date of decision') ?? '');
  if (titleAt < 0) return { problem: 'The decision page has no title.', advice: 'save the whole page, from "Decision details" to the end of the decision.' };
  // Every section of a decision page is its record and becomes the item's text, but for
  // the meeting line, which becomes the meeting itself.
  const minutes = trimBlank(lines.slice(titleAt + 1).filter((line) => !MEETING_LINE.test(line.trim())));
  return { kind: 'decision', meeting, items: [{ ...splitTitle(lines[titleAt]), number, description: [], minutes, documents: [], decisionStatus: fields.get('decision status') }] };
}

function meetingPage(lines: readonly string[], meeting: PageMeeting): ParsedPage | PageProblem {
  const headers = itemHeaders(lines);
  if (headers.length === 0) return { problem: 'The meeting page has no numbered items ("1.", "2." or codes like "HCP1" followed by a title).', advice: 'save the page "Agenda and minutes" of the meeting, with its items.' };
  for (const line of lines.slice(0, headers[0].at).map((l) => l.trim())) readMeetingHeader(line, meeting);
  const items: PageItem[] = [];
  headers.forEach((header, i) => {
    const end = headers[i + 1]?.at ?? lines.length;
    // Without a "Minutes:" label, all of an item's text is its minutes.
    const { parts } = itemParts(lines.slice(header.titleAt + 1, end), meeting);
    items.push({ ...splitTitle(header.title), ...parts, number: header.number ?? parts.number });
  });
  return { kind: 'meeting', meeting, items };
}

function readMeetingHeader(line: string, meeting: PageMeeting): void {
  const committeeAndDate = COMMITTEE_AND_DATE.exec(line);
  if (committeeAndDate) {
    meeting.committee ??= committeeAndDate[1].replace(/^(?:agenda and )?minutes\s+[-–]\s+/i, '').trim();
    meeting.date ??= readDate(committeeAndDate[2]);
    meeting.time ??= readTime(committeeAndDate[2]);
    return;
  }
  const field = /^(Date(?: and time)?|Time|Venue|Place|Committee|Present|Members present|Apologies(?: for absence)?)\s*:\s*(.+)$/i.exec(line);
  if (!field) return;
  const [, name, value] = field;
  if (/^date/i.test(name)) {
    meeting.date ??= readDate(value);
    meeting.time ??= readTime(value);
  } else if (/^time/i.test(name)) meeting.time ??= readTime(value);
  else if (/^(?:venue|place)/i.test(name)) meeting.venue ??= value.replace(/\.?\s*View directions$/i, '').trim();
  else if (/^committee/i.test(name)) meeting.committee ??= value.trim();
  else if (/present/i.test(name)) meeting.attendees.push(...names(value));
  else meeting.apologies.push(...names(value));
}

/** "Councillors A Smith (Chair), B Jones and C Brown" → ["Councillor A Smith (Chair)", …]. */
function names(list: string): string[] {
  const title = /^(Councillors|Cllrs)\s+/i.exec(list)?.[1];
  const singular = title ? (title.toLowerCase() === 'cllrs' ? 'Cllr' : 'Councillor') : '';
  return list
    .replace(/^(?:Councillors|Cllrs)\s+/i, '')
    .replace(/\.$/, '')
    .split(/\s*[,;]\s*|\s+and\s+/)
    .map((n) => n.trim())
    .filter(Boolean)
    .map((n) => (singular && !/^(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr|Prof)\b/.test(n) ? `${singular} ${n}` : n));
}

const NUMBER_ALONE = new RegExp(String.raw`^(${ITEM_NUMBER})\.?$`);
/** "1. APOLOGIES FOR ABSENCE" or "HCP1 Better Care Fund" on one line. */
const NUMBER_AND_TITLE = new RegExp(String.raw`^(${ITEM_NUMBER})\.?\s+(\S.*)$`);

/** Where each item of a meeting page starts: its number line, title and title line. */
function itemHeaders(lines: readonly string[]): { at: number; titleAt: number; number?: string; title: string }[] {
  const headers: { at: number; titleAt: number; number?: string; title: string }[] = [];
  lines.forEach((raw, at) => {
    const line = raw.trim();
    const alone = NUMBER_ALONE.exec(line);
    if (alone) {
      const titleAt = nextText(lines, at + 1);
      if (titleAt >= 0 && !MINUTES_LABEL.test(lines[titleAt].trim())) headers.push({ at, titleAt, number: alone[1].replace(/\s/g, ''), title: lines[titleAt].trim() });
      return;
    }
    const joined = NUMBER_AND_TITLE.exec(line);
    if (!joined || raw.startsWith(' ')) return;
    // A numbered line is an item when its title is in capitals or "Minutes:" follows it.
    const following = lines[nextText(lines, at + 1)]?.trim() ?? '';
    if (!/[a-z]/.test(joined[2]) || MINUTES_LABEL.test(following)) headers.push({ at, titleAt: at, number: joined[1].replace(/\s/g, ''), title: joined[2] });
  });
  // A title line taken as the next header's number would overlap: keep the first.
  return headers.filter((h, i) => i === 0 || h.at > headers[i - 1].titleAt);
}
