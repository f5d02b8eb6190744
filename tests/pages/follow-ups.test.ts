/**
 * The follow-up tracker lists every follow-up on the page of the year, or busy year's month,
 * it was asked in; each status and each board that asked any has pages of its own too.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import { DEFAULT_YEAR_PAGE_LIMIT } from '../../src/lib/pages/busy-years.ts';
import {
  actionsOfBodyPeriodRoute,
  actionsOfBodyRoute,
  actionsOfPeriodRoute,
  actionsOfPlaceRoute,
  actionsOfStatusPeriodRoute,
  actionsOfStatusRoute,
  actionsOfTopicRoute,
  actionsView,
  type ListedAction,
} from '../../src/lib/pages/follow-ups.ts';
import { NEWEST_ITEMS } from '../../src/lib/pages/listings.ts';
import { paths } from '../../src/lib/pages/paths.ts';
import { siteDataOf } from '../../src/lib/pages/routes.ts';
import { ANSWERING_ITEM, answeredContent } from '../support/answered-content.ts';
import { allPages, datePrefix, syntheticSite, TODAY } from './synthetic-site.ts';

const { siteData } = syntheticSite();
const site = siteData();
const { index } = site;

describe('the follow-up tracker', () => {
  it('lists the most recently asked of each status on its page, and every follow-up on the page of the year it was asked', () => {
    const view = actionsView(site);
    expect(view.asAt).toBe(TODAY);
    const overdue = view.groups.find((g) => g.status === 'overdue')!;
    expect(overdue.total).toBeGreaterThan(NEWEST_ITEMS);
    for (const group of view.groups) {
      const all = index.actions.filter((a) => a.status === group.status);
      const shown = group.actions.map((a) => a.action);
      expect(group.total).toBe(all.length);
      expect(shown).toHaveLength(Math.min(all.length, NEWEST_ITEMS));
      const oldestShown = shown.at(-1)?.meeting.date ?? '';
      for (const left of all.filter((a) => !shown.includes(a)))
        expect(left.meeting.date <= oldestShown, left.id).toBe(true);
    }
    expect(view.years.map((y) => Number(y.label))).toEqual(
      [...new Set(index.actions.map((a) => Number(a.meeting.date.slice(0, 4))))].sort((a, b) => b - a),
    );
    const onYearPages = allPages(actionsOfPeriodRoute, site).flatMap(({ view: page }) =>
      page.groups.flatMap((g) => g.actions.map(({ action }) => [page.year, action] as const)),
    );
    expect(onYearPages.map(([, a]) => a.id).sort()).toEqual(index.actions.map((a) => a.id).sort());
    for (const [year, action] of onYearPages)
      expect(action.meeting.date.startsWith(String(year)), action.id).toBe(true);
  });

  it('lists a busy year a month a page, each follow-up on the page of the month it was asked', () => {
    const pages = allPages(actionsOfPeriodRoute, siteData(12)).map((p) => p.view);
    const listed = pages.flatMap((page) =>
      page.groups.flatMap((g) => g.actions.map(({ action }) => ({ page, action }))),
    );
    expect(listed.map(({ action }) => action.id).sort()).toEqual(index.actions.map((a) => a.id).sort());
    for (const { page, action } of listed)
      expect(action.meeting.date.startsWith(datePrefix(page.year, page.month)), action.id).toBe(true);
    const busy = pages.filter((p) => p.months && p.month === undefined);
    expect(busy.length).toBeGreaterThan(0);
    // A busy year's own page still counts its follow-ups by status, and links to each month with its count.
    for (const { year, groups, months } of busy) {
      const ofYear = index.actions.filter((a) => a.meeting.date.startsWith(`${year}-`));
      expect(groups.reduce((n, g) => n + g.total, 0)).toBe(ofYear.length);
      expect(months!.reduce((n, m) => n + m.count, 0)).toBe(ofYear.length);
      expect(months![0].path).toMatch(new RegExp(`^actions/${year}/\\d\\d/$`));
    }
  });

  it('shows each follow-up with the meetings of the items that answer it, or might', () => {
    for (const { action, answeredBy, suggestions } of actionsView(site).groups.flatMap((g) => g.actions)) {
      expect(answeredBy.map((a) => a.item)).toEqual(action.answeredBy);
      expect(suggestions.map((s) => s.item)).toEqual(action.suggestions);
      for (const { item, meeting } of [...answeredBy, ...suggestions]) expect(meeting.id).toBe(item.meeting);
    }
  });
});

/** A build date after every due date of the sample's follow-ups. */
const BUILT = '2026-11-22';
const sample = siteDataOf(loadCorpus('content'), BUILT, DEFAULT_YEAR_PAGE_LIMIT);
const answered = answeredContent();
afterAll(() => answered.remove());
const withAnswer = siteDataOf(loadCorpus(answered.dir), BUILT, DEFAULT_YEAR_PAGE_LIMIT);

