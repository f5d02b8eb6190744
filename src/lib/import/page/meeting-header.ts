/**
 * The top of a meeting's minutes, before its first item: the committee, date, time and
 * venue, who was present and who sent apologies. What is not recognised is kept, as the
 * meeting's notes.
 */
import { readDate, readTime } from './page-dates.ts';
import { monthNamed } from '../../text/dates.ts';

/** What the top of a page says about its meeting. */
export interface PageMeeting {
  /** The committee's name as the page writes it, e.g. "Health and Wellbeing Board". */
  committee?: string;
  date?: string;
  time?: string;
  venue?: string;
  attendees: string[];
  apologies: string[];
  /** Lines of the heading that are none of the above, kept as written. */
  notes: string[];
  draft: boolean;
}

export const emptyMeeting = (draft = false): PageMeeting => ({ attendees: [], apologies: [], notes: [], draft });

const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Dydd \w+)`;
/** "Health and Wellbeing Board - Tuesday, 5th April, 2016 2.00 pm". */
const COMMITTEE_AND_DATE = new RegExp(String.raw`^(.+?)\s+[-–]\s+(${WEEKDAY},?\s+.*\d{4}.*)$`, 'i');
/** "22 May 2024 - 09:30 to 12:45", as CMIS heads a meeting. */
const DATE_AND_TIMES = /^(\d{1,2}\s+\w+\s+\d{4})\s*[-–]\s*(\d{1,2}[:.]\d{2})(?:\s*(?:to|-|–)\s*\d{1,2}[:.]\d{2})?$/i;
/** "Minutes of the meeting of the Health and Wellbeing Board held on …", "At a MEETING of the … held remotely on …". */
const MEETING_OF =
  /^(?:(?:draft\s+)?minutes?\s+of\s+(?:(?:a|the)\s+)?(?:(?<word>\w+)\s+)?meeting(?:\s+of\s+(?:the\s+)?(?<of>.+?))?|at\s+a\s+meeting\s+of\s+(?:the\s+)?(?<at>.+?))\s+held\b(?<rest>.*)$/i;
/** A weekday, then within a few words a date: "Agenda for Council on Wednesday, 27th January, 2021, 6.00 pm". */
const WEEKDAY_DATE = new RegExp(String.raw`\b${WEEKDAY},?\s+(?:the\s+)?\d{1,2}`, 'i');
/** The place after the time in "… held on 28 May 2025 at 1.30 pm in the Ground Floor Committee Room". */
const VENUE_AFTER_TIME = /\b\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?)?\s+(?:in|at|via|as)\s+(?:the\s+|a\s+)?(\S.*?)\.?$/i;
/** A line that names a body: the heading above "Minutes of the meeting held on …". */
const BODY_NAME =
  /\b(?:Board|Committee|Sub-Committee|Council|Cabinet|Partnership|Panel|Forum|Executive|Commission|Trust|IJB)\b/i;
/** "Date: …", "Venue: …", "Present: …", with the value on the line or the next. */
const FIELD =
  /^(date(?: and time)?|time|venue|place|location|lleoliad|dyddiad|amser|committee|present|members present|members|in attendance|also (?:present|in attendance)|attending|apologies(?: for absence)?|ymddiheuriadau|yn bresennol)\s*(?::-?|-)?\s*(.*)$/i;
const PEOPLE_FIELDS =
  /^(?:present|members present|members|yn bresennol|in attendance|also (?:present|in attendance)|attending|apologies(?: for absence)?|ymddiheuriadau)$/i;

/** A line that names one person: "Councillor A Smith (Chair)", "Ronnie Nicholson (Leader)-North West Dumfries". */
const PERSON =
  /^(?=.{3,140}$)(?=\S+\s+\S)(?:(?:Councillor|Cllr\.?|Mr|Mrs|Ms|Miss|Dr|Prof(?:essor)?|Sir|Dame|Lord|Lady|Rev(?:erend)?|Y Cynghorydd)\s+)?(?:[\p{Lu}][\p{L}'’.-]*\s+){0,4}[\p{Lu}][\p{L}'’.-]+(?:\s*\([^)]{1,80}\))?(?:\s*[-–,]?\s*[\p{Lu}][^.;:]{0,100})?$/u;

/** Headings that look like names: "Public Items", "Item Number". */
const NOT_A_PERSON = /^(?:items?|agenda|minutes?|page|report|public|private|declarations?|apologies|decision)\b/i;
const isPerson = (line: string) => PERSON.test(line) && !NOT_A_PERSON.test(line);

/**
 * "Councillors A Smith (Chair), B Jones and C Brown" → ["Councillor A Smith (Chair)", "Councillor B Jones", "Councillor C Brown"].
 * Example: people('Cllrs Allen and Brown') → ['Cllr Allen', 'Cllr Brown'].
 */
export function people(list: string): string[] {
  const title = /^(Councillors|Cllrs)\s+/i.exec(list)?.[1];
  const singular = title ? (title.toLowerCase() === 'cllrs' ? 'Cllr' : 'Councillor') : '';
  return list
    .replace(/^(?:Councillors|Cllrs)\s+/i, '')
    .replace(/\.$/, '')
    .split(/\s*[,;]\s*(?![^(]*\))|\s+and\s+(?![^(]*\))/)
    .map((n) => n.trim())
    .filter(Boolean)
    .map((n) => (singular && !/^(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr|Prof)\b/.test(n) ? `${singular} ${n}` : n));
}

/** "Agenda for Council on Wednesday, 27th January, 2021, 6.00 pm": ModernGov's title of a whole meeting's page. */
const AGENDA_FOR = new RegExp(
  String.raw`^Agenda(?:, decisions)?(?: and (?:draft )?minutes)? for (.+?) on (${WEEKDAY},?\s+.*\d{4}.*)$`,
  'i',
);
/** "Minutes of the Board Meeting in Public Tuesday 25 April 2017 10:15 – 12:30 …", printed minutes run into one line. */
const MINUTES_THEN_DAY = new RegExp(
  String.raw`\bminutes?\s+of\s+.{0,100}?\bmeeting\b.{0,100}?\b(${WEEKDAY},?\s+(?:the\s+)?\d{1,2}\D{1,20}?\d{4})(.{0,30})`,
  'i',
);
/** "Cabinet Meeting ........ 13 February 2025", a decision record's meeting and its date. */
const MEETING_LEADER_DATE = /^(.+?\bmeeting)\s*(?:\.{3,}|…+)\s*(.{6,40})$/i;

const WEEKDAY_WORD = new RegExp(WEEKDAY, 'i');

/**
 * The date a line gives when it gives nothing else: "21 January 2016", "Thursday, 21st
 * January, 2016", "21/01/2016", as a meeting's date stands alone under an item's "Minutes:".
 * Example: dateAlone('21 January 2016') === '2016-01-21'; dateAlone('Published 21 January 2016') === undefined.
 */
function dateAlone(line: string): string | undefined {
  const rest = line
    .replace(WEEKDAY_WORD, ' ')
    .replace(/\b\d{1,2}\/\d{1,2}\/\d{4}\b|\b\d{1,2}(?:st|nd|rd|th)?\b|\b\d{4}\b|[,.]/gi, ' ')
    .trim();
  return rest === '' || monthNamed(rest) ? readDate(line) : undefined;
}

/**
 * The meeting a page's opening lines give in a sentence, or a date on a line of its own,
 * rather than in a heading, read when its heading gave no date: the line's index among `lines`, and what it says.
 * Example: openingDate(['Toggle menu', 'Agenda for Council on Wednesday, 27th January, 2021, 6.00 pm'])
 *   → { at: 1, committee: 'Council', date: '2021-01-27', time: '18:00' }.
 */
export function openingDate(
  lines: readonly string[],
): ({ at: number; date: string } & Pick<PageMeeting, 'committee' | 'time'>) | undefined {
  const opening = lines.flatMap((line, at) => (line.trim() ? [{ at, line: line.trim() }] : [])).slice(0, 12);
  for (const { at, line } of opening) {
    const agenda = AGENDA_FOR.exec(line);
    const agendaDate = agenda && readDate(agenda[2]);
    if (agendaDate) return { at, committee: agenda[1], date: agendaDate, time: readTime(agenda[2]) };
    // Not an agenda's item "3. Minutes of the last meeting held on Tuesday 3 March 2020".
    const sentence = /^\(?\d/.test(line) ? null : MINUTES_THEN_DAY.exec(line);
    const minutes = sentence && !/\b(?:previous|last|earlier)\s+meeting\b/i.test(sentence[0]) ? sentence : null;
    const minutesDate = minutes && readDate(minutes[1]);
    if (minutesDate) return { at, date: minutesDate, time: readTime(minutes[2]) };
    const leader = MEETING_LEADER_DATE.exec(line);
    const leaderDate = leader && readDate(leader[2]);
    if (leaderDate) return { at, date: leaderDate };
    const alone = dateAlone(line);
    if (alone) return { at, date: alone };
  }
  return undefined;
}

/**
 * Reads a meeting's heading lines into `meeting`, returning the indexes of the lines it
 * used; the others are the caller's to keep.
 * Example: readMeetingHeader(['Date:', 'Thursday 24 March 2016', 'Place:', 'Council Offices'], meeting) → Set {0, 1, 2, 3}; meeting.venue === 'Council Offices'.
 */
export function readMeetingHeader(lines: readonly string[], meeting: PageMeeting): Set<number> {
  const used = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const committeeAndDate = COMMITTEE_AND_DATE.exec(line);
    if (committeeAndDate && readDate(committeeAndDate[2])) {
      // ModernGov's "Special Meeting, Cabinet", "Formal meeting cancelled, Gateshead Health and Wellbeing Board".
      meeting.committee ??= committeeAndDate[1]
        .replace(/^(?:agenda(?:, decisions)? and (?:draft )?minutes)\s+[-–]\s+/i, '')
        .replace(/^[\w ]{0,30}\bmeeting\b[\w ]{0,20},\s+/i, '')
        .trim();
      meeting.date ??= readDate(committeeAndDate[2]);
      meeting.time ??= readTime(committeeAndDate[2]);
      used.add(i);
      continue;
    }
    const dateAndTimes = DATE_AND_TIMES.exec(line);
    if (dateAndTimes && readDate(dateAndTimes[1])) {
      meeting.date ??= readDate(dateAndTimes[1]);
      meeting.time ??= readTime(dateAndTimes[2]);
      used.add(i);
      continue;
    }
    // "Glasgow, 8th December 2016.", "at 2.00pm on Monday 29 June 2015": a line that dates the minutes; kept among the notes as written.
    // A cover memo's date ("MEMORANDUM Date: 22 December 2005") is when it was sent, not the meeting's.
    if (
      !meeting.date &&
      !/^memorandum\b/i.test(line) &&
      (line.split(/\s+/).length <= 8 || (WEEKDAY_DATE.test(line) && line.split(/\s+/).length <= 30)) &&
      readDate(line) &&
      !FIELD.test(line) &&
      !MEETING_OF.test(line)
    ) {
      meeting.date = readDate(line);
      meeting.time ??= readTime(line);
      continue;
    }
    const meetingOf = MEETING_OF.exec(line)?.groups;
    // "Minute of Meeting of GRAMPIAN NHS BOARD held in Open Session", its date on the next line.
    const named = meetingOf && (meetingOf.of ?? meetingOf.at);
    if (meetingOf && !readDate(meetingOf.rest) && named) meeting.committee ??= named.replace(/\s+/g, ' ');
    if (meetingOf && readDate(meetingOf.rest)) {
      // "Minutes of the meeting held on …" under the body's name, which is the line above.
      const above = named ? -1 : lines.findLastIndex((l, j) => j < i && l.trim() !== '');
      // Not the same line given twice, as a re-hosted copy's title often is.
      const heading = above >= 0 ? lines[above].trim() : '';
      if (BODY_NAME.test(heading) && !MEETING_OF.test(heading) && heading.length <= 120) {
        meeting.committee ??= heading;
        used.add(above);
      }
      if (named) meeting.committee ??= named.replace(/\s+/g, ' ');
      // "Minutes of the Cabinet Meeting held on …", not "of a Special Meeting".
      if (meetingOf.word && BODY_NAME.test(meetingOf.word)) meeting.committee ??= meetingOf.word;
      meeting.date ??= readDate(meetingOf.rest);
      meeting.time ??= readTime(meetingOf.rest);
      meeting.venue ??= VENUE_AFTER_TIME.exec(meetingOf.rest)?.[1];
      used.add(i);
      continue;
    }
    const field = FIELD.exec(line);
    if (!field) continue;
    const name = field[1].toLowerCase();
    let value = field[2].trim();
    // "MEMBERS OF THE COMMITTEE" heads a list; it is not one.
    if (PEOPLE_FIELDS.test(name) && /^of\b/i.test(value)) continue;
    let last = i;
    // The value on the next line: "Date:" then "Thursday 24 March 2016".
    if (!value && !PEOPLE_FIELDS.test(name)) {
      const next = lines.findIndex((l, j) => j > i && l.trim() !== '');
      if (next < 0 || FIELD.test(lines[next].trim())) continue;
      value = lines[next].trim();
      last = next;
    }
    if (/^(?:date|dyddiad)/.test(name)) {
      if (!readDate(value)) continue;
      meeting.date ??= readDate(value);
      meeting.time ??= readTime(value);
    } else if (/^(?:time|amser)/.test(name)) {
      if (!readTime(value)) continue;
      meeting.time ??= readTime(value);
    } else if (/^(?:venue|place|location|lleoliad)/.test(name)) {
      meeting.venue ??= value.replace(/\.*\s*View directions$/i, '').trim();
    } else if (name === 'committee') {
      meeting.committee ??= value;
    } else {
      const into = /^(?:apolog|ymddiheur)/.test(name)
        ? meeting.apologies
        : /^(?:in attendance|also|attending)/.test(name)
          ? undefined
          : meeting.attendees;
      const listed = value ? people(value) : [];
      // Names one a line under the label, until a line that is not a person's name.
      while (!value) {
        const next = lines.findIndex((l, j) => j > last && l.trim() !== '');
        if (next < 0 || !isPerson(lines[next].trim()) || FIELD.test(lines[next].trim())) break;
        listed.push(lines[next].trim());
        last = next;
      }
      // "In attendance" lists officers, not members: they stay in the notes, as written.
      if (!into || listed.length === 0 || !listed.every(isPerson)) continue;
      into.push(...listed);
    }
    for (let j = i; j <= last; j++) used.add(j);
    i = last;
  }
  return used;
}
