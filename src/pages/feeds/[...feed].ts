/** Every RSS and Atom feed: feeds/all.rss.xml, feeds/bodies/<id>.atom.xml, … */
import type { APIRoute, GetStaticPaths } from 'astro';
import { feedFiles, feedOf, feedSets, type FeedSet } from '../../lib/feed-sets.ts';
import { atomFeed, rssFeed } from '../../lib/feeds.ts';
import { buildsSiteWide, getSiteIndex } from '../../site-data.ts';
import { siteRoot } from '../../lib/hosting.ts';

export const getStaticPaths = (async () => {
  if (!buildsSiteWide()) return []; // shard 1 makes the site-wide pages
  const index = await getSiteIndex();
  return feedSets(index).flatMap((set) => {
    const files = feedFiles(set.path);
    return [
      { params: { feed: files.rss.replace(/^feeds\//, '') }, props: { set, format: 'rss' as const, self: files.rss } },
      { params: { feed: files.atom.replace(/^feeds\//, '') }, props: { set, format: 'atom' as const, self: files.atom } },
    ];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ set: FeedSet; format: 'rss' | 'atom'; self: string }> = async ({ props }) => {
  const feed = feedOf(await getSiteIndex(), props.set, siteRoot(), props.self);
  return props.format === 'rss'
    ? new Response(rssFeed(feed), { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } })
    : new Response(atomFeed(feed), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
