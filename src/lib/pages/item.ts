/**
 * An item's page: its minutes, with the charts they embed, its decisions, recorded votes
 * and follow-ups, the figures it discusses, and the other items on its topics.
 */
import type { MeetingEntry } from '../corpus/model.ts';
import type { ChartView } from '../kpi/figures.ts';
import { meetingDateText } from '../text/dates.ts';
import { capitalised } from '../text/names.ts';
import { actionView } from './follow-ups.ts';
import { agendaNotice } from './forthcoming.ts';
import { minutesParts, showsAnything } from './minutes-view.ts';
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

/**
 * Everything the pages of a meeting's items show, an item a view, and nothing more. The
 * minutes come as their digest and the charts they embed; their HTML is read only for a
 * page rendered (itemRoute). The items share their meeting's record, body and crumbs.
 * Example: itemViews(site, meeting)[0].minutes.charts[0]?.place === 'Bromley'.
 */
export function itemViews({ index, figures, minutesOf, today }: SiteData, meeting: MeetingEntry) {
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
    const { minutes, kpiEmbeds } = minutesOf(item.id);
    const charts = kpiEmbeds.map((embed) => placed(embed.indicator, embed.locality));
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
      textHeading: !notice ? 'Minutes' : showsAnything(minutes, charts) ? 'Agenda text' : undefined,
      crumbs,
      localities: item.localities.map((id) => index.localities.get(id)!),
      topics: item.topics.map((id) => index.topics.get(id)!),
      previous: siblings[at - 1],
      next: siblings[at + 1],
      // The minutes' HTML is added for a page rendered (itemRoute); its key hashes their digest.
      minutes: { digest: minutes.digest, charts },
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

/** /meetings/<id>/<item>/: a page rendered shows the minutes in parts, with their charts. */
export const itemRoute = meetingRoute(
  (site, meeting) =>
    itemViews(site, meeting).map((view) => ({ params: { meeting: meeting.id, item: view.item.slug }, view })),
  (view, site) => ({
    ...view,
    minutes: minutesParts(site.minutesOf(view.item.id).minutes, view.minutes.charts),
  }),
);
