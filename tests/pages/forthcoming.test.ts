/**
 * Meetings still to come on the sample content (Bromley's of 28 January 2027): apart from
 * the past ones on the home, meetings and body pages, and their own pages saying they have
 * not happened yet, before and after the day.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import { bodyRoute } from '../../src/lib/pages/body.ts';
import { agendaNotice } from '../../src/lib/pages/forthcoming.ts';
import { homeView, meetingsView } from '../../src/lib/pages/home.ts';
import { itemRoute } from '../../src/lib/pages/item.ts';
import { meetingPageRoute } from '../../src/lib/pages/meeting.ts';
import { siteDataOf } from '../../src/lib/pages/routes.ts';
import { allPages } from './synthetic-site.ts';

const corpus = loadCorpus('content');
const SCHEDULED = '2027-01-28-bromley-hwb';
const before = siteDataOf(corpus, '2026-12-06', 300);
const after = siteDataOf(corpus, '2027-02-01', 300);
const ids = (listed: { meeting: { id: string } }[]) => listed.map((l) => l.meeting.id);

describe('agendaNotice', () => {
  it('says a scheduled meeting is to come until its day has passed, then that its minutes are not yet published', () => {
    const meeting = { status: 'scheduled' as const, date: '2027-01-28' };
    expect(agendaNotice(meeting, '2026-12-06')).toBe('forthcoming');
    expect(agendaNotice(meeting, '2027-01-28')).toBe('forthcoming');
    expect(agendaNotice(meeting, '2027-01-29')).toBe('minutes not yet published');
  });

  it('says a cancelled meeting is cancelled, and nothing of one with minutes', () => {
    expect(agendaNotice({ status: 'cancelled', date: '2027-01-28' }, '2026-12-06')).toBe('cancelled');
    expect(agendaNotice({ status: 'cancelled', date: '2027-01-28' }, '2027-02-01')).toBe('cancelled');
    expect(agendaNotice({ status: 'draft', date: '2026-11-30' }, '2026-12-06')).toBeUndefined();
    expect(agendaNotice({ status: 'approved', date: '2023-06-29' }, '2026-12-06')).toBeUndefined();
  });
});

describe('lists of meetings', () => {
  it('the home page lists the meeting to come as next, apart from the latest', () => {
    const home = homeView(before);
    expect(ids(home.next)).toEqual([SCHEDULED]);
    expect(ids(home.meetings)).not.toContain(SCHEDULED);
    expect(home.meetings[0].meeting.id).toBe('2023-06-29-bromley-hwb');
  });

  it('the meetings page lists it to come, and the latest without it', () => {
    const page = meetingsView(before);
    expect(ids(page.forthcoming)).toEqual([SCHEDULED]);
    expect(page.totalForthcoming).toBe(1);
    expect(ids(page.latest)).toHaveLength(5);
    expect(ids(page.latest)).not.toContain(SCHEDULED);
    // A body's count and years are of all its meetings, those to come too.
    expect(page.bodies.find((b) => b.body.id === 'bromley-hwb')).toMatchObject({ count: 2, years: [2023, 2027] });
  });

  it("its body's page lists it as next, and no other body's does", () => {
    const pages = allPages(bodyRoute, before);
    const bromley = pages.find((p) => p.params.body === 'bromley-hwb')!.view;
    expect(ids(bromley.next)).toEqual([SCHEDULED]);
    expect(ids(bromley.latest)).toEqual(['2023-06-29-bromley-hwb']);
    expect(pages.filter((p) => p.view.next.length > 0)).toHaveLength(1);
  });

  it('once its day has passed without minutes, it is among the latest meetings, and none is next', () => {
    expect(homeView(after).next).toEqual([]);
    expect(homeView(after).meetings[0].meeting.id).toBe(SCHEDULED);
    expect(meetingsView(after).forthcoming).toEqual([]);
  });
});

describe("the meeting's own pages", () => {
  const meetingPage = (site: typeof before) =>
    allPages(meetingPageRoute, site).find((p) => p.params.meeting === SCHEDULED)!.view;

  it('say it has not happened yet, with no attendance section, as no minutes list who attended', () => {
    const view = meetingPage(before);
    expect(view.notice).toBe('forthcoming');
    expect(view.attendance).toBe(false);
    expect(view.agenda.map((a) => a.item.title)).toEqual([
      'Minutes of the previous meeting',
      'Better Care Fund performance update',
      'Work programme',
    ]);
    expect(meetingPage(after).notice).toBe('minutes not yet published');
  });

  it("head an item's agenda text as such, and give none to an item that has only its description", () => {
    const items = allPages(itemRoute, before).filter((p) => p.params.meeting === SCHEDULED);
    expect(items.map((p) => [p.params.item, p.view.notice, p.view.textHeading])).toEqual([
      ['01-minutes-of-the-previous-meeting', 'forthcoming', undefined],
      ['02-better-care-fund-performance-update', 'forthcoming', 'Agenda text'],
      ['03-work-programme', 'forthcoming', undefined],
    ]);
    const minuted = allPages(itemRoute, before).find((p) => p.params.meeting === '2023-06-29-bromley-hwb')!.view;
    expect([minuted.notice, minuted.textHeading]).toEqual([undefined, 'Minutes']);
  });
});
