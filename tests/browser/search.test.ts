/**
 * Search in Chromium against the built sample site under a base path: queries, filters,
 * sort, the address, the header box, and axe with results shown.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BASE, servedSite } from './served-site.ts';
import { allResults, filterCounts, search as searchSite, settle } from './searching.ts';
import { WCAG_22_AA } from '../../src/lib/audit/browser-audit.ts';
import { FOLDED_AFTER } from '../../src/lib/search/filter-view.ts';

const site = servedSite();

/** Opens the search page at `query` and waits for its results to be announced. */
const search = (query: string, page?: Page) => searchSite(site, query, page);
/** The number of results a status announces. */
const counted = (status: string) => Number(/^(\d+) results?/.exec(status)?.[1] ?? 0);

describe('search', () => {
  it('finds the Lincolnshire and South East London items for "social prescribing"', async () => {
    const { page, status, titles } = await search('?q=social+prescribing');
    expect(status).toBe('2 results for “social prescribing”');
    expect(titles.sort()).toEqual(['Community care - strategy and governance', 'Neighbourhood Working']);
    expect(await page.locator('ol.search-results mark').first().textContent()).toMatch(/social/i);
    await page.close();
  });

  it('finds the joint committee, its meeting and item by "JHOSC", which their pages write only in full', async () => {
    const { page, titles } = await search('?q=JHOSC');
    expect(titles.sort()).toEqual([
      'Board: Our Healthier South East London Joint Health Overview and Scrutiny Committee',
      'Community care - strategy and governance',
      'Meeting: Our Healthier South East London Joint Health Overview and Scrutiny Committee, 13 December 2017',
    ]);
    await page.close();
  });

  it("finds a place's page by its name or a town in it, and a board's by its name", async () => {
    // The place named exactly first, then the board and areas named by the word, then what mentions it.
    const havering = await search('?q=Havering');
    expect(havering.titles.slice(0, 5)).toEqual([
      'Place: Havering',
      'Board: Havering Health Overview and Scrutiny Sub-Committee',
      'Place: Havering Central',
      'Place: Havering South',
      'Place: Havering North',
    ]);
    expect(havering.status).toMatch(/, pages of boards and places first$/);
    await havering.page.close();
    const town = await search('?q=Hornchurch');
    // Havering has Hornchurch; Havering South, South Hornchurch.
    expect(town.titles.slice(0, 2).sort()).toEqual(['Place: Havering', 'Place: Havering South']);
    await town.page.close();
  });

  it("searches within a place or a board from its page, that place's or board's filter ticked", async () => {
    const page = await site.browser.newPage();
    for (const [path, name, filter] of [
      ['localities/leicester-leicestershire-and-rutland/', 'Leicester, Leicestershire and Rutland', 'locality'],
      ['bodies/llr-jhsc/', 'Leicester, Leicestershire and Rutland Joint Health Scrutiny Committee', 'body'],
    ]) {
      await page.goto(`${site.server.url}${path}`);
      const within = page.getByRole('search', { name: `Search within ${name}` });
      await within.getByRole('searchbox', { name: `Search within ${name}` }).fill('community');
      await within.getByRole('button', { name: 'Search' }).press('Enter');
      const { status, titles } = await settle(page);
      // The status names the filter ticked, and its results are that place's or board's only.
      expect(status, path).toMatch(filter === 'locality' ? ` in ${name}` : ` filtered by Board or committee: ${name}`);
      expect(titles, path).toContain('Better Care Together: community health services redesign');
      expect(
        titles.filter((title) => title.startsWith('Meeting: ')),
        path,
      ).toEqual([
        'Meeting: Leicester, Leicestershire and Rutland Joint Health Scrutiny Committee, about 21 January 2019',
      ]);
      expect(new URL(page.url()).searchParams.get(filter), path).toBe(path.split('/')[1]);
    }
    await page.close();
  });

  it('finds the Leicester, Leicestershire and Rutland item when filtering by Rutland', async () => {
    const { page, titles } = await search('?locality=rutland&type=item');
    expect(titles).toEqual(['Better Care Together: community health services redesign']);
    expect(await page.locator('#f-locality-rutland').isChecked()).toBe(true);
    await page.close();
  });

  it('finds a decision by its own words and links to its place in the minutes', async () => {
    const { page, titles } = await search('?q=%22statement+be+endorsed%22&type=decision');
    expect(titles).toEqual(['South East London ICB joint forward plan and One Bromley 5 year strategy - sign off']);
    // The decision is listed under its item, its own words highlighted, linking to its place.
    const decision = page.locator('ol.search-results .search-sections li');
    expect(await decision.allTextContents()).toEqual([
      expect.stringMatching(/^Decision \(endorsed\): .*statement be endorsed/),
    ]);
    expect(await decision.locator('mark').first().textContent()).toMatch(/statement/i);
    expect(await decision.locator('a').getAttribute('href')).toBe(
      `${BASE}meetings/2023-06-29-bromley-hwb/01-south-east-london-icb-joint-forward-plan-and-one-bromley-5-year-strategy-sign-off/#decision-1`,
    );
    await page.close();
  });

  it('lists the decisions of each item found by decision outcome alone', async () => {
    const { page, titles } = await search('?outcome=endorsed');
    expect(titles).toEqual(['South East London ICB joint forward plan and One Bromley 5 year strategy - sign off']);
    const decision = page.locator('ol.search-results .search-sections li');
    expect(await decision.allTextContents()).toEqual([
      'Decision (endorsed): RESOLVED that the statement be endorsed, and the plans approved.',
    ]);
    expect(await decision.locator('a').getAttribute('href')).toBe(
      `${BASE}meetings/2023-06-29-bromley-hwb/01-south-east-london-icb-joint-forward-plan-and-one-bromley-5-year-strategy-sign-off/#decision-1`,
    );
    await page.close();
  });

  it('narrows results with a filter, shows counts, and puts the filter in the address', async () => {
    const { page, titles } = await search('?q=social+prescribing');
    // Counts follow the results, once the filters' index has loaded.
    await page.locator('label[for="f-locality-lincolnshire"] .count', { hasText: '(1)' }).waitFor();
    await page.locator('#f-locality-lincolnshire').check();
    await page.locator('.search-status', { hasText: '1 result for' }).waitFor();
    const after = await settle(page);
    expect(after.titles).toEqual(['Neighbourhood Working']);
    expect(titles).toHaveLength(2);
    expect(new URL(page.url()).search).toBe('?q=social+prescribing&locality=lincolnshire');
    await page.close();
  });

  it('widens with each option ticked under one filter, narrows with each filter, and counts what ticking an option would give', async () => {
    const resultsOf = async (query: string) => {
      const { page, status } = await search(query);
      await page.close();
      return Number(/^(\d+) results?/.exec(status)?.[1] ?? 0);
    };
    const [in2017, in2019, in2023] = await Promise.all(
      ['2017', '2019', '2023'].map((year) => resultsOf(`?year=${year}`)),
    );
    expect(Math.min(in2019, in2023)).toBeGreaterThan(0);
    expect(await resultsOf('?year=2019&year=2023')).toBe(in2019 + in2023);
    const meetings = await Promise.all(['2019', '2023'].map((year) => resultsOf(`?year=${year}&type=meeting`)));
    expect(await resultsOf('?year=2019&year=2023&type=meeting')).toBe(meetings[0] + meetings[1]);
    expect(meetings[0]).toBeLessThan(in2019);
    // With 2019 ticked, another year counts what ticking it too would add; another filter's options, what they would leave.
    const { page } = await search('?year=2019');
    await page.locator('label[for="f-year-2017"] .count', { hasText: `(${in2017})` }).waitFor();
    expect(await page.locator('label[for="f-year-2019"] .count').textContent()).toBe(`(${in2019})`);
    expect(await page.locator('label[for="f-type-meeting"] .count').textContent()).toBe(`(${meetings[0]})`);
    await page.close();
  });

  it("shows a shared link's place filter above the results, ticked in sight, and says it in the heading", async () => {
    const { page, status } = await search('?q=report&locality=bromley');
    expect(status).toMatch(/^\d+ results for “report” in Bromley$/);
    // The heading is the live region that announces it.
    expect(await page.locator('#results-heading [role="status"]').textContent()).toBe(status);
    const active = page.locator('.search-active');
    expect(await active.locator('li > span').allTextContents()).toEqual(['Locality: Bromley']);
    expect(await active.getByRole('button').allTextContents()).toEqual(['Remove filter Locality: Bromley']);
    const [above, results] = await Promise.all([active.boundingBox(), page.locator('ol.search-results').boundingBox()]);
    expect(above!.y).toBeLessThan(results!.y);
    // Bromley comes after the first few places, which are all a folded list shows, but a ticked place shows.
    expect(await page.locator('#f-locality-bromley').isVisible()).toBe(true);
    await page.close();
  });

  it('removes filters with the keyboard: each widens the results and the address, focus moving on', async () => {
    const { page, status } = await search('?q=report&locality=bromley&type=item');
    expect(status).toMatch(/^\d+ results? for “report” in Bromley filtered by Type: Agenda items$/);
    await page.getByRole('button', { name: 'Remove filter Locality: Bromley' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('.search-status', { hasText: /^\d+ results for “report” filtered by/ }).waitFor();
    const widened = await settle(page);
    expect(counted(widened.status)).toBeGreaterThan(counted(status));
    expect(new URL(page.url()).search).toBe('?q=report&type=item');
    expect(await page.locator('#f-locality-bromley').isChecked()).toBe(false);
    // Focus is on the filter left, whose button takes the removed one's place.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Remove filter Type: Agenda items');
    await page.keyboard.press('Enter');
    await page.locator('.search-status', { hasText: /^\d+ results for “report”$/ }).waitFor();
    expect(counted((await settle(page)).status)).toBeGreaterThan(counted(widened.status));
    expect(new URL(page.url()).search).toBe('?q=report');
    expect(await page.locator('.search-active').isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('results-heading');
    await page.close();
  });

  it("finds under a place what its places have: London's results include Bromley's, and its count says so", async () => {
    const bromley = await search('?q=report&locality=bromley');
    const inBromley = await allResults(bromley.page);
    const london = await search('?q=report&locality=london', bromley.page);
    const inLondon = await allResults(london.page);
    expect(inLondon).toEqual(expect.arrayContaining(inBromley));
    expect(inLondon.length).toBeGreaterThan(inBromley.length);
    const counts = await filterCounts(london.page);
    expect(counts['f-locality-london']).toBe(`(${inLondon.length})`);
    expect(counts['f-locality-bromley']).toBe(`(${inBromley.length})`);
    await bromley.page.close();
  });

  it('folds a long list of filter options after the first few, and shows them all on request', async () => {
    const { page } = await search('?q=care');
    const places = page.locator('#f-locality-options input');
    const all = await places.count();
    const more = page.locator('fieldset[data-filter="locality"] button.search-unfold');
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    expect(await more.textContent()).toBe(`Show all ${all}`);
    expect(await places.filter({ visible: true }).count()).toBe(FOLDED_AFTER);
    await more.focus();
    await page.keyboard.press('Enter');
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    expect(await places.filter({ visible: true }).count()).toBe(all);
    expect(await more.textContent()).toBe('Show fewer');
    await page.keyboard.press('Enter');
    expect(await places.filter({ visible: true }).count()).toBe(FOLDED_AFTER);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(`Show all ${all}`);
    await page.close();
  });

  it('finds an exact phrase in quotes, and only where its words stand together in that order', async () => {
    const words = await search('?q=community+care');
    const phrase = await search('?q=%22community+care%22', words.page);
    // The Community Care item and the meeting that lists it.
    expect(phrase.status).toBe('2 results for "community care"');
    expect(phrase.titles.length).toBeLessThan(words.titles.length);
    for (const title of phrase.titles) expect(words.titles).toContain(title);
    expect((await search('?q=%22care+community%22', words.page)).status).toMatch(/^No results for "care community"/);
    await words.page.close();
  });

  it('lists ten results at a time, and the next ten on request, focus on the first of them', async () => {
    const { page, status, titles } = await search('?type=indicator');
    const total = Number(/^(\d+) results/.exec(status)![1]);
    expect(total).toBeGreaterThan(10);
    expect(titles).toHaveLength(10);
    await page.locator('.search-more').click();
    await page.waitForFunction(
      (n) => document.querySelectorAll('ol.search-results > li').length === n,
      Math.min(total, 20),
    );
    const focused = await page.evaluate(
      () =>
        document.activeElement?.closest('ol.search-results > li') ===
        document.querySelectorAll('ol.search-results > li')[10],
    );
    expect(focused).toBe(true);
    await page.close();
  });

  it('sorts newest or oldest first', async () => {
    const newest = await search('?type=meeting&sort=newest');
    expect(newest.titles[0]).toContain('28 January 2027');
    expect(newest.titles.at(-1)).toContain('April 2017');
    const oldest = await search('?type=meeting&sort=oldest', newest.page);
    expect(oldest.titles[0]).toContain('April 2017');
    await newest.page.close();
  });

  it('round-trips the address: typing a query and going back restores the earlier search', async () => {
    const { page } = await search('?q=district+nurses');
    await page.fill('#search-q', 'care portal');
    await page.press('#search-q', 'Enter');
    await page.locator('.search-status', { hasText: 'care portal' }).waitFor();
    const second = await settle(page);
    expect(new URL(page.url()).searchParams.get('q')).toBe('care portal');
    expect(second.titles).toEqual(['Neighbourhood Working']);
    await page.goBack();
    await page.waitForFunction(
      () => (document.querySelector<HTMLInputElement>('#search-q')?.value ?? '') === 'district nurses',
    );
    await page.locator('.search-status', { hasText: 'district nurses' }).waitFor();
    expect((await settle(page)).titles).toContain('Better Care Together: community health services redesign');
    await page.close();
  });

  it('searches from the box in the header of any page', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}meetings/`);
    await page.fill('#site-search-q', 'Pathway 3 beds');
    await page.press('#site-search-q', 'Enter');
    const { titles } = await settle(page);
    expect(new URL(page.url()).pathname).toBe(`${BASE}search/`);
    expect(titles[0]).toBe('Better Care Together: community health services redesign');
    await page.close();
  });

  it('passes axe with results and filters shown, at desktop and 320px widths', async () => {
    for (const width of [1280, 320]) {
      const context = await site.browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      // Items alone; then items with their decisions listed under them, and a place ticked, listed above them.
      for (const query of ['?q=social+prescribing', '?q=endorsed&locality=bromley']) {
        await search(query, page);
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
        expect(violations.map((v) => `${query} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
          [],
        );
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      }
      expect(await page.locator('.search-sections li').count()).toBeGreaterThan(0);
      await context.close();
    }
  });

  it('without JavaScript, says so and links to the lists', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}search/?q=social+prescribing`);
    expect(await page.locator('.search-needs-js').textContent()).toContain('Search needs JavaScript');
    expect(await page.locator('.search-needs-js a').allTextContents()).toEqual([
      'all meetings',
      'all decisions',
      'localities',
      'topics',
    ]);
    await context.close();
  });

  it('loads the search index from the site itself', async () => {
    const page = await site.browser.newPage();
    const origins = new Set<string>();
    page.on('request', (request) => origins.add(new URL(request.url()).origin));
    await search('?q=social+prescribing', page);
    expect([...origins]).toEqual([new URL(site.server.url).origin]);
    await page.close();
  });
});
