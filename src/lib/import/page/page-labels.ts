/** The labels and headings committee pages put around their content, found so they are read as structure. */
import type { SourceLine } from '../text/left-out.ts';
import { DOCUMENTS_LABEL, MINUTES_LABEL } from './item-parts.ts';
import { isBlank, leave, type ParsedPage } from './parsed-page.ts';

/** The heading a committee system gives its page; what stands above it is the site's navigation. */
const PAGE_HEADING =
  /^(?:agenda item(?:\s+-\s+.+)?|issue - (?:meetings|decisions)|issue details|decision details|agenda(?:, decisions)? and (?:draft )?(?:minutes|decisions)|agenda a(?:c|’r)? chofnodion|meeting details|meeting summary)$/i;
/** Lines of a page heading that only name the page. */
const PAGE_LABEL =
  /^(?:agenda item|issue - (?:meetings|decisions)|issue details|decision details|agenda(?:, decisions)? and (?:draft )?(?:minutes|decisions)|agenda a(?:c|’r)? chofnodion|meeting details|meeting summary|items of business|documents|agenda|public items|standard items)$/i;
/** Labels written inside a line, as flattened tables give them: "Apologies Minutes: Apologies were received…". */
const INLINE_LABEL =
  /\s+((?:Minutes|Cofnodion|Additional documents|Dogfennau ychwanegol|Supporting documents|(?<!\b(?:for|of|the|on)\s)Decision):)(?=\s|$)/;
/** Where a run-on line (a document site's copy of printed minutes) starts a new item or resolution. */
const RUN_ON_BREAK = /(?<=\S)\s*(?=\b(?:RESOLVED|AGREED|DECIDED)\s*[:–-])|\s(?=\d{1,3}\.\s+[A-Z][A-Z ’'&,-]{6,}\b)/g;

const LEADING_LABEL =
  /^((?:Minutes|Cofnodion|Additional documents|Dogfennau ychwanegol|Supporting documents):)\s+(\S.*)$/;

/** "Decision Maker: Cabinet": a field of a record, its name then its value. */
export const FIELD_LINE = /^[A-Z][a-z][\w ?]{1,30}:\s+\S/;

export const isLabel = (text: string) =>
  MINUTES_LABEL.test(text.trim()) || DOCUMENTS_LABEL.test(text.trim()) || PAGE_LABEL.test(text.trim());

/** Lines with labels written inside them ("Title Minutes: text") split onto lines of their own. */
export function splitInlineLabels(lines: readonly SourceLine[]): SourceLine[] {
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
export function pageStart(lines: readonly SourceLine[]): number {
  const heading = lines.findIndex((l) => PAGE_HEADING.test(l.text.trim()));
  if (heading <= 0) return 0;
  const above = lines.slice(0, heading).filter((l) => !isBlank(l));
  return above.length <= 40 && above.every((l) => l.text.trim().length <= 80) ? heading : 0;
}

/** Records the page's labels ("Agenda item", "Minutes:") as structure and returns the other lines. */
export function withoutPageLabels(lines: readonly SourceLine[], page: ParsedPage): SourceLine[] {
  return lines.filter((line) => {
    if (!PAGE_LABEL.test(line.text.trim())) return true;
    leave(page, line, 'label');
    return false;
  });
}
