/** Every RSS and Atom feed: feeds/all.rss.xml, feeds/bodies/<id>.atom.xml, feeds/follow-ups/overdue.atom.xml, feeds/forthcoming.rss.xml, … */
import { feedFiles, feedOf, feedSets } from '../../lib/publish/feed-sets.ts';
import { atomFeed, type Feed, rssFeed } from '../../lib/publish/feeds.ts';
import { OVERDUE_FEED, overdueFeed } from '../../lib/publish/follow-up-feeds.ts';
import { FORTHCOMING_FEED, forthcomingFeed } from '../../lib/publish/forthcoming-feed.ts';
import { filePaths, fileResponse } from '../../site-data.ts';
import { siteRoot } from '../../lib/config/hosting.ts';

export const getStaticPaths = filePaths(({ index, today }) =>
  [
    ...feedSets(index).map((set) => ({ path: set.path, feed: (self: string) => feedOf(index, set, siteRoot(), self) })),
    { path: OVERDUE_FEED, feed: (self: string): Feed => overdueFeed(index, today, siteRoot(), self) },
    { path: FORTHCOMING_FEED, feed: (self: string): Feed => forthcomingFeed(index, siteRoot(), self) },
  ].flatMap(({ path, feed }) => {
    const files = feedFiles(path);
    return [
      {
        params: { feed: files.rss.replace(/^feeds\//, '') },
        mediaType: 'application/rss+xml; charset=utf-8',
        text: rssFeed(feed(files.rss)),
      },
      {
        params: { feed: files.atom.replace(/^feeds\//, '') },
        mediaType: 'application/atom+xml; charset=utf-8',
        text: atomFeed(feed(files.atom)),
      },
    ];
  }),
);

export const GET = fileResponse;
