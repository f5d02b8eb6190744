/**
 * What each page shows, gathered once by one typed function per page type: the
 * .astro pages only render what these return.
 */
import type { MeetingEntry } from '../corpus/corpus.ts';
import type { Body } from '../content/schema.ts';
import { meetingDateText, yearOf } from '../text/dates.ts';
import { firstInOrder } from './first-in-order.ts';
import { byName, capitalised } from '../text/names.ts';
import {
  entriesOfPeriod,
  monthLinks,
  periodName,
  periodsOf,
  withMonths,
  yearLinks,
  yearPageLimit,
} from './busy-years.ts';
import { paths } from './paths.ts';
import { type ActionRecord, countNewer, type DecisionRecord, type ItemSummary, type SiteIndex } from './site-index.ts';
import type { ChartView, Figures } from '../kpi/figures.ts';
import { KPI_EMBED_TAG } from '../minutes/remark/kpi-embed.ts';

/** A breadcrumb: the page's place in the site. */
export interface Crumb {
  label: string;
  href: string;
}

const homeCrumb = (): Crumb => ({ label: 'Home', href: paths.home() });
const meetingsCrumb = (): Crumb => ({ label: 'Meetings', href: paths.meetings() });

/** A meeting's title as lists show it: the body's name. */
export function meetingTitle(index: SiteIndex, meeting: MeetingEntry): string {
  return index.bodies.get(meeting.body)!.name;
}

/** Groups newest-first meetings by year, keeping their order. */
export function byYear<T extends { date: string }>(list: readonly T[]): { year: number; entries: T[] }[] {
  const groups: { year: number; entries: T[] }[] = [];
  for (const entry of list) {
    const year = yearOf(entry.date);
    const last = groups.at(-1);
    if (last?.year === year) last.entries.push(entry);
    else groups.push({ year, entries: [entry] });
  }
  return groups;
}

/**
 * Newest-first records grouped by year, keeping their order, for pages of years.
 * Example: inYears(decisions, (d) => d.meeting.date)[0] → { year: 2025, items: […] }.
 */
function inYears<T>(list: readonly T[], dateOf: (entry: T) => string): { year: number; items: T[] }[] {
  return byYear(list.map((entry) => ({ date: dateOf(entry), entry }))).map(({ year, entries }) => ({
    year,
    items: entries.map((e) => e.entry),
  }));
}

/** Decisions counted by outcome, in the order outcomes are listed. Example: [{ outcome: 'noted', count: 3 }]. */
export function outcomeCounts(decisions: readonly DecisionRecord[]): { outcome: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const d of decisions) counts.set(d.outcome, (counts.get(d.outcome) ?? 0) + 1);
  return [...counts].map(([outcome, count]) => ({ outcome, count }));
}

export function homePageData(index: SiteIndex) {
  return {
    meetings: index.meetings.slice(0, 6),
    decisions: index.decisions.slice(0, 6),
    bodies: [...index.bodies.values()].sort(byName),
    localityRoots: index.localities.roots(),
    counts: {
      meetings: index.meetings.length,
      decisions: index.decisions.length,
      items: index.meetings.reduce((n, m) => n + m.items.length, 0),
    },
  };
}

/**
 * The meetings page: the latest meetings of every body, and each body with how many
 * meetings it has had and when; a body's pages of its years list them all. Listing
 * every meeting here made the page 2 MB at 100,000 items.
 */
export function meetingsPageData(index: SiteIndex) {
  const bodies = [...index.bodies.values()].sort(byName);
  return {
    crumbs: [homeCrumb()],
    total: index.meetings.length,
    latest: index.meetings.slice(0, NEWEST_ITEMS),
    bodies: bodies
      .map((body) => {
        const meetings = index.meetingsOf(body.id);
        return {
          body,
          count: meetings.length,
          years: meetings.length ? [yearOf(meetings.at(-1)!.date), yearOf(meetings[0].date)] : [],
        };
      })
      .filter((b) => b.count > 0),
  };
}

