/** What parsePage gives: a page's meetings and items, and the helpers every layout's reader shares to fill it. */
import type { LeftOut, SourceLine } from '../text/left-out.ts';
import type { ItemParts } from './item-parts.ts';
import type { PageMeeting } from './meeting-header.ts';
import type { PageKind } from './page-kind.ts';

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
export const NO_MINUTES =
  'The page records no minutes for this item, only its place on the agenda: check whether the minutes give it elsewhere.';

/** That the agenda's words may be at the start of the minutes, for the clerk. */
const NO_MINUTES_LABEL =
  'The page has no "Minutes:" label, so any description of the item from the agenda is kept at the start of its minutes.';

/** The notes about an item's minutes, which an item of an agenda, having none, does not need. */
export const MINUTES_NOTES = [NO_MINUTES, NO_MINUTES_LABEL];

/** "(HWB.05.04.2016/6)" or "(Decision: 110611)" at the end of a title. */
const MINUTE_REF =
  /^(.*?)\s*\(((?:[A-Z][A-Za-z]*[./])[\w./-]*\d[\w./-]*|(?:Decision|Minute|Min)\.?\s*(?:No\.?)?\s*:?\s*[\w./-]*\d[\w./-]*)\)$/;

export const isBlank = (line: SourceLine) => line.text.trim() === '';

/** Records a line as left out for a reason: each line it was joined from, when it was joined. */
export function leave(page: ParsedPage, line: SourceLine & { parts?: SourceLine[] }, reason: LeftOut['reason']): void {
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

/** A page item from its parts, with what needs a person's eye. */
export function pageItem(
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
  else if (!parts.labelled && kind === 'agenda item' && parts.description.length === 0) review.push(NO_MINUTES_LABEL);
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