const listedOn = (view: { groups: { actions: ListedAction[] }[] }) =>
  view.groups.flatMap((g) => g.actions.map((a) => a.action));
const pageOf = <V>(pages: { params: Record<string, string | undefined>; view: V }[], key: string, value: string) =>
  pages.find((p) => p.params[key] === value)!.view;

describe('the follow-ups of a status, and of a board, on the sample', () => {
  it('counts the follow-ups of each status, and links to the page of each status, board, place and topic that has any', () => {
    const view = actionsView(sample);
    expect(view.groups.map((g) => [g.status, g.total])).toEqual([
      ['overdue', 1],
      ['open', 1],
      ['answered', 0],
    ]);
    expect(view.lists.slice(0, 2)).toEqual([
      {
        heading: 'By status',
        links: [
          { label: 'Overdue', path: paths.actionsOfStatus('overdue'), count: 1 },
          { label: 'Open', path: paths.actionsOfStatus('open'), count: 1 },
          { label: 'Answered', path: paths.actionsOfStatus('answered'), count: 0 },
        ],
      },
      {
        heading: 'By board or committee',
        links: [
          {
            label: 'Leicester, Leicestershire and Rutland Joint Health Scrutiny Committee',
            path: paths.actionsOfBody('llr-jhsc'),
            count: 1,
          },
          { label: 'Lincolnshire Health and Wellbeing Board', path: paths.actionsOfBody('lincolnshire-hwb'), count: 1 },
        ],
      },
    ]);
    const [, , places, topics] = view.lists;
    // A place counts the follow-ups about the places within it; one with none has no page.
    expect(places.heading).toBe('By place');
    expect(places.links.slice(0, 2)).toEqual([
      { label: 'England', path: paths.actionsOfPlace('england'), count: 2 },
      { label: 'East Midlands', path: paths.actionsOfPlace('east-midlands'), count: 2 },
    ]);
    expect(places.links.find((l) => l.label === 'Rutland')?.count).toBe(1);
    expect(places.links.map((l) => l.label)).not.toContain('Bromley');
    expect(topics.heading).toBe('By topic');
    expect(topics.links.find((l) => l.path === paths.actionsOfTopic('social-prescribing'))?.count).toBe(1);
  });

  it("lists on a place's page the follow-ups about it and the places in it, and on a topic's those on it", () => {
    const places = allPages(actionsOfPlaceRoute, sample);
    const rutland = pageOf(places, 'locality', 'rutland');
    expect(rutland.title).toBe('Follow-ups about Rutland');
    expect(listedOn(rutland).map((a) => a.item.title)).toEqual([
      'Better Care Together: community health services redesign',
    ]);
    expect(listedOn(pageOf(places, 'locality', 'england'))).toHaveLength(2);
    expect(places.map((p) => p.params.locality)).not.toContain('bromley');
    expect(rutland.crumbs.map((c) => c.label)).toEqual(['Home', 'Follow-ups']);
    // Its years are the tracker's: a place's own would list the tracker's follow-ups over again.
    expect(rutland.years).toEqual([]);
    expect(rutland.everyOne).toBe('tracker');

    const topics = allPages(actionsOfTopicRoute, sample);
    const social = pageOf(topics, 'topic', 'social-prescribing');
    expect(social.title).toBe('Follow-ups on Social prescribing');
    expect(listedOn(social).map((a) => a.item.title)).toEqual(['Neighbourhood Working']);
  });

  it("lists on a status's page only the follow-ups of that status, and a body that asked none has no page", () => {
    const pages = allPages(actionsOfStatusRoute, sample);
    expect(pages.map((p) => p.params.status)).toEqual(['overdue', 'open', 'answered']);
    const overdue = pageOf(pages, 'status', 'overdue');
    expect(overdue.title).toBe('Overdue follow-ups');
    expect(listedOn(overdue).map((a) => a.item.title)).toEqual(['Neighbourhood Working']);
    expect(listedOn(pageOf(pages, 'status', 'answered'))).toEqual([]);
    // A list of one has nothing to filter; every follow-up of a status page is of that status.
    expect(overdue.filter).toEqual([]);
    const open = pageOf(allPages(actionsOfStatusRoute, withAnswer), 'status', 'open');
    expect(open.filter.map((f) => f.name)).toEqual(['body', 'locality', 'topic']);

    const bodies = allPages(actionsOfBodyRoute, sample);
    expect(bodies.map((p) => p.params.body).sort()).toEqual(['lincolnshire-hwb', 'llr-jhsc']);
    const lincs = pageOf(bodies, 'body', 'lincolnshire-hwb');
    expect(lincs.title).toBe('Follow-ups of the Lincolnshire Health and Wellbeing Board');
    expect(listedOn(lincs).map((a) => a.body.id)).toEqual(['lincolnshire-hwb']);
    expect(lincs.crumbs.map((c) => c.label)).toEqual(['Home', 'Follow-ups']);
    const [year] = allPages(actionsOfBodyPeriodRoute, sample).filter((p) => p.params.body === 'lincolnshire-hwb');
    expect(year.params).toEqual({ body: 'lincolnshire-hwb', year: '2019', month: undefined });
    expect(year.view.crumbs.map((c) => c.label)).toEqual([
      'Home',
      'Follow-ups',
      'Lincolnshire Health and Wellbeing Board',
    ]);
  });

  it("filters by a follow-up's board, status, topics and places, a place's areas included", () => {
    const view = actionsView(sample);
    const [lincs] = view.groups[0].actions;
    expect(lincs.data['data-status']).toBe('overdue');
    expect(lincs.data['data-body']).toBe('lincolnshire-hwb');
    expect(lincs.data['data-topic'].split(' ')).toContain('social-prescribing');
    const places = lincs.data['data-locality'].split(' ');
    expect(places).toEqual(expect.arrayContaining(['stamford', 'lincolnshire', 'east-midlands', 'england']));
    expect(places).not.toContain('rutland');
    const field = (name: string) => view.filter.find((f) => f.name === name)!;
    expect(view.filter.map((f) => f.name)).toEqual(['status', 'body', 'locality', 'topic']);
    expect(field('status').options).toEqual([
      ['overdue', 'Overdue'],
      ['open', 'Open'],
    ]);
    expect(field('locality').options).toEqual(
      expect.arrayContaining([
        ['rutland', 'Rutland'],
        ['stamford', 'Stamford'],
      ]),
    );
  });

  it('shows a follow-up answered by a later item on the answered page and its body’s, no longer overdue', () => {
    const answeredPage = pageOf(allPages(actionsOfStatusRoute, withAnswer), 'status', 'answered');
    const [first] = answeredPage.groups[0].actions;
    expect(first.action.item.title).toBe('Neighbourhood Working');
    expect(first.answeredBy.map((a) => a.item.id)).toEqual([ANSWERING_ITEM]);
    const lincs = pageOf(allPages(actionsOfBodyRoute, withAnswer), 'body', 'lincolnshire-hwb');
    expect(lincs.groups.map((g) => [g.status, listedOn({ groups: [g] }).map((a) => a.text)])).toEqual([
      ['overdue', ['Report the social prescribing figures for Stamford']],
      ['open', ['Bring the evaluation of the care portal to the Board']],
      ['answered', [expect.stringContaining('Sarah-Jane Mills came back to the Board in six months')]],
    ]);
  });
});