export function meetingPageData(index: SiteIndex, meetingId: string) {
  const meeting = index.meeting(meetingId);
  const body = index.bodies.get(meeting.body)!;
  const items = index.itemsOf(meeting);
  return {
    meeting,
    body,
    items,
    decisions: index.decisionsOf(items),
    localities: body.localities.map((id) => index.localities.get(id)!),
    crumbs: [homeCrumb(), meetingsCrumb()],
  };
}

/**
 * Everything a meeting's page shows (see itemPageView): the meeting, its items and
 * decisions, and where each of its places stood on every measure at the meeting's date.
 * Example: meetingPageView(index, figures, id).figuresAt[0].place.name → 'Bromley'.
 */
export function meetingPageView(index: SiteIndex, figures: Figures, meetingId: string) {
  const data = meetingPageData(index, meetingId);
  // The body's places; where one has no figures of its own (an ICS), the places within it.
  const places = data.localities.flatMap((l) =>
    figures.measuresIn(l.id).length > 0
      ? [l]
      : index.localities.children(l.id).filter((c) => figures.measuresIn(c.id).length > 0),
  );
  return {
    ...data,
    figuresAt: places.map((place) => ({
      place,
      standings: figures.measuresIn(place.id).flatMap((measure) => {
        const standing = figures.standing(measure, place.id, data.meeting.date);
        return standing ? [standing] : [];
      }),
    })),
  };
}

export function itemPageData(index: SiteIndex, itemId: string) {
  const item = index.item(itemId);
  const meeting = index.meeting(item.meeting);
  const siblings = index.itemsOf(meeting);
  const at = siblings.findIndex((s) => s.id === item.id);
  return {
    item,
    meeting,
    body: index.bodies.get(meeting.body)!,
    localities: item.localities.map((id) => index.localities.get(id)!),
    topics: item.topics.map((id) => index.topics.get(id)!),
    previous: siblings[at - 1],
    next: siblings[at + 1],
    related: relatedItems(index, item),
    actions: index.actionsOf(item),
    answers: item.follows.map((id) => index.item(id)),
    answeredBy: index.answeredBy(item),
    crumbs: [
      homeCrumb(),
      meetingsCrumb(),
      { label: `${meetingTitle(index, meeting)}, ${meetingDateText(meeting)}`, href: paths.meeting(meeting.id) },
    ],
  };
}

/** A chart as a page shows it: the figures and the place's name. */
export interface PlacedChart {
  view: ChartView;
  place: string;
}

const KPI_EMBED = new RegExp(
  `<${KPI_EMBED_TAG} data-indicator="([a-z0-9-]+)" data-locality="([a-z0-9-]+)"></${KPI_EMBED_TAG}>`,
);

/**
 * Everything an item's page shows, and nothing more: the page renders from this alone
 * (and the site's settings), so a hash of it tells whether the page would change.
 * The minutes come as HTML parts with the charts they embed between them.
 * Example: itemPageView(index, figures, id, html).minutes[0] → { html: '<p>…' }.
 */
export function itemPageView(index: SiteIndex, figures: Figures, itemId: string, html: string) {
  const data = itemPageData(index, itemId);
  const { item, body } = data;
  const placeName = (id: string) => index.localities.get(id)?.name ?? id;
  const placed = (measureId: string, place: string): PlacedChart | undefined => {
    const measure = figures.measure(measureId);
    const view = measure && figures.chart(measure, place);
    return view && { view, place: placeName(place) };
  };
  const parts = html.split(KPI_EMBED);
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
  const withMeeting = <T extends ItemSummary>(other: T) => ({ item: other, meeting: index.meeting(other.meeting) });
  return {
    ...data,
    minutes,
    discussed,
    answers: data.answers.map(withMeeting),
    actions: data.actions.map((action) => ({ ...action, answeredBy: action.answeredBy.map(withMeeting) })),
    related: data.related.map(({ item: other, shared }) => {
      const withIt = withMeeting(other);
      return { ...withIt, shared, bodyShortName: index.bodies.get(withIt.meeting.body)!.shortName };
    }),
    handAdded: item.decisionList.filter((d) => d.addedByHand),
  };
}

/** How many items either side of an item, in date order, are looked at on each of its topics. */
const NEARBY_ON_TOPIC = 50;

