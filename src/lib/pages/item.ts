/**
 * An item's page: its minutes, with the charts they embed, its decisions, recorded votes
 * and follow-ups, the figures it discusses, and the other items on its topics.
 */
import type { MeetingEntry } from '../corpus/model.ts';
import type { ChartView } from '../kpi/figures.ts';
import { KPI_EMBED_TAG } from '../minutes/remark/kpi-embed.ts';
import { meetingDateText } from '../text/dates.ts';
import { capitalised } from '../text/names.ts';
import { actionView } from './follow-ups.ts';
import { agendaNotice } from './forthcoming.ts';
import { HOME_CRUMB, MEETINGS_CRUMB } from './listings.ts';
import { paths, voteAnchor } from './paths.ts';
import { relatedItems } from './related.ts';
import { meetingRoute, type SiteData } from './routes.ts';
import { voteLine, voteView } from './votes.ts';

/** A chart as a page shows it: the figures and the place's name. */
interface PlacedChart {
  view: ChartView;
  place: string;
}

const KPI_EMBED = new RegExp(
  `<${KPI_EMBED_TAG} data-indicator="([a-z0-9-]+)" data-locality="([a-z0-9-]+)"></${KPI_EMBED_TAG}>`,
);

/**
 * Everything the pages of a meeting's items show, an item a view, and nothing more. The
 * minutes come as parts of their HTML (slices of it, not copies) with the charts they
 * embed between them. The items share their meeting's record, body and crumbs.
 * Example: itemViews(site, meeting)[0].minutes[0] → { html: '<p>…' }.
 */
export function itemViews({ index, figures, minutesHtml, today }: SiteData, meeting: MeetingEntry) {
  const body = index.bodies.get(meeting.body)!;
  const crumbs = [
    HOME_CRUMB,
    MEETINGS_CRUMB,
    { label: `${body.name}, ${meetingDateText(meeting)}`, href: paths.meeting(meeting.id) },
  ];
  const placeName = (id: string) => index.localities.get(id)?.name ?? id;
  const placed = (measureId: string, place: string): PlacedChart | undefined => {
    const measure = figures.measure(measureId);
    const view = measure && figures.chart(measure, place);
    return view && { view, place: placeName(place) };
  };
  const siblings = index.itemsOf(meeting);
  const notice = agendaNotice(meeting, today);
  return siblings.map((item, at) => {
    const parts = minutesHtml(item.id).split(KPI_EMBED);
    const minutes: ({ html: string } | { chart: PlacedChart | undefined })[] = [];
    for (let i = 0; i < parts.length; i += 3) {
      minutes.push({ html: parts[i] });
      if (i + 2 < parts.length) minutes.push({ chart: placed(parts[i + 1], parts[i + 2]) });
    }
    // Charts of the indicators the item lists, for its own places that have figures.
    const discussed = item.indicators.flatMap((id) => {
      for (const place of [...item.localities, ...body.localities]) {
        const chart = placed(id, place);
        if (chart) return [chart];
      }
      return [];
    });
    return {
      item,
      meeting,
      body,
      notice,
      // An agenda item may have no text beyond its description: then nothing is headed "Agenda text".
      textHeading: !notice
        ? 'Minutes'
        : minutes.some((part) => !('html' in part) || part.html.trim())
          ? 'Agenda text'
          : undefined,
      crumbs,
      localities: item.localities.map((id) => index.localities.get(id)!),
      topics: item.topics.map((id) => index.topics.get(id)!),
      previous: siblings[at - 1],
      next: siblings[at + 1],
      minutes,
      discussed,
      answers: item.follows.map((id) => index.listedItem(index.item(id))),
      actions: index.actionsOf(item).map((action) => actionView(index, action)),
      related: relatedItems(index, item),
      handAdded: item.decisionList.filter((d) => d.addedByHand),
      votes: item.votes.map((vote, at) => ({
        ...voteView(vote),
        anchor: voteAnchor(at),
        // Named by its motion; one without, by its place when there are several.
        title: vote.motion ? capitalised(vote.motion) : item.votes.length > 1 ? `Vote ${at + 1}` : 'The vote',
        line: voteLine(vote),
      })),
    };
  });
}

/** /meetings/<id>/<item>/. */
export const itemRoute = meetingRoute((site, meeting) =>
  itemViews(site, meeting).map((view) => ({ params: { meeting: meeting.id, item: view.item.slug }, view })),
);
