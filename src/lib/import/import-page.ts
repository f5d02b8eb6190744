/**
 * One input file to the site's content: its meetings and items, with what was recognised
 * in them (decisions, follow-ups, votes, localities), what needs a person's review, what
 * was left out and why, and any line of the source the result lost.
 *
 * Pure but for reading documents: bytes and the content's bodies and localities in, data
 * out. scripts/import.ts reads and writes the files.
 */
import { findActions, type FoundAction } from '../minutes/follow-ups.ts';
import { closest } from '../content/content-error.ts';
import type { RenderItemMinutes } from '../corpus/corpus.ts';
import { renderMinutes } from '../minutes/render.ts';
import { isRealDate } from '../content/schema.ts';
import { matchBody, type KnownBody } from './recognise/body-match.ts';
import type { PageLink } from './read/html-to-text.ts';
import { matchLocalities, type KnownLocality } from './recognise/locality-match.ts';
import { escapeMarkdown } from './write/markdown-escape.ts';
import { minutesToMarkdown } from './write/minutes-markdown.ts';
import { itemTexts, lostLines, meetingTexts, type LostLine } from './nothing-lost.ts';
import type { PageKind } from './page/page-kind.ts';
import { parsePage, type PageItem, type PageMeeting } from './page/parse-page.ts';
import { isProcedural } from './recognise/procedural.ts';
import { sourceText, type Refusal, type SourceFormat } from './read/source-text.ts';
import {
  missedResolutions,
  statusCorrections,
  statusDecision,
  type FallbackDecision,
} from './recognise/resolutions.ts';
import { cleanLines } from './text/clean-lines.ts';
import { joinHardWraps } from './text/hard-wraps.ts';
import type { LeftOut } from './text/left-out.ts';
import { findVotes, type ImportedVote } from './recognise/votes.ts';

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
  /** Renders minutes; a run passes one that remembers, so its final check need not render them again. */
  render?: RenderItemMinutes;
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
  notes?: string[];
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
  /** What a person should check, in words for the clerk; empty when nothing is uncertain. */
  review: string[];
}

export interface ImportedPage {
  ok: true;
  kind: PageKind;
  format: SourceFormat;
  meetings: MeetingFields[];
  items: ImportedItem[];
  /** What was left out of the minutes, and why. */
  leftOut: LeftOut[];
  /** Lines of the source that are in none of the files: each an error. */
  lost: LostLine[];
}

export type ImportResult = ImportedPage | ({ ok: false } & Refusal);

/** Words only a record of what happened uses (an agenda says what will happen), in English and Welsh. */
const RECORDED =
  /\b(?:was|were|had|has been|have been|noted|agreed|resolved|decided|approved|reported|advised|explained|confirmed|welcomed|received|discussed|asked|requested|declared|presented|thanked|attended|none|nil|carried|lost|penderfynwyd|cytunwyd|nodwyd|cafwyd|derbyniwyd|\p{L}+(?:odd|wyd))\b/iu;

/** A verb in the past tense, but for the participles agendas use ("the attached report", "Members are asked to"). */
const PAST_TENSE =
  /\b(?!(?:attached|proposed|required|circulated|asked|invited|requested|published|scheduled|detailed|enclosed|appended|excluded|called|concerned|related|based|limited|entitled|involved|described|needed|expected|intended|planned|considered|submitted|used|associated|supported|affected|interested|allocated|delegated|amended|updated|included|listed|outlined)\b)\p{Ll}{3,}ed\b/u;

/** "# source: https://…" or "Source: https://…" as a text export's first line. */
const SOURCE_LINE = /^#?\s*source:\s*(https?:\/\/\S+)$/i;

/** The text an item with nothing recorded on the page is given. */
const NOTHING_RECORDED = 'The minutes record nothing for this item.';

/** The title of an item the page does not name. */
const UNTITLED = 'Untitled item';

/**
 * Imports one file's bytes.
 * Example: (await importPage(readFileSync('002.txt'), { bodies, localities, body: 'lincolnshire-hwb', date: '2019-03-01' })).items[0].decisions === 1.
 */
