/**
 * RSS 2.0 and Atom feeds of meetings and decisions: how residents get alerts from a
 * static site. Pure: entries in, XML text out.
 */
import { escapeXml } from '../text/xml.ts';

export interface FeedEntry {
  /** Absolute URL of the page; also the entry's permanent id. */
  url: string;
  title: string;
  summary: string;
  /** YYYY-MM-DD. */
  date: string;
  categories: string[];
}

export interface Feed {
  title: string;
  description: string;
  /** Absolute URL of the page the feed follows. */
  pageUrl: string;
  /** Absolute URL of the feed itself. */
  selfUrl: string;
  entries: FeedEntry[];
}

const rfc822 = (date: string) => new Date(`${date}T00:00:00Z`).toUTCString();
const rfc3339 = (date: string) => `${date}T00:00:00Z`;
/** The newest entry's date, or 1 Jan 1970 for an empty feed (Atom requires one). */
const updated = (feed: Feed) => feed.entries.reduce((max, e) => (e.date > max ? e.date : max), '1970-01-01');

/**
 * An RSS 2.0 document.
 * Example: rssFeed({ title: 'Decisions', …, entries: [] }).startsWith('<?xml') === true.
 */
export function rssFeed(feed: Feed): string {
  const items = feed.entries.map(
    (e) => `    <item>
      <title>${escapeXml(e.title)}</title>
      <link>${escapeXml(e.url)}</link>
      <guid isPermaLink="true">${escapeXml(e.url)}</guid>
      <pubDate>${rfc822(e.date)}</pubDate>
      <description>${escapeXml(e.summary)}</description>
${e.categories.map((c) => `      <category>${escapeXml(c)}</category>\n`).join('')}    </item>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(feed.title)}</title>
    <link>${escapeXml(feed.pageUrl)}</link>
    <description>${escapeXml(feed.description)}</description>
    <language>en-gb</language>
    <lastBuildDate>${rfc822(updated(feed))}</lastBuildDate>
    <atom:link href="${escapeXml(feed.selfUrl)}" rel="self" type="application/rss+xml"/>
${items.join('\n')}
  </channel>
</rss>
`;
}

/**
 * An Atom 1.0 document.
 * Example: atomFeed(feed).includes('<feed xmlns="http://www.w3.org/2005/Atom">') === true.
 */
export function atomFeed(feed: Feed): string {
  const entries = feed.entries.map(
    (e) => `  <entry>
    <title>${escapeXml(e.title)}</title>
    <link href="${escapeXml(e.url)}"/>
    <id>${escapeXml(e.url)}</id>
    <updated>${rfc3339(e.date)}</updated>
    <summary>${escapeXml(e.summary)}</summary>
${e.categories.map((c) => `    <category term="${escapeXml(c)}"/>\n`).join('')}  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">
  <title>${escapeXml(feed.title)}</title>
  <subtitle>${escapeXml(feed.description)}</subtitle>
  <link href="${escapeXml(feed.pageUrl)}"/>
  <link rel="self" href="${escapeXml(feed.selfUrl)}"/>
  <id>${escapeXml(feed.selfUrl)}</id>
  <updated>${rfc3339(updated(feed))}</updated>
  <author><name>${escapeXml(feed.title)}</name></author>
${entries.join('\n')}
</feed>
`;
}
