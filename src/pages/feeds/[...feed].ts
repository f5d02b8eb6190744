/** Every RSS and Atom feed: feeds/all.rss.xml, feeds/bodies/<id>.atom.xml, … */
import { feedFiles, feedOf, feedSets } from '../../lib/publish/feed-sets.ts';
import { atomFeed, rssFeed } from '../../lib/publish/feeds.ts';
import { filePaths, fileResponse } from '../../site-data.ts';
import { siteRoot } from '../../lib/config/hosting.ts';

export const getStaticPaths = filePaths(({ index }) =>
  feedSets(index).flatMap((set) => {
    const files = feedFiles(set.path);
    return [
      {
        params: { feed: files.rss.replace(/^feeds\//, '') },
        mediaType: 'application/rss+xml; charset=utf-8',
        text: rssFeed(feedOf(index, set, siteRoot(), files.rss)),
      },
      {
        params: { feed: files.atom.replace(/^feeds\//, '') },
        mediaType: 'application/atom+xml; charset=utf-8',
        text: atomFeed(feedOf(index, set, siteRoot(), files.atom)),
      },
    ];
  }),
);

export const GET = fileResponse;
