/**
 * Localities and topics: the lists of them, each one's page (its newest items, its years
 * and, for a place, a summary at a glance and its performance figures by theme) and its
 * pages of years, each listing that year's (or a busy year's month's) decisions and items.
 */
import type { WithId } from '../corpus/model.ts';
import type { Locality, Topic } from '../content/schema.ts';
import { byName, capitalised } from '../text/names.ts';
import { type Crumb, HOME_CRUMB, itemsOfPeriods, type Listing, newestItems } from './listings.ts';
import { localitySummary } from './locality-summary.ts';
import { paths } from './paths.ts';
import { placeFinderView } from './places.ts';
import { siteRoute, type SiteData } from './routes.ts';
import type { SiteIndex } from './site-index.ts';

const LOCALITIES_CRUMB: Crumb = { label: 'Localities', href: paths.localities() };
const TOPICS_CRUMB: Crumb = { label: 'Topics', href: paths.topics() };

/** A locality in the tree of them, with how many items concern it or a place within it. */
export interface LocalityBranch {
  locality: WithId<Locality>;
  items: number;
  children: LocalityBranch[];
}

/** The localities page: "Find your area", and every locality as a tree, from the roots down. */
export function localitiesView({ index }: SiteData) {
  const branch = (locality: WithId<Locality>): LocalityBranch => ({
    locality,
    items: index.itemsWithin(locality.id).length,
    children: index.localities.children(locality.id).map(branch),
  });
  return { finder: placeFinderView(index), branches: index.localities.roots().map(branch) };
}

/** A locality's crumbs, up to the page of the place above it. */
const localityCrumbs = (index: SiteIndex, locality: WithId<Locality>): Crumb[] => [
  HOME_CRUMB,
  LOCALITIES_CRUMB,
  ...index.localities.ancestors(locality.id).map((l) => ({ label: l.name, href: paths.locality(l.id) })),
];

/** A locality's items: those about it or any place within it. */
const localityListing = (index: SiteIndex, locality: WithId<Locality>): Listing<{ locality: string }> => ({
  params: { locality: locality.id },
  items: index.itemsWithin(locality.id),
  yearPath: (year) => paths.localityYear(locality.id, year),
  about: {
    caption: capitalised(locality.kind),
    name: locality.name,
    crumbs: [...localityCrumbs(index, locality), { label: locality.name, href: paths.locality(locality.id) }],
    section: 'localities',
    feed: `feeds/localities/${locality.id}`,
  },
});

/** /localities/<id>/: the place, the places around it, its boards, a summary, its newest items and years, and its figures. */
export const localityRoute = siteRoute(({ index, figures, yearPageLimit, today }) =>
  index.localities.all().map((locality) => {
    const { id } = locality;
    const covering = new Set([
      id,
      ...index.localities.withAncestors(id),
      ...index.localities.descendants(id).map((l) => l.id),
    ]);
    const { newestDecisions, ...newest } = newestItems(index, localityListing(index, locality), yearPageLimit);
    const bodies = [...index.bodies.values()].filter((b) => b.localities.some((l) => covering.has(l)));
    return {
      params: { locality: id },
      view: {
        locality,
        /** Its kind as a caption: "Nation", "Region"… */
        kind: capitalised(locality.kind),
        parent: locality.parent ? index.localities.get(locality.parent) : undefined,
        children: index.localities.children(id),
        bodies,
        crumbs: localityCrumbs(index, locality),
        ...newest,
        ...localitySummary(index, figures, locality, newestDecisions, bodies, today),
      },
    };
  }),
);

/** /localities/<id>/<year>/ and /localities/<id>/<year>/<month>/. */
export const localityYearRoute = siteRoute(({ index, yearPageLimit }) =>
  index.localities.all().flatMap((locality) => itemsOfPeriods(index, localityListing(index, locality), yearPageLimit)),
);

/** Every topic, by name, with how many items are filed under it. */
export function topicsView({ index }: SiteData) {
  return [...index.topics.values()]
    .sort(byName)
    .map((topic) => ({ topic, items: index.itemsOnTopic(topic.id).length }));
}

/** A topic's items: those filed under it. */
const topicListing = (index: SiteIndex, topic: WithId<Topic>): Listing<{ topic: string }> => ({
  params: { topic: topic.id },
  items: index.itemsOnTopic(topic.id),
  yearPath: (year) => paths.topicYear(topic.id, year),
  about: {
    caption: 'Topic',
    name: topic.name,
    crumbs: [HOME_CRUMB, TOPICS_CRUMB, { label: topic.name, href: paths.topic(topic.id) }],
    section: 'topics',
    feed: `feeds/topics/${topic.id}`,
  },
});

/** /topics/<id>/: the topic, its newest items and its years. */
export const topicRoute = siteRoute(({ index, yearPageLimit }) =>
  [...index.topics.values()].map((topic) => ({
    params: { topic: topic.id },
    view: {
      topic,
      crumbs: [HOME_CRUMB, TOPICS_CRUMB],
      ...newestItems(index, topicListing(index, topic), yearPageLimit),
    },
  })),
);

/** /topics/<id>/<year>/ and /topics/<id>/<year>/<month>/. */
export const topicYearRoute = siteRoute(({ index, yearPageLimit }) =>
  [...index.topics.values()].flatMap((topic) => itemsOfPeriods(index, topicListing(index, topic), yearPageLimit)),
);