/** A meeting date's time, parsed once: an item's related items compare a few hundred others'. */
const times = new Map<string, number>();
function timeOf(date: string): number {
  let time = times.get(date);
  if (time === undefined) times.set(date, (time = Date.parse(date)));
  return time;
}

/**
 * Other items sharing the most topics with `item`, nearest in date among equals. Only the
 * items nearest in date on each topic are looked at, so the cost per page stays the same
 * however large the archive grows.
 * Example: relatedItems(index, neighbourhoodWorking)[0] shares "social prescribing".
 */
export function relatedItems(
  index: SiteIndex,
  item: ItemSummary,
  limit = 5,
): { item: ItemSummary; shared: string[] }[] {
  const date = index.dateOf(item);
  const day = timeOf(date);
  const shared = new Map<ItemSummary, { item: ItemSummary; shared: string[]; apart: number }>();
  for (const topic of item.topics) {
    const onTopic = index.itemsOnTopic(topic);
    const name = index.topics.get(topic)!.name;
    const at = countNewer(onTopic, date, index.dateOf);
    const end = Math.min(onTopic.length, at + NEARBY_ON_TOPIC);
    for (let i = Math.max(0, at - NEARBY_ON_TOPIC); i < end; i++) {
      const other = onTopic[i];
      if (other.id === item.id) continue;
      let entry = shared.get(other);
      if (!entry) {
        entry = { item: other, shared: [], apart: Math.abs(timeOf(index.dateOf(other)) - day) };
        shared.set(other, entry);
      }
      entry.shared.push(name);
    }
  }
  return firstInOrder(shared.values(), limit, (a, b) => b.shared.length - a.shared.length || a.apart - b.apart);
}

/**
 * A body's page: its latest meetings, and its years, each with a page of its meetings
 * (`bodyYearPages`), so the page does not grow with every meeting.
 */
export function bodyPageData(index: SiteIndex, bodyId: string) {
  const body = index.bodies.get(bodyId)!;
  const decisions = index.decisionsOfBody(bodyId);
  const meetings = index.meetingsOf(bodyId);
  return {
    body,
    localities: body.localities.map((id) => index.localities.get(id)!),
    totalMeetings: meetings.length,
    latest: meetings.slice(0, NEWEST_ITEMS),
    years: inYears(meetings, (m) => m.date),
    decisions,
    outcomes: outcomeCounts(decisions),
    crumbs: [homeCrumb(), { label: 'Boards and committees', href: paths.bodies() }],
  };
}

/**
 * The pages of a body's meetings, a year each: what each shows, and its `view` for the
 * cache key, in which the other years count only by their number of meetings.
 */
export function bodyYearPages(index: SiteIndex, bodyId: string) {
  const { body, years, crumbs: bodyCrumbs } = bodyPageData(index, bodyId);
  const crumbs = [...bodyCrumbs, { label: body.name, href: paths.body(body.id) }];
  const counts = years.map((y) => [y.year, y.items.length]);
  return years.map(({ year, items }) => ({
    year,
    data: { body, year, meetings: items, years, crumbs },
    view: { site: index.site, body, year, meetings: items, counts, crumbs },
  }));
}

/** How many of its newest items a locality's or topic's page lists; its year pages list them all. */
export const NEWEST_ITEMS = 20;

/**
 * A newest-first list of items as a locality's or topic's pages show it: the newest few
 * with their decisions on its own page, and every item on a page for its year, so that no
 * page grows with the archive.
 * Example: itemsInYears(index, index.itemsOnTopic('mental-health')).years[0] → { year: 2025, items: […] }.
 */
export function itemsInYears(index: SiteIndex, items: readonly ItemSummary[], limit = yearPageLimit()) {
  const newest = items.slice(0, NEWEST_ITEMS);
  return {
    total: items.length,
    newest,
    newestDecisions: index.decisionsOf(newest),
    years: withMonths(inYears(items, index.dateOf), index.dateOf, limit),
  };
}

/**
 * What a listing of items (and of their decisions) shows of each: the item, its meeting and
 * its body. A listing page's cache key hashes this; the minutes, which a listing does not
 * show, are not in it, so correcting them renders no listing again.
 */