describe('the follow-ups of a status, and of a board, in a large archive', () => {
  it("lists the latest of a status on its page, and every one on its years' pages, once", () => {
    // The open follow-ups ("a further report be brought back to a future meeting") are more than a page lists.
    const open = index.actions.filter((a) => a.status === 'open');
    const page = pageOf(allPages(actionsOfStatusRoute, site), 'status', 'open');
    expect(open.length).toBeGreaterThan(listedOn(page).length);
    expect(listedOn(page)).toEqual(open.slice(0, listedOn(page).length));
    expect(page.groups[0].total).toBe(open.length);
    expect(page.years.reduce((n, y) => n + y.count, 0)).toBe(open.length);
    const onYears = allPages(actionsOfStatusPeriodRoute, site)
      .filter((p) => p.params.status === 'open')
      .flatMap((p) => listedOn(p.view).map((a) => a.id));
    expect(onYears.sort()).toEqual(open.map((a) => a.id).sort());
  });

  it("lists every follow-up of a body on its years' pages, and none of another body", () => {
    for (const { params, view } of allPages(actionsOfBodyPeriodRoute, site))
      for (const action of listedOn(view)) expect(action.body.id, JSON.stringify(params)).toBe(params.body);
    const listed = allPages(actionsOfBodyPeriodRoute, site).flatMap((p) => listedOn(p.view).map((a) => a.id));
    expect(listed.sort()).toEqual(index.actions.map((a) => a.id).sort());
  });
});
