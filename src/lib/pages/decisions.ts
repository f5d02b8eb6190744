/**
 * The decisions register: its own page, with counts by outcome, body and year, and its
 * pages of groups: a year's decisions, a body's (its latest, with its years), a body's
 * in one year, or either's in one month of a busy year (whose own page lists its months).
 * A page's key changes only with what it lists and the other periods' counts, so a changed
 * decision renders again only its own year's (or month's) page and its body's.
 */
import type { WithId } from '../corpus/model.ts';
import type { Body } from '../content/schema.ts';
import { byName } from '../text/names.ts';
import { type PeriodLink, periodName, periodPages, yearLinks, yearsOfEntries } from './busy-years.ts';
import { type Crumb, HOME_CRUMB, outcomeCounts } from './listings.ts';
import { paths } from './paths.ts';
import { siteRoute, type SiteData } from './routes.ts';
import type { DecisionRecord } from './site-index.ts';

/** How many of its latest decisions the register's page, and a body's, list; their year pages list them all. */
const LATEST_DECISIONS = 50;

const DECISIONS_CRUMB: Crumb = { label: 'Decisions', href: paths.decisions() };
const decisionDate = (d: DecisionRecord) => d.meeting.date;

/** The register's own page: its latest decisions, and its groupings by outcome, body and year, with counts. */
export function decisionsView({ index, yearPageLimit }: SiteData) {
  return {
    crumbs: [HOME_CRUMB],
    total: index.decisions.length,
    outcomes: outcomeCounts(index.decisions),
    latest: index.decisions.slice(0, LATEST_DECISIONS),
    // The year pages' own grouping, so the register counts exactly what they list.
    years: yearsOfEntries(index.decisions, decisionDate, yearPageLimit).map(({ year, items }) => ({
      year,
      count: items.length,
    })),
    bodies: [...index.bodies.values()]
      .sort(byName)
      .map((body) => ({ body, count: index.decisionsOfBody(body.id).length }))
      .filter((b) => b.count > 0),
  };
}

/** A page of a group of decisions. */
export interface DecisionGroup {
  title: string;
  body?: WithId<Body>;
  year?: number;
  month?: number;
  /** How many decisions the group has. */
  total: number;
  /** Those the page lists: none on a busy year's own page, the latest on a body's. */
  decisions: DecisionRecord[];
  outcomes: { outcome: string; count: number }[];
  years: PeriodLink[];
  /** A busy year's months. */
  months?: PeriodLink[];
  crumbs: Crumb[];
}

const titleOf = (body: WithId<Body> | undefined, year?: number, month?: number) =>
  `Decisions${body ? ` of the ${body.name}` : ''}${year === undefined ? '' : ` in ${periodName(year, month)}`}`;

/** The pages of the register's (or a body's) years and busy years' months. */
function decisionPeriods({ index, yearPageLimit }: SiteData, body?: WithId<Body>) {
  const decisions = body ? index.decisionsOfBody(body.id) : index.decisions;
  const yearPath = (year: number) => (body ? paths.decisionsOfBodyYear(body.id, year) : paths.decisionsOfYear(year));
  const crumbs = body
    ? [HOME_CRUMB, DECISIONS_CRUMB, { label: body.name, href: paths.decisionsOfBody(body.id) }]
    : [HOME_CRUMB, DECISIONS_CRUMB];
  return periodPages(yearsOfEntries(decisions, decisionDate, yearPageLimit), yearPath, crumbs).map(
    ({ params, year, month, all, listed, months, years, crumbs }) => ({
      params,
      view: {
        title: titleOf(body, year, month),
        body,
        year,
        month,
        total: all.length,
        decisions: listed,
        outcomes: outcomeCounts(all),
        years,
        months,
        crumbs,
      } satisfies DecisionGroup,
    }),
  );
}

/**
 * A body's page of the register: its latest decisions, and its years. It is the same size
 * however long the body has met.
 * Example: bodyDecisions(site, body).title === 'Decisions of the Lincolnshire Health and Wellbeing Board'.
 */
export function bodyDecisions(
  { index, yearPageLimit }: SiteData,
  body: WithId<Body>,
  latest = LATEST_DECISIONS,
): DecisionGroup {
  const decisions = index.decisionsOfBody(body.id);
  return {
    title: titleOf(body),
    body,
    total: decisions.length,
    decisions: decisions.slice(0, latest),
    outcomes: outcomeCounts(decisions),
    years: yearLinks(yearsOfEntries(decisions, decisionDate, yearPageLimit), (year) =>
      paths.decisionsOfBodyYear(body.id, year),
    ),
    crumbs: [HOME_CRUMB, DECISIONS_CRUMB],
  };
}

/** /decisions/year/<year>/ and /decisions/year/<year>/<month>/. */
export const decisionYearsRoute = siteRoute((site) => decisionPeriods(site));

/** /decisions/body/<id>/. */
export const bodyDecisionsRoute = siteRoute((site) =>
  [...site.index.bodies.values()].map((body) => ({ params: { body: body.id }, view: bodyDecisions(site, body) })),
);

/** /decisions/body/<id>/<year>/ and /decisions/body/<id>/<year>/<month>/. */
export const bodyDecisionYearsRoute = siteRoute((site) =>
  [...site.index.bodies.values()].flatMap((body) =>
    decisionPeriods(site, body).map(({ params, view }) => ({ params: { body: body.id, ...params }, view })),
  ),
);
