/**
 * One input file to the site's content: its meeting and its items, with what was
 * recognised in them (decisions, follow-ups, votes, localities).
 *
 * Pure: bytes and the content's bodies and localities in, data out. The CLI
 * (scripts/import.ts) reads and writes the files.
 */
import { findActions, type FoundAction } from '../actions.ts';
import { closest } from '../content-error.ts';
import { renderMinutes } from '../minutes.ts';
import { isRealDate } from '../schema.ts';
import { matchBody, type KnownBody } from './body-match.ts';
import { decodeInput } from './decode.ts';
import { htmlToText, looksLikeHtml, type PageLink } from './html-to-text.ts';
import { matchLocalities, type KnownLocality } from './locality-match.ts';
import { escapeMarkdown } from './markdown-escape.ts';
import { minutesToMarkdown } from './minutes-markdown.ts';
import { pageLines } from './page-lines.ts';
import type { PageKind } from './page-kind.ts';
import { parsePage, type PageItem, type PageMeeting } from './parse-page.ts';
import { isProcedural } from './procedural.ts';
import { missedResolutions, type FallbackDecision } from './resolutions.ts';
import { findVotes, type ImportedVote } from './votes.ts';

/** What the importer knows besides the page. */
export interface ImportOptions {
  bodies: readonly KnownBody[];
  localities: readonly KnownLocality[];
  /** The body's id when the page does not name its committee (--body). */
  body?: string;
  /** The meeting date, YYYY-MM-DD, when the page does not show it (--date). */
  date?: string;
  /** Facts known from elsewhere, written into meeting.yaml over what the page gives (dateNote, source…). */
  meeting?: Partial<MeetingFields>;
  /** Topics, further localities and the source page of the items. */
  item?: { topics?: string[]; localities?: string[]; source?: string };
}

/** The fields of meeting.yaml the importer writes. */
export interface MeetingFields {
  body: string;
  date: string;
  dateApproximate?: boolean;
  datePrecision?: 'day' | 'month' | 'year';
  dateNote?: string;
  time?: string;
  venue?: string;
  status: 'draft' | 'approved';
  attendees?: string[];
  apologies?: string[];
  source?: string;
}

/** An item ready to write, with what was recognised in it. */
export interface ImportedItem {
  /** "2019-03-01-lincolnshire-hwb". */
  meetingFolder: string;
  /** The agenda number, when the page shows it. */
  number?: string;
  title: string;
  /** The frontmatter, all but `number` (placed when the folder is known). */
  frontmatter: Record<string, unknown>;
  /** The minutes as Markdown. */
  markdown: string;
  /** How many decisions the site will show (its own recogniser's count, fallbacks included). */
  decisions: number;
  /** Resolutions the site's recogniser missed, written to the frontmatter's `decisions`. */
  fallbackDecisions: FallbackDecision[];
  /** Follow-ups the site will find in the minutes. */
  actions: FoundAction[];
  votes: ImportedVote[];
}

export type ImportResult =
  | { ok: true; kind: PageKind; meeting: MeetingFields; items: ImportedItem[] }
  | { ok: false; problem: string; advice: string; line?: number };

/**
 * Imports one file's bytes.
 * Example: importPage(readFileSync('002.txt'), { bodies, localities, body: 'lincolnshire-hwb', date: '2019-03-01' }).items[0].decisions === 1.
 */
export function importPage(bytes: Uint8Array, options: ImportOptions): ImportResult {
  const decoded = decodeInput(bytes);
  if ('problem' in decoded) return { ok: false, ...decoded };
  const html = looksLikeHtml(decoded.text) ? htmlToText(decoded.text) : undefined;
  const text = html?.text ?? decoded.text;
  const page = parsePage(pageLines(text), text);
  if ('problem' in page) return { ok: false, ...page };

  const meeting = meetingOf(page.meeting, html?.url, page.kind === 'meeting', options);
  if ('problem' in meeting) return { ok: false, ...meeting };
  const meetingFolder = `${meeting.date}-${meeting.body}`;
  // An item's own page is its source; a meeting page is the meeting's.
  const source = options.item?.source ?? (page.kind === 'meeting' ? undefined : html?.url);
  const items = page.items.map((item) => importItem(item, { ...options, meetingFolder, date: meeting.date, source, links: html?.links ?? [] }));
  return { ok: true, kind: page.kind, meeting, items };
}

