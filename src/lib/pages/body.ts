/**
 * The boards and committees: the list of them, a body's page (its latest meetings and
 * decisions, and its years) and its pages of years, each listing that year's meetings,
 * so a body's page does not grow with every meeting.
 */
import type { WithId } from '../corpus/model.ts';
import type { Body, Locality } from '../content/schema.ts';
import { byName, capitalised } from '../text/names.ts';
import { periodPages, yearLinks, yearsOfEntries } from './busy-years.ts';
import { NEXT_MEETINGS } from './forthcoming.ts';
import { type Crumb, HOME_CRUMB, NEWEST_ITEMS, outcomeCounts } from './listings.ts';
import { paths } from './paths.ts';
import { siteRoute, type SiteData } from './routes.ts';
import type { SiteIndex } from './site-index.ts';

const BODIES_CRUMB: Crumb = { label: 'Boards and committees', href: paths.bodies() };

/** A body's meetings by year; never split into months, as no body meets 300 times a year. */
const meetingYears = (index: SiteIndex, body: WithId<Body>) =>
  yearsOfEntries(index.meetingsOf(body.id), (m) => m.date, Infinity);

/** The list of boards and committees, each with its number of meetings. */
export function bodiesView({ index }: SiteData) {
  return {
    crumbs: [HOME_CRUMB],
    bodies: [...index.bodies.values()]
      .sort(byName)
      .map((body) => ({ body, meetings: index.meetingsOf(body.id).length })),
  };
}

/** A body's page: /bodies/<id>/, its next meetings apart from its latest. */
export const bodyRoute = siteRoute(({ index }) =>
  [...index.bodies.values()].map((body) => {
    const meetings = index.pastMeetingsOf(body.id);
    const decisions = index.decisionsOfBody(body.id);
    const kind = capitalised(body.kind);
    return {
      params: { body: body.id },
      view: {
        body,
        kind: kind === 'Icb board' ? 'Integrated care board' : kind,
        localities: body.localities.map((id) => index.localities.get(id)!),
        next: index.forthcomingOf(body.id).slice(0, NEXT_MEETINGS).map(index.listedMeeting),
        totalMeetings: meetings.length,
        latest: meetings.slice(0, NEWEST_ITEMS).map(index.listedMeeting),
        years: yearLinks(meetingYears(index, body), (year) => paths.bodyYear(body.id, year)),
        totalDecisions: decisions.length,
        recentDecisions: decisions.slice(0, 10),
        outcomes: outcomeCounts(decisions),
        crumbs: [HOME_CRUMB, BODIES_CRUMB],
      },
    };
  }),
);

/** A body's meetings of one year: /bodies/<id>/<year>/. */
export const bodyYearRoute = siteRoute(({ index }) =>
  [...index.bodies.values()].flatMap((body) =>
    periodPages(meetingYears(index, body), (year) => paths.bodyYear(body.id, year), [
      HOME_CRUMB,
      BODIES_CRUMB,
      { label: body.name, href: paths.body(body.id) },
    ]).map(({ params, year, listed, years, crumbs }) => ({
      params: { body: body.id, year: params.year },
      view: { body, year, meetings: listed.map(index.listedMeeting), years, crumbs },
    })),
  ),
);

/** schema.org GovernmentOrganization for a body page. */
export function bodyStructuredData(
  body: WithId<Body>,
  localities: readonly Pick<Locality, 'name'>[],
  url: string | undefined,
) {
  return {
    '@type': 'GovernmentOrganization',
    name: body.name,
    ...(body.website ? { sameAs: body.website } : {}),
    parentOrganization: { '@type': 'GovernmentOrganization', name: body.organisation },
    areaServed: localities.map((l) => l.name),
    ...(url ? { url } : {}),
  };
}
