/**
 * What the search index holds: one record per agenda item, meeting, measure, board and place, with the
 * filters, sort keys and metadata the search page shows; each decision is a section of
 * its item's record, found on its own as a sub-result that lands on its place in the
 * item page. Built from the checked corpus, not by re-reading pages, so nothing depends
 * on page chrome.
 */
import type { ItemEntry } from '../corpus/model.ts';
import { meetingDateText, yearOf } from '../text/dates.ts';
import { decisionHeadline } from '../minutes/decisions.ts';
import { paths, withBase } from '../pages/paths.ts';
import { capitalised } from '../text/names.ts';
import type { Figures } from '../kpi/figures.ts';
import type { SearchPart } from './parts.ts';
import type { SiteIndex } from '../pages/site-index.ts';
import { voteText } from '../pages/votes.ts';
import { glossaryOf } from '../minutes/glossary-terms.ts';
import { glossaryWords } from './glossary-words.ts';

/** A page to index: its text, then sections Pagefind returns as sub-results, each landing on `#id`. */
export interface SearchRecord {
  url: string;
  /** A board's or place's name: indexed as a heading, which Pagefind weights above text, and kept as the result's `name`, so a search for it exactly lists its page first (leading.ts). */
  name?: string;
  content: string;
  sections: SearchSection[];
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** An item's decision as the search page lists it under the item, from the `decisions` metadata (JSON). */
export interface SearchDecision {
  id: string;
  heading: string;
  headline: string;
}

export interface SearchSection {
  type: (typeof RECORD_TYPES)[number];
  id: string;
  text: string;
}

export const RECORD_TYPES = ['item', 'decision', 'meeting', 'indicator', 'board', 'place'] as const;

/**
 * Every record to index, or those of one part of the index, given the items' plain text.
 * URLs are from the site's root ("/meetings/…"): the search page tells Pagefind the base
 * path, so one index serves whatever path the site is hosted at.
 * Example: searchRecords(index, textOf, figures).flatMap((r) => r.sections).length === index.decisions.length.
 */
export function searchRecords(
  index: SiteIndex,
  textOf: (itemId: string) => string,
  figures: Figures,
  part?: SearchPart,
): SearchRecord[] {
  const url = (path: string) => withBase('/', path);
  const places = (ids: readonly string[]) => [...new Set(ids.flatMap((id) => index.localities.withAncestors(id)))];
  const records: SearchRecord[] = [];
  const glossary = glossaryOf(index.glossary);

  for (const meeting of inPart(index, part)) {
    const body = index.bodies.get(meeting.body)!;
    const items = index.itemsOf(meeting);
    const common = {
      body: [body.id],
      year: [String(yearOf(meeting.date))],
    };
    const metaBase = {
      date: meetingDateText(meeting),
      // A search sorted by date puts a part's changes (part-changes.ts) among its results by it.
      sort_date: meeting.date,
      body: body.name,
      meeting: `${body.name}, ${meetingDateText(meeting)}`,
    };
    records.push({
      url: url(paths.meeting(meeting.id)),
      content: [
        `Meeting of the ${body.name}`,
        meeting.venue ?? '',
        ...items.map((i) => `${i.number}. ${i.title}`),
        ...glossaryWords(glossary, [], [body.name, ...items.map((i) => i.title)]),
      ].join('\n'),
      sections: [],
      meta: {
        ...metaBase,
        title: `Meeting: ${body.name}, ${meetingDateText(meeting)}`,
        localities: body.localities.map((id) => index.localities.get(id)!.name).join(', '),
      },
      filters: {
        ...common,
        type: ['meeting'],
        locality: places(body.localities),
        topic: [...new Set(items.flatMap((i) => i.topics))],
      },
      sort: { date: meeting.date },
    });
    for (const item of items) {
      const decisions = item.decisionList;
      // An item with decisions is also of type "decision", so that filter lists the items whose decisions it shows.
      records.push({
        url: url(paths.item(item)),
        // Votes in words, so "recorded vote" or a councillor's name finds the item; its
        // glossary terms, and its board's (named on its page), by every way they are written.
        content: [
          item.title,
          item.description ?? '',
          ...item.votes.map(voteText),
          withoutDecisions(textOf(item.id), decisions),
          ...glossaryWords(glossary, item.terms, [item.title, item.description ?? '', body.name]),
        ].join('\n'),
        sections: decisions.map((d) => ({ type: 'decision', id: d.anchor, text: d.text })),
        meta: {
          ...metaBase,
          title: item.title,
          localities: item.localities.map((id) => index.localities.get(id)!.name).join(', '),
          // How results name each decision, and quote it for a search by filters alone (no words to match).
          ...(decisions.length > 0 && {
            decisions: JSON.stringify(
              decisions.map((d): SearchDecision => ({
                id: d.anchor,
                heading: `Decision (${d.outcome})`,
                headline: decisionHeadline(d.text),
              })),
            ),
          }),
        },
        filters: {
          ...common,
          type: decisions.length > 0 ? ['item', 'decision'] : ['item'],
          locality: places(item.localities),
          topic: item.topics,
          procedural: [item.procedural ? 'yes' : 'no'],
          ...(decisions.length > 0 && { outcome: [...new Set(decisions.map((d) => d.outcome))] }),
        },
        sort: { date: meeting.date },
      });
    }
  }
  const siteWide = holdsSiteWide(part);
  for (const measure of siteWide ? figures.measures : []) {
    const withFigures = figures.localitiesWith(measure);
    const indicator = measure.editions[0];
    records.push({
      url: url(paths.indicator(measure.id)),
      content: [
        measure.title,
        indicator.description,
        indicator.unit,
        indicator.source.publisher,
        ...indicator.notes,
        ...withFigures.map((id) => index.localities.get(id)?.name ?? id),
        ...glossaryWords(glossary, [], [measure.title, indicator.description, indicator.source.publisher]),
      ].join('\n'),
      sections: [],
      meta: {
        title: `Figures: ${measure.title}`,
        body: indicator.source.publisher,
        localities: `${withFigures.length} places`,
      },
      filters: { type: ['indicator'], locality: places(withFigures) },
      sort: { date: '0000-00-00' },
    });
  }
  for (const body of siteWide ? index.bodies.values() : []) {
    const covered = body.localities.map((id) => index.localities.get(id)!.name);
    records.push({
      url: url(paths.body(body.id)),
      name: body.name,
      content: [body.shortName ?? '', body.organisation, body.description ?? '', ...covered].join('\n'),
      sections: [],
      meta: { title: `Board: ${body.name}`, body: body.organisation, localities: covered.join(', ') },
      filters: { type: ['board'], body: [body.id], locality: places(body.localities) },
      sort: { date: '0000-00-00' },
    });
  }
  for (const locality of siteWide ? index.localities.all() : []) {
    const within = index.localities.ancestors(locality.id).at(-1);
    // Its kind ("Borough"), unless that says only "Place" again.
    const kind = locality.kind === 'place' ? '' : capitalised(locality.kind);
    records.push({
      url: url(paths.locality(locality.id)),
      name: locality.name,
      content: [kind, ...(locality.places ?? []), locality.ons ?? ''].join('\n'),
      sections: [],
      meta: {
        title: `Place: ${locality.name}`,
        body: kind,
        localities: within ? `in ${within.name}` : '',
      },
      filters: { type: ['place'], locality: places([locality.id]) },
      sort: { date: '0000-00-00' },
    });
  }
  return records;
}

/**
 * The minutes with each decision's words taken out, as they are indexed in the decision's
 * own section: Pagefind places a phrase at its first match, so words indexed twice would
 * land searchers on the minutes rather than on the decision. A decision whose words are
 * not in the minutes as they stand (reworded in the frontmatter) leaves them as they are.
 * Example: withoutDecisions('Discussed.\nRESOLVED that it be noted.', [{ text: 'RESOLVED that it be noted.' }]) === 'Discussed.\n'.
 */
export function withoutDecisions(text: string, decisions: readonly { text: string }[]): string {
  return decisions.reduce((rest, decision) => rest.replace(decision.text, ''), text);
}

/** How many records of each type a site, or one part of its index, must have, to reconcile the index against. */
export function expectedRecordCounts(
  index: SiteIndex,
  figures: Figures,
  part?: SearchPart,
): Record<(typeof RECORD_TYPES)[number], number> {
  const meetings = inPart(index, part);
  const siteWide = holdsSiteWide(part);
  return {
    indicator: siteWide ? figures.measures.length : 0,
    board: siteWide ? index.bodies.size : 0,
    place: siteWide ? index.localities.all().length : 0,
    meeting: meetings.length,
    item: meetings.reduce((n, m) => n + m.items.length, 0),
    decision: meetings.reduce((n, m) => n + index.itemsOf(m).reduce((d, item) => d + item.decisionList.length, 0), 0),
  };
}

/** Whether a part (or the whole site) holds the records of no meeting: figures, boards and places go in the part that holds the figures (parts.ts). */
const holdsSiteWide = (part: SearchPart | undefined) => !part || part.indicators;

/** The meetings of one part of the index, or of the whole site. */
const inPart = (index: SiteIndex, part: SearchPart | undefined) =>
  part ? index.meetings.filter((m) => part.meetings.has(m.id)) : index.meetings;

/** Plain text of items, by id, for `searchRecords`. */
export const itemText = (items: readonly ItemEntry[]) => {
  // Each asked for when its record is made, so a rebuild holds no more than a part's at once.
  const byId = new Map(items.map((i) => [i.id, i.minutes]));
  return (id: string) => byId.get(id)?.text ?? '';
};