/** The meeting's fields from the page, the options, and what is known from elsewhere. */
function meetingOf(page: PageMeeting, url: string | undefined, isMeetingPage: boolean, options: ImportOptions): MeetingFields | { problem: string; advice: string } {
  const date = page.date ?? options.date;
  if (!date) return { problem: 'The page does not show the meeting\'s date.', advice: 'give it with --date YYYY-MM-DD (e.g. --date 2019-03-06); if it is an estimate, say so in meeting.yaml (dateApproximate: true, dateNote).' };
  if (!isRealDate(date)) return { problem: `The date ${date} is not a real calendar date.`, advice: 'give the meeting date as YYYY-MM-DD with --date.' };
  const body = bodyOf(page.committee, url, options);
  if ('problem' in body) return body;
  return {
    body: body.id,
    date,
    time: page.time,
    venue: page.venue,
    status: page.draft ? 'draft' : 'approved',
    attendees: page.attendees,
    apologies: page.apologies,
    // An item's page is the item's source; only a meeting page is the meeting's.
    source: isMeetingPage ? url : undefined,
    ...options.meeting,
  };
}

function bodyOf(committee: string | undefined, url: string | undefined, options: ImportOptions): { id: string } | { problem: string; advice: string } {
  const ids = options.bodies.map((b) => b.id);
  const given = options.body;
  if (given !== undefined && !ids.includes(given)) {
    const guess = closest(given, ids);
    return { problem: `There is no body with the id "${given}" (given with --body).`, advice: `${guess ? `did you mean "${guess}"? ` : ''}The ids are the file names in content/bodies/ without .yaml; add the body there first if it is new.` };
  }
  if (committee) {
    const match = matchBody(committee, url, options.bodies);
    if (match.id) return { id: match.id };
    if (given) return { id: given };
    return match.candidates.length > 1
      ? { problem: `The page names the committee "${committee}", which could be any of: ${match.candidates.join(', ')}.`, advice: 'say which with --body <id>.' }
      : { problem: `The page names the committee "${committee}", but no body in content/bodies/ has that name.`, advice: 'add the body to content/bodies/ (its "name" as on the page), or give its id with --body <id>.' };
  }
  if (given) return { id: given };
  return { problem: 'The page does not name the committee that met.', advice: `give the body with --body <id> (one of: ${ids.join(', ')}).` };
}

interface ItemContext extends ImportOptions {
  meetingFolder: string;
  date: string;
  source?: string;
  links: readonly PageLink[];
}

const fold = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** A supporting document's link on the page: the link whose words are the document line's. */
function documentLink(line: string, links: readonly PageLink[]): PageLink | undefined {
  const wanted = fold(line);
  return links.find((link) => /^https?:/i.test(link.href) && (fold(link.text) === wanted || wanted.startsWith(fold(link.text))));
}

function importItem(item: PageItem, context: ItemContext): ImportedItem {
  const linked = item.documents.map((line) => ({ line, link: documentLink(line, context.links) }));
  const unlinked = linked.filter((d) => !d.link).map((d) => d.line);
  // Documents without a web address stay in the minutes as text, never dropped.
  const documentsText = unlinked.length ? `\n\nSupporting documents:\n\n${unlinked.map((l) => `- ${escapeMarkdown(l)}`).join('\n\n')}` : '';
  const markdown = `${minutesToMarkdown(item.minutes).trimEnd()}${documentsText}\n`;
  const found = renderMinutes(markdown);
  const fallbackDecisions = missedResolutions(found.textBlocks, found.decisions.map((d) => d.text), item.decisionStatus);
  const rendered = fallbackDecisions.length ? renderMinutes(markdown, fallbackDecisions.map((d) => ({ ...d, remove: false }))) : found;
  const description = item.description.length ? paragraphs(item.description) : undefined;
  const localities = [...new Set([...matchLocalities([item.title, description ?? '', ...rendered.textBlocks].join('\n'), context.localities), ...(context.item?.localities ?? [])])];
  const votes = findVotes(item.minutes);
  return {
    meetingFolder: context.meetingFolder,
    number: item.number,
    title: item.title,
    frontmatter: {
      title: item.title,
      minuteRef: item.minuteRef,
      description,
      localities,
      topics: context.item?.topics,
      procedural: isProcedural(item.title),
      source: context.source,
      supportingDocuments: linked.filter((d) => d.link).map((d) => ({ title: d.line, url: d.link!.href })),
      decisions: fallbackDecisions,
      votes,
    },
    markdown,
    decisions: rendered.decisions.length,
    fallbackDecisions,
    actions: findActions(rendered.textBlocks, context.date),
    votes,
  };
}

/** Description lines as paragraphs, spaces folded. */
const paragraphs = (lines: readonly string[]) =>
  lines
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
