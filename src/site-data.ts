/** The site index for pages, built once per build from the content collections. */
import { getCollection, getEntry } from 'astro:content';
import type { MeetingEntry } from './lib/corpus.ts';
import { buildDate } from './lib/hosting.ts';
import { buildSiteIndex, type SiteIndex } from './lib/site-index.ts';

let built: Promise<SiteIndex> | undefined;

export function getSiteIndex(): Promise<SiteIndex> {
  built ??= (async () => {
    const [site, bodies, localities, topics, meetings, items] = await Promise.all([
      getEntry('site', 'site'),
      getCollection('bodies'),
      getCollection('localities'),
      getCollection('topics'),
      getCollection('meetings'),
      getCollection('items'),
    ]);
    return buildSiteIndex({
      site: site!.data,
      bodies: bodies.map((e) => e.data),
      localities: localities.map((e) => e.data),
      topics: topics.map((e) => e.data),
      meetings: meetings.map((e) => e.data as MeetingEntry),
      items: items.map((e) => e.data),
    }, buildDate());
  })();
  return built;
}

/** The sanitised HTML of an item's minutes. */
export async function itemHtml(id: string): Promise<string> {
  return (await getEntry('items', id))?.rendered?.html ?? '';
}