export function listedItems(index: SiteIndex, items: readonly ItemSummary[]) {
  return items.map((item) => {
    const meeting = index.meeting(item.meeting);
    return { item, meeting, body: index.bodies.get(meeting.body) };
  });
}

/**
 * A locality's or topic's page data as the cache keys of its pages see it: its newest items
 * as listed, and its years as their counts (every item again would make England's key as
 * large as the archive; each year page adds its own items).
 * Example: listingKeyView(index, topicPageData(index, 'mental-health')).years → [[2025, 12], [2024, 9]].
 */
export function listingKeyView(
  index: SiteIndex,
  { newest, newestDecisions, years, ...about }: ReturnType<typeof itemsInYears> & Record<string, unknown>,
) {
  return { ...about, newest: listedItems(index, newest), years: years.map(({ year, items }) => [year, items.length]) };
}

/** A busy year's months as the cache keys of its pages see them: their numbers of entries. */
const monthCounts = (months: readonly { month: number; items: readonly unknown[] }[]) =>
  months.map(({ month, items }) => [month, items.length]);

/**
 * The year and month pages of a locality's or topic's data: each year's items (and months,
 * for a busy year), each busy year's months' items, and the view each page's cache key
 * hashes: what the place or topic is, and the items the page lists (a busy year's own page
 * lists its months' counts instead, and says how many decisions the year holds, so that
 * number is in its key too).
 * Example: periodPages(index, topicPageData(index, 'mental-health'))[0] → { year: 2025, month: undefined, all: […], listed: […], months: undefined, view: {…} }.
 */
export function periodPages(index: SiteIndex, data: ReturnType<typeof itemsInYears> & Record<string, unknown>) {
  const about = listingKeyView(index, data);
  return periodsOf(data.years).map(({ year, month, months }) => {
    const { all, listed } = entriesOfPeriod(data.years, year, month);
    const decisionCount = months && month === undefined ? index.decisionsOf(all).length : undefined;
    return {
      year,
      month,
      all,
      listed,
      months,
      decisionCount,
      view: {
        about,
        year,
        month,
        months: months && monthCounts(months),
        decisionCount,
        listed: listedItems(index, listed),
      },
    };
  });
}

/**
 * A place's own performance figures as its page shows them: each measure with its latest
 * standing and its chart.
 * Example: placeFigures(figures, 'bromley')[0] → { measure, standing, chart }.
 */
export function placeFigures(figures: Figures, localityId: string) {
  return figures.measuresIn(localityId).map((measure) => ({
    measure,
    standing: figures.standing(measure, localityId)!,
    chart: figures.chart(measure, localityId)!,
  }));
}

export function localityPageData(index: SiteIndex, localityId: string) {
  const locality = index.localities.get(localityId)!;
  const covering = new Set([
    localityId,
    ...index.localities.withAncestors(localityId),
    ...index.localities.descendants(localityId).map((l) => l.id),
  ]);
  return {
    locality,
    /** Its kind as a caption: "Nation", "Region"… */
    kind: capitalised(locality.kind),
    parent: locality.parent ? index.localities.get(locality.parent) : undefined,
    children: index.localities.children(localityId),
    ...itemsInYears(index, index.itemsWithin(localityId)),
    bodies: [...index.bodies.values()].filter((b) => b.localities.some((l) => covering.has(l))),
    crumbs: [
      homeCrumb(),
      { label: 'Localities', href: paths.localities() },
      ...index.localities.ancestors(localityId).map((l) => ({ label: l.name, href: paths.locality(l.id) })),
    ],
  };
}

export function topicPageData(index: SiteIndex, topicId: string) {
  return {
    topic: index.topics.get(topicId)!,
    ...itemsInYears(index, index.itemsOnTopic(topicId)),
    crumbs: [homeCrumb(), { label: 'Topics', href: paths.topics() }],
  };
}

/**
 * Everything a performance figure's page shows: the measure, and each place with figures,
 * by name, with its latest standing and its chart (hashed for the page's cache key).
 * Example: indicatorPageView(index, figures, id).places[0] → { id: 'bromley', name: 'Bromley', standing, chart }.
 */