export async function importPage(bytes: Uint8Array, options: ImportOptions): Promise<ImportResult> {
  const source = await sourceText(bytes);
  if ('problem' in source) return { ok: false, ...source };
  const { lines: cleaned, leftOut } = cleanLines(source.text);
  // "# source: https://…" first: the address a text export was saved from.
  const addressAt = cleaned.findIndex((l) => l.text.trim() !== '');
  const address = SOURCE_LINE.exec(cleaned[addressAt]?.text.trim() ?? '')?.[1];
  if (address) leftOut.push({ at: cleaned[addressAt].at, text: cleaned[addressAt].text, reason: 'address' });
  const lines = address ? cleaned.filter((_, i) => i !== addressAt) : cleaned;
  // Only a full web address is a source the site can link to: a saved page's may be relative.
  const url = [source.url, address].find((u) => u !== undefined && /^https?:\/\/[^\s/]+/i.test(u));
  if (!lines.some((l) => /\p{L}{2}/u.test(l.text))) return { ok: false, ...noText(source.format) };
  const page = parsePage(lines, source.format === 'PDF' || source.format === 'Word' ? source.format : undefined);
  // Refused only when no line of the page reads as a record: minutes the page's layout hid are never lost.
  const records = lines.some((l) => RECORDED.test(l.text) || PAST_TENSE.test(l.text));
  if (!records && !page.items.some((item) => item.labelled)) return { ok: false, ...agendaOnly() };

  const meetings: MeetingFields[] = [];
  for (const pageMeeting of page.meetings) {
    const meeting = meetingOf(pageMeeting, url, page.kind, options);
    if ('problem' in meeting) return { ok: false, ...meeting };
    meetings.push(meeting);
  }
  // An item's own page is its source; a meeting page is the meeting's.
  const itemSource = options.item?.source ?? (meetings[0].source === undefined ? url : undefined);
  const items = page.items.map((item) => {
    const meeting = meetings[item.meeting];
    return importItem(item, {
      ...options,
      meetingFolder: `${meeting.date}-${meeting.body}`,
      date: meeting.date,
      source: itemSource,
      links: source.links,
    });
  });
  const allLeftOut = [...leftOut, ...page.leftOut];
  const lost = lostLines(source.text, allLeftOut, [
    ...meetings.flatMap(meetingTexts),
    ...items.flatMap((item) =>
      itemTexts({ ...item.frontmatter, number: item.number, title: item.title }, item.markdown),
    ),
  ]);
  return { ok: true, kind: page.kind, format: source.format, meetings, items, leftOut: allLeftOut, lost };
}

function noText(format: SourceFormat): Refusal {
  return format === 'PDF'
    ? {
        problem: 'The PDF has no text in it, only images of the pages (a scan).',
        advice: 'ask for the original document, or run the PDF through OCR software and import the result.',
      }
    : {
        problem: 'The file has no text in it: nothing was recorded in it to import.',
        advice: 'check it is the right file; save the minutes page again (as text, HTML, PDF or Word) and import that.',
      };
}

function agendaOnly(): Refusal {
  return {
    problem: 'The page records no minutes: it is an agenda (or a list of meetings), with nothing recorded yet.',
    advice: 'import it again once the minutes are published, or import the minutes document itself.',
  };
}

/** The meeting's fields from the page, the options, and what is known from elsewhere. */
function meetingOf(
  page: PageMeeting,
  url: string | undefined,
  kind: PageKind,
  options: ImportOptions,
): MeetingFields | Refusal {
  const date = page.date ?? options.date;
  if (!date)
    return {
      problem: "The page does not show the meeting's date.",
      advice:
        'give it with --date YYYY-MM-DD (e.g. --date 2019-03-06); if it is an estimate, say so in meeting.yaml (dateApproximate: true, dateNote).',
    };
  if (!isRealDate(date))
    return {
      problem: `The date ${date} is not a real calendar date.`,
      advice: 'give the meeting date as YYYY-MM-DD with --date.',
    };
  const body = bodyOf(page.committee, url, options);
  if ('problem' in body) return body;
  const wholeMeeting = kind === 'meeting' || kind === 'committee system page' || kind === 'printed minutes';
  return {
    body: body.id,
    date,
    time: page.time,
    venue: page.venue,
    status: page.draft ? 'draft' : 'approved',
    attendees: page.attendees,
    apologies: page.apologies,
    notes: page.notes,
    source: wholeMeeting ? url : undefined,
    ...options.meeting,
  };
}

