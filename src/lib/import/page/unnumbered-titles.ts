/**
 * Items a page gives titles but no numbers (ModernGov pages of some councils, printed
 * minutes with bold titles): told apart from the minutes' prose and the meeting's heading.
 */
import type { SourceLine } from '../text/left-out.ts';
import { looksLikeTitle } from './item-headings.ts';
import { MINUTES_LABEL } from './item-parts.ts';
import { readDate } from './page-dates.ts';
import { FIELD_LINE } from './page-labels.ts';
import { isBlank } from './parsed-page.ts';

/** A field of a meeting's heading, whatever its length: "Apologies: A, B, C and D." */
const HEADING_FIELD =
  /^(?:present|apologies(?: for absence)?|attending|in attendance|also present|members present|venue|date|time|place|contact|cyswllt)\s*:/i;

/** True when line `at` of the page is an item's title without a number: a title, then the item's prose or its "Minutes:". */
export function isUnnumberedTitle(lines: readonly SourceLine[], at: number, afterHeading = false): boolean {
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
 * Where a whole meeting's items start when the page numbers none: at least three titles,
 * each between a paragraph of prose and the next item's prose. Fewer, and the page stays
 * one item.
 */
export function unnumberedTitles(lines: readonly SourceLine[]): number[] {
  const titles = lines.flatMap((l, at) => (!isBlank(l) && isUnnumberedTitle(lines, at) ? [at] : []));
  return titles.length >= 3 ? titles : [];
}

/**
 * True for a line of the minutes' prose rather than their heading: long, a sentence, or
 * the rest of one (a lower-case start), and no field of the heading ("Apologies: …").
 */
export function isProse(text: string): boolean {
  if (!text || HEADING_FIELD.test(text) || /^(?:(?:draft\s+)?minutes?\s+of|at\s+a\s+meeting\s+of)\b/i.test(text))
    return false;
  // "Health and Adult Social Care Scrutiny Board - Thursday 7th January 2021 6.00 pm": a dated line heads the minutes.
  if (readDate(text) && !/[.:]$/.test(text) && text.length <= 160) return false;
  const words = text.split(/\s+/).length;
  return text.length > 120 || /^\p{Ll}/u.test(text) || (/[.:]$/.test(text) && words > 8) || words >= 14;
}
