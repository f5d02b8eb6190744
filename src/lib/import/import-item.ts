/** A page's item as the site will read it: its minutes as Markdown, and the decisions, follow-ups, votes and places found in them. */
import { findActions } from '../minutes/follow-ups.ts';
import { renderMinutes } from '../minutes/render.ts';
import type { ImportedItem, ImportOptions } from './imported.ts';
import { MINUTES_NOTES, type PageItem } from './page/parsed-page.ts';
import type { PageLink } from './read/html-to-text.ts';
import { matchLocalities } from './recognise/locality-match.ts';
import { isProcedural } from './recognise/procedural.ts';
import { missedResolutions, statusCorrections, statusDecision } from './recognise/resolutions.ts';
import { findVotes } from './recognise/votes.ts';
import { joinHardWraps } from './text/hard-wraps.ts';
import { escapeMarkdown } from './write/markdown-escape.ts';
import { minutesToMarkdown } from './write/minutes-markdown.ts';

/** What an item needs to know of its page and meeting. */
export interface ItemContext extends ImportOptions {
  meetingFolder: string;
  date: string;
  source?: string;
  links: readonly PageLink[];
  /** True for an item of a meeting still to be held: its text is the agenda's, recording nothing. */
  agenda?: boolean;
}

/** The text an item with nothing recorded on the page is given. */
const NOTHING_RECORDED = 'The minutes record nothing for this item.';

/** The title of an item the page does not name. */
const UNTITLED = 'Untitled item';

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

export function importItem(item: PageItem, context: ItemContext): ImportedItem {
  const linked = item.documents.map(({ text }) => ({ line: text, link: documentLink(text, context.links) }));
  const unlinked = linked.filter((d) => !d.link).map((d) => d.line);
  // Documents without a web address stay in the minutes as text, never dropped.
  const documentsText = unlinked.length
    ? `\n\nSupporting documents:\n\n${unlinked.map((l) => `- ${escapeMarkdown(l)}`).join('\n\n')}`
    : '';
  const { agenda = false } = context;
  const minutesLines = joinHardWraps(item.minutes.map((l) => l.text));
  // An agenda item may be only its title: its meeting has no minutes to say so.
  const minutesText = minutesLines.length ? minutesToMarkdown(minutesLines).trimEnd() : agenda ? '' : NOTHING_RECORDED;
  const markdown = `${minutesText}${documentsText}\n`.replace(/^\n+/, '');
  const render = context.render ?? renderMinutes;
  const found = render(markdown, [], { agenda });
  const missed = agenda
    ? []
    : missedResolutions(
        found.textBlocks,
        found.decisions.map((d) => d.text),
        item.decisionStatus,
      );
  const status = statusDecision(item.decisionStatus, [
    ...found.decisions.map((d) => d.text),
    ...missed.map((d) => d.text),
  ]);
  const fallbackDecisions = agenda
    ? []
    : [...statusCorrections(found.decisions, item.decisionStatus), ...missed, ...(status ? [status] : [])];
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
  const votes = agenda ? [] : findVotes(minutesLines);
  // What the page lacks in minutes is no question for an agenda, which has none.
  const review = agenda ? item.review.filter((note) => !MINUTES_NOTES.includes(note)) : item.review;
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
      indicators: context.item?.indicators,
      procedural: isProcedural(title),
      source: context.source,
      supportingDocuments: linked.filter((d) => d.link).map((d) => ({ title: d.line, url: d.link!.href })),
      decisions: fallbackDecisions,
      votes,
      review: review.length ? review.join(' ') : undefined,
    },
    markdown,
    agenda,
    decisions: rendered.decisions.length,
    fallbackDecisions,
    actions: agenda ? [] : findActions(rendered.textBlocks, context.date),
    votes,
    review,
  };
}