export function indicatorPageView(index: SiteIndex, figures: Figures, measureId: string) {
  const measure = figures.measure(measureId)!;
  return {
    measure,
    places: figures.localitiesWith(measure).map((id) => ({
      id,
      name: index.localities.get(id)?.name ?? id,
      standing: figures.standing(measure, id),
      chart: figures.chart(measure, id),
    })),
  };
}

/** The decisions register's groupings: by outcome, body and year, with counts. */
export function decisionsRegisterData(index: SiteIndex) {
  return {
    crumbs: [homeCrumb()],
    total: index.decisions.length,
    outcomes: outcomeCounts(index.decisions),
    latest: index.decisions.slice(0, LATEST_DECISIONS),
    // The year pages' own grouping, so the register counts exactly what they list.
    years: decisionYears(index.decisions).map(({ year, items }) => ({ year, count: items.length })),
    bodies: [...index.bodies.values()]
      .sort(byName)
      .map((body) => ({ body, count: index.decisionsOfBody(body.id).length }))
      .filter((b) => b.count > 0),
  };
}

/**
 * Decisions by year (and a busy year's by month), worked out once for the register's or a
 * body's pages, which share them.
 */
const yearsOfDecisions = new WeakMap<
  readonly DecisionRecord[],
  { limit: number; years: ReturnType<typeof withMonths<DecisionRecord>> }
>();
export function decisionYears(decisions: readonly DecisionRecord[], limit = yearPageLimit()) {
  const known = yearsOfDecisions.get(decisions);
  if (known?.limit === limit) return known.years;
  const dateOf = (d: DecisionRecord) => d.meeting.date;
  const years = withMonths(inYears(decisions, dateOf), dateOf, limit);
  yearsOfDecisions.set(decisions, { limit, years });
  return years;
}

/** How many of its latest decisions a body's page of the register lists; its year pages list them all. */
export const LATEST_DECISIONS = 50;

/**
 * One page of the register: a year's decisions, a body's (its latest, with its years), a
 * body's in one year, or either's in one month of a busy year (whose own page lists its
 * months). A body's page is the same size however long the body has met.
 * The page's cache key is its `view`, in which the other years count only by their number
 * of decisions, so a changed decision renders again only its own year's (or month's) page and the body's.
 * Example: decisionsGroupData(index, { body: 'lincolnshire-hwb', year: 2019 }).data.title === 'Decisions of the Lincolnshire Health and Wellbeing Board in 2019'.
 */
export function decisionsGroupData(
  index: SiteIndex,
  group: { body?: string; year?: number; month?: number },
  latest = LATEST_DECISIONS,
  limit = yearPageLimit(),
) {
  const body = group.body === undefined ? undefined : index.bodies.get(group.body)!;
  const all = body ? index.decisionsOfBody(body.id) : index.decisions;
  const { year, month } = group;
  const years = decisionYears(all, limit);
  const period =
    year === undefined ? { all, listed: all.slice(0, latest), months: undefined } : entriesOfPeriod(years, year, month);
  const of = body ? ` of the ${body.name}` : '';
  const yearPathOf = (y: number) => (body ? paths.decisionsOfBodyYear(body.id, y) : paths.decisionsOfYear(y));
  const yearPath = year === undefined ? undefined : yearPathOf(year);
  const data = {
    title: `Decisions${of}${year === undefined ? '' : ` in ${periodName(year, month)}`}`,
    body,
    year,
    month,
    total: period.all.length,
    decisions: period.listed,
    outcomes: outcomeCounts(period.all),
    years: yearLinks(years, yearPathOf),
    months: period.months && yearPath !== undefined ? monthLinks(period.months, yearPath) : undefined,
    crumbs: [
      homeCrumb(),
      { label: 'Decisions', href: paths.decisions() },
      ...(body && year !== undefined ? [{ label: body.name, href: paths.decisionsOfBody(body.id) }] : []),
      ...(month !== undefined && yearPath ? [{ label: String(year), href: yearPath }] : []),
    ],
  };
  return { data, view: { site: index.site, ...data } };
}

