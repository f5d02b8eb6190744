/**
 * An item's lines after its title, split by the labels committee pages use: the agenda's
 * description, the minutes, and the supporting documents.
 */
import type { SourceLine } from '../text/left-out.ts';

/** "Minutes:", and Welsh "Cofnodion:". */
export const MINUTES_LABEL = /^(?:minutes|cofnodion)\s*:$/i;
/** "Decision:", which committee systems put before an executive's decision. */
const DECISION_LABEL = /^(?:decision|penderfyniad)\s*:$/i;
/** "Supporting documents:", "Additional documents:", "Dogfennau ychwanegol:"… */
export const DOCUMENTS_LABEL =
  /^(?:(?:supporting|accompanying|additional) documents|background papers|dogfennau (?:ategol|ychwanegol))\s*:?$/i;
/** The first words of an agenda's description of an item, which minutes never use. */
const AGENDA_WORDING =
  /^(?:to (?:receive|consider|note|approve|agree|discuss|review|elect|appoint|confirm|disclose|declare|determine|hear|scrutinise|endorse|inform|update|provide)\b|members (?:of the \w+ )?(?:are|is) (?:asked|requested|invited) to\b|\(?cop(?:y|ies) attached\.?\)?$)/i;

/** A line that names a document: a bullet, or a short title that is not a sentence or a resolution. */
function isDocumentLine(text: string): boolean {
  if (/^[·•]|^-\s/.test(text)) return true;
  // ModernGov names a document "<title>, item 7." once its file size is taken off.
  if (/,\s+item\s+[\w.]+\.?$/i.test(text)) return true;
  return (
    text.length <= 150 &&
    !/[.;:,]$/.test(text) &&
    !/^(?:\(?[a-z0-9]{1,4}[.)]\s|that\b|to\b)/i.test(text) &&
    /^[\p{Lu}\p{N}]/u.test(text)
  );
}

/** The parts of an item, as lines (blank ones kept between paragraphs). */
export interface ItemParts {
  description: SourceLine[];
  minutes: SourceLine[];
  /** One document a line. */
  documents: SourceLine[];
  /** The label lines used to split them. */
  labels: SourceLine[];
  /** True when a "Minutes:" label said where the minutes start. */
  labelled: boolean;
}

const isBlank = (line: SourceLine) => line.text.trim() === '';

/** Lines without the blank ones at either end. */
export function trimBlank(lines: readonly SourceLine[]): SourceLine[] {
  const start = lines.findIndex((l) => !isBlank(l));
  if (start < 0) return [];
  return lines.slice(start, lines.findLastIndex((l) => !isBlank(l)) + 1);
}

/**
 * Splits an item's lines into description, minutes and documents. Without a "Minutes:"
 * label, leading paragraphs worded as an agenda's ("To receive…") are the description and
 * the rest is minutes.
 * Example: itemParts(lines('To note the report.', 'Minutes:', 'Noted.')).minutes[0].text === 'Noted.'.
 */
export function itemParts(lines: readonly SourceLine[]): ItemParts {
  const labels: SourceLine[] = [];
  const description: SourceLine[] = [];
  const minutes: SourceLine[] = [];
  const documents: SourceLine[] = [];
  let section: 'before' | 'minutes' | 'documents' = 'before';
  let labelled = false;
  for (const line of lines) {
    const text = line.text.trim();
    if (MINUTES_LABEL.test(text)) {
      labels.push(line);
      // A second "Minutes:" (a page repeating its label) keeps what came between as minutes.
      if (labelled) minutes.push(...description.splice(0));
      labelled = true;
      section = 'minutes';
    } else if (DECISION_LABEL.test(text) && section !== 'minutes') {
      // A decision record's "Decision:" starts what was recorded, as "Minutes:" does; it stays, to label the decision.
      if (labelled) minutes.push(...description.splice(0));
      labelled = true;
      section = 'minutes';
      minutes.push(line);
    } else if (DOCUMENTS_LABEL.test(text)) {
      labels.push(line);
      section = 'documents';
    } else if (section === 'documents' && (isBlank(line) || isDocumentLine(text))) {
      if (!isBlank(line)) documents.push({ at: line.at, text: text.replace(/^[·•-]\s*/, '') });
    } else if (section === 'minutes' || section === 'documents') {
      // Text that is no document's title ends the list: on a page without "Minutes:", the minutes follow it.
      section = 'minutes';
      minutes.push(line);
    } else description.push(line);
  }
  // Labelled, or minutes after a list of documents ("Additional documents:" then the minutes, unlabelled).
  if (labelled || minutes.length > 0)
    return { description: trimBlank(description), minutes: trimBlank(minutes), documents, labels, labelled };
  // Unlabelled: the agenda's wording leads, the minutes follow.
  const text = trimBlank(description);
  let split = 0;
  while (split < text.length && (isBlank(text[split]) || AGENDA_WORDING.test(text[split].text.trim()))) split++;
  const rest = trimBlank(text.slice(split));
  return rest.length > 0
    ? { description: trimBlank(text.slice(0, split)), minutes: rest, documents, labels, labelled }
    : { description: [], minutes: text, documents, labels, labelled };
}
