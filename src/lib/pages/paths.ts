/**
 * Every page's path, relative to the site's base: one place, so links and pages agree.
 * Paths end in "/" (pages are folders with an index.html) and never start with one.
 */
import { twoDigits } from '../text/dates.ts';

/** The fragment id of an item's recorded vote, by its place among the item's votes: "vote-1". */
export const voteAnchor = (at: number) => `vote-${at + 1}`;

/** The id of a place's chart of a measure, which its heading's and table's ids begin with: "chart-smoking-bromley". */
export const chartId = (measure: string, locality: string) => `chart-${measure}-${locality}`;

export const paths = {
  home: () => '',
  meetings: () => 'meetings/',
  meeting: (id: string) => `meetings/${id}/`,
  /** Example: paths.item({ meeting: '2017-12-13-sel-jhosc', slug: '01-community-care' }) === 'meetings/2017-12-13-sel-jhosc/01-community-care/'. */
  item: (item: { meeting: string; slug: string }) => `meetings/${item.meeting}/${item.slug}/`,
  decision: (decision: { item: { meeting: string; slug: string }; anchor: string }) =>
    `${paths.item(decision.item)}#${decision.anchor}`,
  /** A recorded vote on its item's page. Example: paths.vote({ item, at: 0 }) === 'meetings/…/01-x/#vote-1'. */
  vote: (vote: { item: { meeting: string; slug: string }; at: number }) =>
    `${paths.item(vote.item)}#${voteAnchor(vote.at)}`,
  decisions: () => 'decisions/',
  decisionsOfBody: (id: string) => `decisions/body/${id}/`,
  /** A body's decisions of one year. Example: paths.decisionsOfBodyYear('bromley-hwb', 2023) === 'decisions/body/bromley-hwb/2023/'. */
  decisionsOfBodyYear: (id: string, year: number) => `decisions/body/${id}/${year}/`,
  decisionsOfYear: (year: number) => `decisions/year/${year}/`,
  actions: () => 'actions/',
  /** The follow-ups asked for in one year. Example: paths.actionsOfYear(2019) === 'actions/2019/'. */
  actionsOfYear: (year: number) => `actions/${year}/`,
  /** The follow-ups of one status. Example: paths.actionsOfStatus('overdue') === 'actions/overdue/'. */
  actionsOfStatus: (status: string) => `actions/${status}/`,
  /** The follow-ups a body asked for. Example: paths.actionsOfBody('bromley-hwb') === 'actions/body/bromley-hwb/'. */
  actionsOfBody: (id: string) => `actions/body/${id}/`,
  /** The follow-ups about a place and the places in it. Example: paths.actionsOfPlace('rutland') === 'actions/place/rutland/'. */
  actionsOfPlace: (id: string) => `actions/place/${id}/`,
  /** The follow-ups on a topic. Example: paths.actionsOfTopic('social-prescribing') === 'actions/topic/social-prescribing/'. */
  actionsOfTopic: (id: string) => `actions/topic/${id}/`,
  action: (action: { item: { meeting: string; slug: string }; anchor: string }) =>
    `${paths.item(action.item)}#${action.anchor}`,
  bodies: () => 'bodies/',
  body: (id: string) => `bodies/${id}/`,
  /** A body's meetings of one year. Example: paths.bodyYear('bromley-hwb', 2023) === 'bodies/bromley-hwb/2023/'. */
  bodyYear: (id: string, year: number) => `bodies/${id}/${year}/`,
  localities: () => 'localities/',
  locality: (id: string) => `localities/${id}/`,
  /** A locality's items of one year. Example: paths.localityYear('bromley', 2023) === 'localities/bromley/2023/'. */
  localityYear: (id: string, year: number) => `localities/${id}/${year}/`,
  /** The A to Z of the places people name and the postcode districts, each with its locality. */
  places: () => 'places/',
  /** What "Find your area" looks places and postcodes up in, loaded by src/scripts/place-finder.ts. */
  placeFinderData: () => 'places/finder.json',
  topics: () => 'topics/',
  topic: (id: string) => `topics/${id}/`,
  topicYear: (id: string, year: number) => `topics/${id}/${year}/`,
  /** A month of a busy year's page. Example: paths.month(paths.localityYear('england', 2025), 3) === 'localities/england/2025/03/'. */
  month: (yearPath: string, month: number) => `${yearPath}${monthFolder(month)}/`,
  indicators: () => 'indicators/',
  indicator: (id: string) => `indicators/${id}/`,
  /** A place's chart on its measure's page. Example: paths.kpiChart('smoking', 'bromley') === 'indicators/smoking/#chart-smoking-bromley-title'. */
  kpiChart: (measure: string, locality: string) => `indicators/${measure}/#${chartId(measure, locality)}-title`,
  /** The figures behind one chart. */
  kpiCsv: (measure: string, locality: string) => `indicators/${measure}/${locality}.csv`,
  data: () => 'data/',
  search: () => 'search/',
  about: () => 'about/',
  /** How the figures are compared and judged. */
  aboutFigures: () => 'about/figures/',
  accessibility: () => 'accessibility/',
  glossary: () => 'glossary/',
  /** A term's entry in the glossary. Example: paths.glossaryTerm('jhosc') === 'glossary/#jhosc'. */
  glossaryTerm: (anchor: string) => `glossary/#${anchor}`,
};

/** A month's folder under its year's page. Example: monthFolder(3) === '03'. */
export function monthFolder(month: number): string {
  return twoDigits(month);
}

/**
 * A site path under the base path the site is hosted at.
 * Example: withBase('/democracy/health/', 'meetings/') === '/democracy/health/meetings/'.
 */
export function withBase(base: string, path: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}${path}`;
}