const ACTION_STATUSES = ['overdue', 'open', 'answered'] as const;

/** Follow-ups grouped by status, in the site index's order (newest first within each), at most `limit` of each. */
function actionGroups(actions: readonly ActionRecord[], limit = Infinity) {
  return ACTION_STATUSES.map((status) => {
    const all = actions.filter((a) => a.status === status);
    return { status, total: all.length, actions: all.slice(0, limit) };
  });
}

/** Follow-ups by the year of the meeting that asked for them (and a busy year's by month), newest first. */
function actionsByYear(actions: readonly ActionRecord[], limit: number) {
  const newestFirst = [...actions].sort((a, b) => b.meeting.date.localeCompare(a.meeting.date));
  const dateOf = (action: ActionRecord) => action.meeting.date;
  return withMonths(inYears(newestFirst, dateOf), dateOf, limit);
}

/**
 * The follow-up tracker: how many are overdue, open and answered, the most recently asked
 * of each, and the years, whose pages list every one; so the page does not grow with the
 * archive (listing all 4,000 follow-ups of 10,000 synthetic items made it 4 MB).
 */
export function actionsPageData(index: SiteIndex, limit = yearPageLimit()) {
  return {
    crumbs: [homeCrumb()],
    groups: actionGroups(index.actions, NEWEST_ITEMS),
    years: actionsByYear(index.actions, limit),
  };
}

/**
 * The follow-ups asked for in one year, or one month of a busy year, by status, as they
 * stood on `asAt` (the build date): what /actions/<year>/ (or /actions/<year>/<month>/)
 * shows. A busy year's own page counts its follow-ups by status and lists its months.
 * `years` (every year's follow-ups, for the links to other years) is worked out once for
 * all the pages. The page's cache key is its `view`, in which the other years count only by
 * their number of follow-ups.
 * Example: actionsOfPeriod(index, years, '2026-12-02', 2019).data.groups[0] → { status: 'overdue', total: 1, actions: […] }.
 */
export function actionsOfPeriod(
  index: SiteIndex,
  years: ReturnType<typeof actionsByYear>,
  asAt: string,
  year: number,
  month?: number,
) {
  const period = entriesOfPeriod(years, year, month);
  const data = {
    year,
    month,
    asAt,
    // Counted by status even on a busy year's own page, which lists none of them but its months.
    groups: actionGroups(period.all, period.listed.length > 0 ? Infinity : 0),
    years,
    months: period.months && monthLinks(period.months, paths.actionsOfYear(year)),
    crumbs: [
      homeCrumb(),
      { label: 'Follow-ups', href: paths.actions() },
      ...(month !== undefined ? [{ label: String(year), href: paths.actionsOfYear(year) }] : []),
    ],
  };
  return { data, view: { site: index.site, ...data, years: years.map((y) => [y.year, y.items.length]) } };
}

/** schema.org Event for a meeting page. */
export function meetingStructuredData(
  body: Pick<Body, 'name' | 'organisation'>,
  meeting: MeetingEntry,
  url: string | undefined,
) {
  return {
    '@type': 'Event',
    name: `${body.name} meeting`,
    startDate: meeting.time && !meeting.dateApproximate ? `${meeting.date}T${meeting.time}` : meeting.date,
    ...(meeting.dateApproximate ? { description: `The date is an estimate (${meetingDateText(meeting)}).` } : {}),
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    ...(meeting.venue ? { location: { '@type': 'Place', name: meeting.venue } } : {}),
    organizer: { '@type': 'GovernmentOrganization', name: body.organisation },
    ...(url ? { url } : {}),
  };
}

/** schema.org GovernmentOrganization for a body page. */
export function bodyStructuredData(index: SiteIndex, bodyId: string, url: string | undefined) {
  const body = index.bodies.get(bodyId)!;
  return {
    '@type': 'GovernmentOrganization',
    name: body.name,
    ...(body.website ? { sameAs: body.website } : {}),
    parentOrganization: { '@type': 'GovernmentOrganization', name: body.organisation },
    areaServed: body.localities.map((id) => index.localities.get(id)!.name),
    ...(url ? { url } : {}),
  };
}
