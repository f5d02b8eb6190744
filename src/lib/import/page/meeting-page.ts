/**
 * A whole meeting (or a text of unknown layout): its heading read into the meeting, then
 * its items split by their headings, or by the rows of a flattened table; one item when
 * neither is found.
 */
import type { SourceLine } from '../text/left-out.ts';
import { itemHeadings, looksLikeTitle } from './item-headings.ts';
import { itemParts, trimBlank } from './item-parts.ts';
import { emptyMeeting, readMeetingHeader } from './meeting-header.ts';
import { FIELD_LINE, isLabel, withoutPageLabels } from './page-labels.ts';
import { isBlank, leave, NO_MINUTES, pageItem, type ParsedPage } from './parsed-page.ts';
import { tableRows, titleAndDescription } from './table-rows.ts';
import { isProse, isUnnumberedTitle, unnumberedTitles } from './unnumbered-titles.ts';

export function meetingPage(lines: readonly SourceLine[], page: ParsedPage): void {
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
      page.items.push(pageItem(0, heading.number, heading.title, parts, undefined, page.kind));
    });
    return;
  }
  if (rows.length > 0) {
    for (const row of rows) {
      const parts = itemParts(row.lines.slice(1));
      for (const label of parts.labels) leave(page, label, 'label');
      const { title, description } = titleAndDescription(row.lines[0].text);
      if (description) parts.description.unshift({ at: row.lines[0].at, text: description });
      const made = pageItem(0, undefined, title, parts, undefined, page.kind);
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
      page.items.push(pageItem(0, undefined, titled ? rest[at].text.trim() : undefined, parts, undefined, page.kind));
    });
    return;
  }
  // The page's first line names it when it reads as a title and words follow it.
  const titled = rest.length > 1 && looksLikeTitle(rest[0].text) && !FIELD_LINE.test(rest[0].text.trim());
  const parts = itemParts(titled ? rest.slice(1) : rest);
  for (const label of parts.labels) leave(page, label, 'label');
  const made = pageItem(0, undefined, titled ? rest[0].text.trim() : undefined, parts, undefined, page.kind);
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
