/**
 * The feed of overdue follow-ups and the calendar of due dates, on the sample (and a copy
 * where a later item answers the Lincolnshire follow-up) on fixed build dates.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSyntheticCorpus } from '../../src/lib/build/synthetic-corpus.ts';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import { buildSiteIndex } from '../../src/lib/pages/site-index.ts';
import { atomFeed, rssFeed } from '../../src/lib/publish/feeds.ts';
import { dueDateEvents, OVERDUE_FEED, overdueFeed } from '../../src/lib/publish/follow-up-feeds.ts';
import { calendar, dayStamp } from '../../src/lib/publish/ical.ts';
import { answeredContent } from '../support/answered-content.ts';

const ROOT = 'https://minutes.example.gov.uk/democracy/health/';
const BUILT = '2026-11-22';
const LINCS = '2019-03-01-lincolnshire-hwb/01-neighbourhood-working';
const sample = buildSiteIndex(loadCorpus('content'), BUILT);
const answered = answeredContent();
afterAll(() => answered.remove());
const withAnswer = buildSiteIndex(loadCorpus(answered.dir), BUILT);
const parser = new XMLParser({ ignoreAttributes: false });

/** The calendar file's events, as a calendar app reads them. */
function eventsOf(index: typeof sample) {
  const text = calendar('Follow-ups due', dueDateEvents(index, ROOT), dayStamp(BUILT));
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((event) => ({
    uid: event.getFirstPropertyValue('uid'),
    start: event.getFirstPropertyValue('dtstart') as ICAL.Time,
    summary: event.getFirstPropertyValue('summary'),
    description: event.getFirstPropertyValue('description'),
    url: event.getFirstPropertyValue('url'),
  }));
}

describe('the feed of overdue follow-ups', () => {
  it('has each overdue follow-up, with what was asked, of whom, when it was due, and a link to it', () => {
    const atom = atomFeed(overdueFeed(sample, BUILT, ROOT, `${OVERDUE_FEED}.atom.xml`));
    expect(XMLValidator.validate(atom)).toBe(true);
    const { feed } = parser.parse(atom);
    expect(feed.title).toBe("Overdue follow-ups: Health boards' minutes (sample)");
    expect(feed.subtitle).toBe('Follow-ups past their due date with no answer recorded, as at 22 November 2026.');
    const entry = feed.entry;
    expect(entry.title).toBe('Overdue: Neighbourhood Working');
    expect(entry.link['@_href']).toBe(`${ROOT}meetings/${LINCS}/#action-1`);
    expect(entry.updated).toBe('2019-09-01T00:00:00Z');
    expect(entry.summary).toContain(
      'The Chairman requested that Sarah-Jane Mills came back to the Board in six months',
    );
    expect(entry.summary).toContain('Due about September 2019. Asked of Sarah-Jane Mills.');
    expect(entry.summary).toContain('Asked by the Lincolnshire Health and Wellbeing Board, about March 2019.');
  });

  it('is empty but well formed before anything is due, and as RSS too', () => {
    const before = buildSiteIndex(loadCorpus('content'), '2019-06-01');
    const feed = overdueFeed(before, '2019-06-01', ROOT, `${OVERDUE_FEED}.rss.xml`);
    expect(feed.entries).toEqual([]);
    expect(XMLValidator.validate(rssFeed(feed))).toBe(true);
    expect(XMLValidator.validate(atomFeed(feed))).toBe(true);
  });

  it('leaves out a follow-up once a later item answers it, and takes in one that has become overdue', () => {
    const summaries = overdueFeed(withAnswer, BUILT, ROOT, `${OVERDUE_FEED}.atom.xml`).entries.map((e) => e.summary);
    expect(summaries).toEqual([expect.stringMatching(/^Report the social prescribing figures for Stamford Due 30/)]);
  });
});

describe('the calendar of due dates', () => {
  it('has an all-day event on the due date of each follow-up not yet answered, with a UID that never changes', () => {
    const [event] = eventsOf(sample);
    expect(eventsOf(sample)).toHaveLength(1); // the other follow-up has no due date
    expect(event.uid).toBe(`follow-up/${LINCS}#action-1@minutes.example.gov.uk`);
    expect(event.start.isDate).toBe(true);
    expect(event.start.toString()).toBe('2019-09-01');
    expect(event.summary).toBe('Follow-up due: Neighbourhood Working (date approximate)');
    expect(event.description).toContain('Sarah-Jane Mills came back to the Board in six months');
    expect(event.description).toContain('Asked of Sarah-Jane Mills.');
    expect(event.url).toBe(`${ROOT}meetings/${LINCS}/#action-1`);
    expect(eventsOf(buildSiteIndex(loadCorpus('content'), '2019-06-01'))).toEqual(eventsOf(sample));
  });

  it('drops an answered follow-up, and has the others latest due first', () => {
    const events = eventsOf(withAnswer);
    expect(events.map((e) => [e.start.toString(), e.summary])).toEqual([
      ['2027-03-31', 'Follow-up due: Neighbourhood working update'],
      ['2020-09-30', 'Follow-up due: Neighbourhood working update'],
    ]);
    expect(events.map((e) => e.uid)).not.toContain(`follow-up/${LINCS}#action-1@minutes.example.gov.uk`);
    expect(events[0].description).toContain('Asked of Sarah-Jane Mills. Asked by the Lincolnshire Health');
  });
});

describe('follow-ups feed and calendar of a large archive', () => {
  const work = mkdtempSync(join(tmpdir(), 'minuted-follow-up-feeds-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  writeSyntheticCorpus(join(work, 'content'), 600, 'content');
  const large = buildSiteIndex(loadCorpus(join(work, 'content')), '2030-01-01');

  it('carry the most recently due, up to their limits, leaving out none due later than the last', () => {
    const overdue = large.actions.filter((a) => a.status === 'overdue');
    const entries = overdueFeed(large, '2030-01-01', ROOT, `${OVERDUE_FEED}.atom.xml`).entries;
    expect(overdue.length).toBeGreaterThan(entries.length);
    expect(entries).toHaveLength(50);
    const dates = entries.map((e) => e.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(overdue.filter((a) => a.due! > dates.at(-1)!)).toHaveLength(dates.filter((d) => d > dates.at(-1)!).length);
    const events = dueDateEvents(large, ROOT, 10);
    expect(events).toHaveLength(10);
    expect(events.map((e) => e.date)).toEqual(dates.slice(0, 10));
  });
});
