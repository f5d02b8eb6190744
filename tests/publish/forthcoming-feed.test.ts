/** The feed of meetings still to come, on the sample content: its meeting of 28 January 2027, on days before and after it. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import { buildSiteIndex } from '../../src/lib/pages/site-index.ts';
import { atomFeed, rssFeed } from '../../src/lib/publish/feeds.ts';
import { forthcomingFeed } from '../../src/lib/publish/forthcoming-feed.ts';

const corpus = loadCorpus('content');
const ROOT = 'https://minutes.example.gov.uk/democracy/health/';
const SELF = 'feeds/forthcoming.rss.xml';

describe('the forthcoming meetings feed', () => {
  it('carries a meeting to come with when and where it meets and its agenda, linking its page', () => {
    const feed = forthcomingFeed(buildSiteIndex(corpus, '2026-12-06'), ROOT, SELF);
    expect(feed.entries).toEqual([
      {
        url: `${ROOT}meetings/2027-01-28-bromley-hwb/`,
        title: 'Bromley Health and Wellbeing Board, 28 January 2027, 13:30',
        summary:
          'At Committee Room 1, Bromley Civic Centre, Stockwell Close, Bromley BR1 3UH. 3 agenda items: Minutes of the previous meeting; Better Care Fund performance update; Work programme.',
        date: '2027-01-28',
        categories: ['Bromley Health and Wellbeing Board'],
      },
    ]);
    expect(feed.pageUrl).toBe(`${ROOT}meetings/`);
    for (const xml of [rssFeed(feed), atomFeed(feed)]) expect(XMLValidator.validate(xml)).toBe(true);
    const item = new XMLParser().parse(rssFeed(feed)).rss.channel.item;
    expect(item.guid).toBe(`${ROOT}meetings/2027-01-28-bromley-hwb/`);
  });

  it('carries it on its own day, and no longer once the day has passed', () => {
    expect(forthcomingFeed(buildSiteIndex(corpus, '2027-01-28'), ROOT, SELF).entries).toHaveLength(1);
    const after = forthcomingFeed(buildSiteIndex(corpus, '2027-01-29'), ROOT, SELF);
    expect(after.entries).toEqual([]);
    expect(XMLValidator.validate(rssFeed(after))).toBe(true);
  });

  it('says a cancelled meeting is cancelled, at the same address', () => {
    const cancelled = {
      ...corpus,
      meetings: corpus.meetings.map((m) => (m.status === 'scheduled' ? { ...m, status: 'cancelled' as const } : m)),
    };
    const [entry] = forthcomingFeed(buildSiteIndex(cancelled, '2026-12-06'), ROOT, SELF).entries;
    expect(entry.title).toBe('Cancelled: Bromley Health and Wellbeing Board, 28 January 2027, 13:30');
    expect(entry.url).toBe(`${ROOT}meetings/2027-01-28-bromley-hwb/`);
  });
});
