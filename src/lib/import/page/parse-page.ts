/**
 * The structure of a page of minutes: its meetings (an issue page lists several) and its
 * items, each with title, number, description, minutes and documents as lines, and what
 * was uncertain about it. Never refuses text: what it cannot place is kept, as the
 * minutes of an item marked for review.
 */
import { joinWrapped } from '../text/hard-wraps.ts';
import type { SourceLine } from '../text/left-out.ts';
import { issuePage, singleItem } from './item-pages.ts';
import { emptyMeeting, openingDate } from './meeting-header.ts';
import { meetingPage } from './meeting-page.ts';
import { detectPageKind } from './page-kind.ts';
import { pageStart, splitInlineLabels } from './page-labels.ts';
import { isBlank, leave, type ParsedPage } from './parsed-page.ts';

const DRAFT =
  /\bdraft minutes\b|\bagenda and draft minutes\b|\bminutes\s*\(draft\)|\bsubject to (?:approval|confirmation) (?:at|by) the next meeting\b/i;

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
  const opening = openingDate(lines.map((l) => l.text));
  lines.slice(0, start).forEach((line, i) => {
    if (!isBlank(line)) leave(page, line, i === opening?.at ? 'meeting' : 'furniture');
  });
  const body = lines.slice(start);
  if (kind === 'issue history') issuePage(body, page);
  else if (kind === 'agenda item' || kind === 'decision') singleItem(body, page, 0);
  else meetingPage(body, page);
  // A date the opening lines give in a sentence ("Agenda for Council on Wednesday, 27th
  // January, 2021"), when no heading gave the page's one meeting a date.
  const [meeting, ...others] = page.meetings;
  if (opening && !meeting.date && others.length === 0) {
    meeting.date = opening.date;
    meeting.time ??= opening.time;
    meeting.committee ??= opening.committee;
  }
  return page;
}
