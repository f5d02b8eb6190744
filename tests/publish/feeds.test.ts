/** Feeds, calendars and the decisions' place in them, on the sample corpus (and a larger synthetic archive made from it). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import { calendarSets, feedOf, feedSets, meetingEvent } from '../../src/lib/publish/feed-sets.ts';
import { atomFeed, rssFeed } from '../../src/lib/publish/feeds.ts';
import { calendar, foldLine } from '../../src/lib/publish/ical.ts';
import { buildSiteIndex } from '../../src/lib/pages/site-index.ts';
import { writeSyntheticCorpus } from '../../src/lib/build/synthetic-corpus.ts';

const index = buildSiteIndex(loadCorpus('content'), '2026-11-22');
const ROOT = 'https://minutes.example.gov.uk/democracy/health/';
const parser = new XMLParser({ ignoreAttributes: false });

describe('feeds', () => {
  const sets = feedSets(index);

  it('has a feed for the site, every body, every locality and every topic', () => {
    expect(sets).toHaveLength(1 + index.bodies.size + 20 + index.topics.size);
  });

  it('writes well-formed RSS 2.0 and Atom for every set', () => {
    for (const set of sets) {
      const feed = feedOf(index, set, ROOT, `${set.path}.rss.xml`);
      for (const xml of [rssFeed(feed), atomFeed(feed)]) expect(XMLValidator.validate(xml), set.path).toBe(true);
    }
  });

  it('puts every decision and meeting with minutes in the site-wide feed, newest first, with absolute links', () => {
    const all = sets.find((s) => s.path === 'feeds/all')!;
    const rss = parser.parse(rssFeed(feedOf(index, all, ROOT, 'feeds/all.rss.xml')));
    const items = rss.rss.channel.item as { title: string; link: string; pubDate: string }[];
    // The meeting still to come is news once its minutes are: until then it is in the forthcoming feed.
    expect(items).toHaveLength(index.pastMeetings.length + index.decisions.length);
    expect(items.map((i) => i.link).join('\n')).not.toContain('2027-01-28-bromley-hwb');
    expect(items[0].title).toBe('Meeting: Bromley Health and Wellbeing Board, 29 June 2023');
    expect(items.every((i) => i.link.startsWith(ROOT))).toBe(true);
    const dates = items.map((i) => Date.parse(i.pubDate));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it("includes an item about Stamford in the Lincolnshire and England feeds, not Havering's", () => {
    const titles = (path: string) =>
      feedOf(
        index,
        sets.find((s) => s.path === path)!,
        ROOT,
        path,
      )
        .entries.map((e) => e.title)
        .join('\n');
    expect(titles('feeds/localities/lincolnshire')).toContain('Decision (noted): Neighbourhood Working');
    expect(titles('feeds/localities/england')).toContain('Decision (noted): Neighbourhood Working');
    expect(titles('feeds/localities/havering')).not.toContain('Neighbourhood Working');
  });

  it('escapes what minutes could smuggle into XML', () => {
    const xml = rssFeed({
      title: 'A & B',
      description: '<script>',
      pageUrl: ROOT,
      selfUrl: ROOT,
      entries: [{ url: ROOT, title: '"x" <b>', summary: ']]> & \u0001', date: '2020-01-01', categories: [] }],
    });
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toContain('<script>');
  });
});

describe('feeds and calendars of a large archive', () => {
  const work = mkdtempSync(join(tmpdir(), 'minuted-feeds-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  writeSyntheticCorpus(join(work, 'content'), 200, 'content');
  const large = buildSiteIndex(loadCorpus(join(work, 'content')), '2026-11-22');

  it('feeds carry the fifty newest meetings and decisions, newest first, leaving out none newer than the last', () => {
    for (const set of feedSets(large).filter((s) => s.meetings.length + s.decisions.length > 50)) {
      const dates = feedOf(large, set, ROOT, `${set.path}.rss.xml`).entries.map((e) => e.date);
      expect(dates, set.path).toHaveLength(50);
      expect(dates, set.path).toEqual([...dates].sort().reverse());
      const newerThanLast = [...set.meetings.map((m) => m.date), ...set.decisions.map((d) => d.meeting.date)].filter(
        (date) => date > dates.at(-1)!,
      );
      expect(
        dates.filter((date) => date > dates.at(-1)!),
        set.path,
      ).toHaveLength(newerThanLast.length);
    }
  });

  it('calendars carry the newest meetings, up to the limit, leaving out none newer than the last', () => {
    const length = 10; // fewer than the site-wide calendar here has (the site carries 200)
    const sets = calendarSets(large, length);
    expect(sets[0].path).toBe('calendars/all.ics');
    expect(large.meetings.length).toBeGreaterThan(length);
    for (const set of sets) {
      const all =
        set.path === 'calendars/all.ics'
          ? large.meetings
          : large.meetingsOf(set.path.slice('calendars/'.length, -'.ics'.length));
      expect(set.meetings, set.path).toHaveLength(Math.min(all.length, length));
      const dates = set.meetings.map((m) => m.date);
      expect(dates, set.path).toEqual([...dates].sort().reverse());
      expect(
        all.filter((m) => m.date > set.meetings.at(-1)!.date).every((m) => set.meetings.includes(m)),
        set.path,
      ).toBe(true);
    }
  });
});

describe('calendars', () => {
  it('parse as iCalendar with one event per meeting and stable UIDs', () => {
    for (const set of calendarSets(index)) {
      const text = calendar(
        set.name,
        set.meetings.map((m) => meetingEvent(index, m, ROOT)),
        '20261122T000000Z',
      );
      const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
      expect(events).toHaveLength(set.meetings.length);
      expect(events.map((e) => e.getFirstPropertyValue('uid'))).toEqual(
        set.meetings.map((m) => `${m.id}@minutes.example.gov.uk`),
      );
    }
  });

  it('carry a meeting to come first, at its time and venue, with its agenda, under the UID it keeps once minuted', () => {
    const [bromley] = calendarSets(index).filter((set) => set.path === 'calendars/bromley-hwb.ics');
    const scheduled = index.meeting('2027-01-28-bromley-hwb');
    expect(bromley.meetings[0]).toBe(scheduled);
    const text = calendar(bromley.name, [meetingEvent(index, scheduled, ROOT)], '20261122T000000Z');
    const event = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
    expect(event.getFirstPropertyValue('uid')).toBe('2027-01-28-bromley-hwb@minutes.example.gov.uk');
    expect(event.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/London');
    expect(String(event.getFirstPropertyValue('dtstart'))).toBe('2027-01-28T13:30:00');
    expect(event.getFirstPropertyValue('location')).toBe(scheduled.venue);
    expect(event.getFirstPropertyValue('description')).toBe(
      '3 agenda items: Minutes of the previous meeting; Better Care Fund performance update; Work programme.',
    );
    expect(event.getFirstPropertyValue('status')).toBeNull();
    const minuted = meetingEvent(index, { ...scheduled, status: 'draft' }, ROOT);
    expect(minuted.uid).toBe(event.getFirstPropertyValue('uid'));
    expect(minuted.description).toBeUndefined();
  });

  it('keep a cancelled meeting as its event, marked STATUS:CANCELLED', () => {
    const cancelled = { ...index.meeting('2027-01-28-bromley-hwb'), status: 'cancelled' as const };
    const text = calendar('x', [meetingEvent(index, cancelled, ROOT)], '20261122T000000Z');
    const event = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
    expect(event.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event.getFirstPropertyValue('summary')).toBe('Cancelled: Bromley Health and Wellbeing Board');
    expect(event.getFirstPropertyValue('uid')).toBe('2027-01-28-bromley-hwb@minutes.example.gov.uk');
  });

  it('marks an estimated meeting date in the event, and keeps a known one as it is', () => {
    const lincs = meetingEvent(index, index.meeting('2019-03-01-lincolnshire-hwb'), ROOT);
    expect(lincs.summary).toBe('Lincolnshire Health and Wellbeing Board (date approximate)');
    expect(meetingEvent(index, index.meeting('2023-06-29-bromley-hwb'), ROOT).summary).toBe(
      'Bromley Health and Wellbeing Board',
    );
  });

  it('keeps every text on its own line, whatever line break or control character it holds', () => {
    const venue = 'Room 1\rBEGIN:VALARM\nTRIGGER:-PT5M\r\nEND:VALARM\u2028BEGIN:VTODO\u2029x\u0085y\u000bz\u0000';
    const text = calendar(
      'Board\rX-EVIL:1',
      [{ uid: 'u@x', date: '2024-07-01', summary: 'Board\u000cmeeting', location: venue, url: ROOT }],
      '20261122T000000Z',
    );
    // Parsers split lines on any of these: none may start a line the text wrote.
    // eslint-disable-next-line no-control-regex
    const lines = text.split(/\r\n|[\r\n\v\f\x1c-\x1e\x85\u2028\u2029]/);
    expect(lines.filter((line) => /^(BEGIN|END|TRIGGER|X-EVIL)\b/.test(line))).toEqual([
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'END:VEVENT',
      'END:VCALENDAR',
    ]);
    const event = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
    expect(event.getFirstPropertyValue('location')).toBe(
      'Room 1\nBEGIN:VALARM\nTRIGGER:-PT5M\nEND:VALARM\nBEGIN:VTODO\nx\nyz',
    );
    expect(event.getFirstPropertyValue('summary')).toBe('Boardmeeting');
  });

  it('times a meeting in London time and folds long lines at 75 octets', () => {
    const text = calendar(
      'x',
      [{ uid: 'u@x', date: '2024-07-01', time: '14:00', summary: 'é'.repeat(60), url: ROOT }],
      '20261122T000000Z',
    );
    const event = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
    expect(event.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/London');
    expect(event.getFirstPropertyValue('summary')).toBe('é'.repeat(60));
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(foldLine('a'.repeat(80)).split('\r\n ')).toHaveLength(2);
  });
});
