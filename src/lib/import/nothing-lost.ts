/**
 * The importer's proof that nothing was lost: every non-blank line of the source appears
 * in what it wrote, but for the pieces it left out and named (page furniture, page
 * numbers, labels turned into structure, meeting details written to meeting.yaml).
 */
import type { LeftOut } from './text/left-out.ts';

/**
 * Text as compared: letters and digits only, in lower case, so spacing, line breaks,
 * punctuation, list markers and Markdown escapes make no difference.
 * Example: comparable('RESOLVED – That the\n\\*Board\\*') === 'resolvedthattheboard'.
 */
export function comparable(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

const BULLET = /^\s*(?:[·•▪◦§\uf0b7\uf0a7*-]|o(?=\s{2}))\s*/;

/** A line of the source not found in what was written. */
export interface LostLine {
  /** 1-based line number in the file's text. */
  line: number;
  text: string;
}

/**
 * Cuts one occurrence of `cut` out of the pieces: where what is left on both sides is
 * found in what was written, when the words occur more than once ("Minutes of the
 * Previous Meeting Minutes: The Minutes…").
 */
function cutOut(pieces: string[], cut: string, haystack: string): void {
  let best: { pieces: string[]; missing: number } | undefined;
  for (const [at, piece] of pieces.entries()) {
    for (let from = piece.indexOf(cut); from >= 0; from = piece.indexOf(cut, from + 1)) {
      const tried = [
        ...pieces.slice(0, at),
        piece.slice(0, from),
        piece.slice(from + cut.length),
        ...pieces.slice(at + 1),
      ];
      const missing = tried.filter((p) => p && !haystack.includes(p)).length;
      if (!best || missing < best.missing) best = { pieces: tried, missing };
    }
  }
  if (best) pieces.splice(0, pieces.length, ...best.pieces);
}

/**
 * True when a piece of a line is in what was written, whole or as consecutive parts of
 * 8 characters or more: a line split between fields ("Declarations of Interest To
 * receive…" is an item's title and its description) is still all there.
 */
function foundInParts(piece: string, haystack: string): boolean {
  let rest = piece;
  while (rest) {
    if (haystack.includes(rest)) return true;
    // The longest prefix found: a prefix of a found prefix is found, so halve the gap.
    let [found, missing] = [0, rest.length];
    while (missing - found > 1) {
      const middle = (found + missing) >> 1;
      if (haystack.includes(rest.slice(0, middle))) found = middle;
      else missing = middle;
    }
    if (found < 8) return false;
    rest = rest.slice(found);
  }
  return true;
}

/**
 * The source lines (or parts of lines) missing from `written`: the texts of every file
 * written from the source, each field apart.
 * Example: lostLines('Minutes:\nNoted.\nThe end', [{ at: 1, text: 'Minutes:', reason: 'label' }], ['Noted.']) → [{ line: 3, text: 'The end' }].
 */
export function lostLines(source: string, leftOut: readonly LeftOut[], written: readonly string[]): LostLine[] {
  const haystack = written.map(comparable).join('\u0000');
  const excused = new Map<number, string[]>();
  for (const piece of leftOut) excused.set(piece.at, [...(excused.get(piece.at) ?? []), comparable(piece.text)]);
  const lost: LostLine[] = [];
  source.split('\n').forEach((text, i) => {
    // A bullet is the list's structure, not its words: "o  Staff sickness" is written as a list item.
    const pieces = [comparable(text.replace(BULLET, ''))];
    // Each piece left out is cut from the line; what is around it must still be found.
    for (const cut of excused.get(i + 1) ?? []) {
      if (cut) cutOut(pieces, cut, haystack);
    }
    if (pieces.some((piece) => piece && !foundInParts(piece, haystack))) lost.push({ line: i + 1, text: text.trim() });
  });
  return lost;
}

/** The texts of a meeting.yaml that come from the page. Example: meetingTexts({ venue: 'Room 1' }) → ['Room 1']. */
export const meetingTexts = (meeting: {
  venue?: string;
  attendees?: string[];
  apologies?: string[];
  notes?: string[];
}) => [meeting.venue ?? '', ...(meeting.attendees ?? []), ...(meeting.apologies ?? []), ...(meeting.notes ?? [])];

/** What an item file holds of an item's frontmatter. */
interface ItemFields {
  number?: string | number;
  title?: string;
  minuteRef?: string;
  description?: string;
  supportingDocuments?: { title: string }[];
}

/**
 * The texts of an item file that come from the page: its heading, description, documents and minutes.
 * Example: itemTexts({ number: '6', title: 'Pharmacy' }, 'Noted.')[0] === '6 Pharmacy '.
 */
export const itemTexts = (item: ItemFields, minutes: string) => [
  `${item.number ?? ''} ${item.title ?? ''} ${item.minuteRef ?? ''}`,
  item.description ?? '',
  ...(item.supportingDocuments ?? []).map((d) => d.title),
  minutes,
];