function bodyOf(
  committee: string | undefined,
  url: string | undefined,
  options: ImportOptions,
): { id: string } | Refusal {
  const ids = options.bodies.map((b) => b.id);
  const given = options.body;
  if (given !== undefined && !ids.includes(given)) {
    const guess = closest(given, ids);
    return {
      problem: `There is no body with the id "${given}" (given with --body).`,
      advice: `${guess ? `did you mean "${guess}"? ` : ''}The ids are the file names in content/bodies/ without .yaml; add the body there first if it is new.`,
    };
  }
  if (committee) {
    const match = matchBody(committee, url, options.bodies);
    // The body given with --body is the clerk's word: only a sure match of the page's committee overrides it.
    if (match.id && (match.certain || !given)) return { id: match.id };
    if (given) return { id: given };
    return match.candidates.length > 1
      ? {
          problem: `The page names the committee "${committee}", which could be any of: ${match.candidates.join(', ')}.`,
          advice: 'say which with --body <id>.',
        }
      : {
          problem: `The page names the committee "${committee}", but no body in content/bodies/ has that name.`,
          advice: 'add the body to content/bodies/ (its "name" as on the page), or give its id with --body <id>.',
        };
  }
  if (given) return { id: given };
  return {
    problem: 'The page does not name the committee that met.',
    advice: `give the body with --body <id> (one of: ${ids.join(', ')}).`,
  };
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
  // The line may have lost the link's file size ("PDF 412 KB"), so either may start the other.
  return links.find(
    (link) =>
      /^https?:/i.test(link.href) &&
      fold(link.text) !== '' &&
      (wanted.startsWith(fold(link.text)) || fold(link.text).startsWith(wanted)),
  );
}

function importItem(item: PageItem, context: ItemContext): ImportedItem {
  const linked = item.documents.map(({ text }) => ({ line: text, link: documentLink(text, context.links) }));
  const unlinked = linked.filter((d) => !d.link).map((d) => d.line);
  // Documents without a web address stay in the minutes as text, never dropped.
  const documentsText = unlinked.length
    ? `\n\nSupporting documents:\n\n${unlinked.map((l) => `- ${escapeMarkdown(l)}`).join('\n\n')}`
    : '';
  const minutesLines = joinHardWraps(item.minutes.map((l) => l.text));
  const minutesText = minutesLines.length ? minutesToMarkdown(minutesLines).trimEnd() : NOTHING_RECORDED;
  const markdown = `${minutesText}${documentsText}\n`;
  const render = context.render ?? renderMinutes;
  const found = render(markdown);
  const missed = missedResolutions(
    found.textBlocks,
    found.decisions.map((d) => d.text),
    item.decisionStatus,
  );
  const status = statusDecision(item.decisionStatus, [
    ...found.decisions.map((d) => d.text),
    ...missed.map((d) => d.text),
  ]);
  const fallbackDecisions = [
    ...statusCorrections(found.decisions, item.decisionStatus),
    ...missed,
    ...(status ? [status] : []),
  ];
  const rendered = fallbackDecisions.length
    ? render(
        markdown,
        fallbackDecisions.map((d) => ({ ...d, remove: false })),
      )
    : found;
  const description = item.description.length
    ? joinHardWraps(item.description.map((l) => l.text))
        .filter(Boolean)
        .map((l) => l.replace(/\s+/g, ' ').trim())
        .join('\n\n')
    : undefined;
  const title = item.title ?? UNTITLED;
  const localities = [
    ...new Set([
      ...matchLocalities([title, description ?? '', ...rendered.textBlocks].join('\n'), context.localities),
      ...(context.item?.localities ?? []),
    ]),
  ];
  const votes = findVotes(minutesLines);
  return {
    meetingFolder: context.meetingFolder,
    number: item.number,
    title,
    frontmatter: {
      title,
      minuteRef: item.minuteRef,
      description,
      localities,
      topics: context.item?.topics,
      procedural: isProcedural(title),
      source: context.source,
      supportingDocuments: linked.filter((d) => d.link).map((d) => ({ title: d.line, url: d.link!.href })),
      decisions: fallbackDecisions,
      votes,
      review: item.review.length ? item.review.join(' ') : undefined,
    },
    markdown,
    decisions: rendered.decisions.length,
    fallbackDecisions,
    actions: findActions(rendered.textBlocks, context.date),
    votes,
    review: item.review,
  };
}
