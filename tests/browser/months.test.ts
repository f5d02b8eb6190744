/**
 * Busy years listed a month a page (MINUTED_YEAR_PAGE_LIMIT): the sample built with a limit
 * of one entry, so each year with two items, decisions or follow-ups has month pages.
 */
import { describe, expect, it } from 'vitest';
import { BASE, servedSite } from './served-site.ts';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import { paths } from '../../src/lib/pages/paths.ts';

const site = servedSite({ yearPageLimit: 1 });

const BUSY_YEARS = {
  'a locality': paths.localityYear('england', 2019),
  'a topic': paths.topicYear('integrated-care', 2019),
  'the decisions register': paths.decisionsOfYear(2019),
  'the follow-ups': paths.actionsOfYear(2019),
};

describe.each(Object.entries(BUSY_YEARS))('a busy year of %s', (_, yearPath) => {
  it('links each month from the year page, and each month page passes axe, the keyboard and 320px', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.url + yearPath);
    const monthLinks = page
      .getByRole('heading', { name: 'By month' })
      .locator('xpath=following-sibling::ul[1]')
      .getByRole('link');
    const months = await monthLinks.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(months.map((href) => new URL(href).pathname)).toEqual([`${BASE}${yearPath}03/`, `${BASE}${yearPath}01/`]);
    for (const url of [site.server.url + yearPath, ...months]) {
      expect(await site.audit(url)).toEqual({ url, axe: [], keyboard: [], reflow: [] });
    }
    await page.close();
  });

  it('is reached by keyboard alone: from the year page to a month, and back through the breadcrumbs', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.url + yearPath);
    await page.getByRole('link', { name: 'January' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/${yearPath}01/`);
    await expect(page.locator('h1').textContent()).resolves.toContain('January 2019');
    await expect(page.locator('[aria-current="page"]').filter({ hasText: 'January' }).count()).resolves.toBe(1);
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: '2019' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/${yearPath}`);
    await page.close();
  });
});

describe('a busy year of a locality, item by item', () => {
  it('lists every one of its agenda items on the page of its month, and none twice', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.url + paths.localityYear('england', 2019));
    await expect(page.locator('main p').first().textContent()).resolves.toBe(
      '2 agenda items with 2 decisions: too many for one page, so each month has a page of its own.',
    );
    const listed: string[] = [];
    for (const month of ['03', '01']) {
      await page.goto(`${site.server.url}${paths.localityYear('england', 2019)}${month}/`);
      const items = page
        .getByRole('heading', { name: 'Agenda items' })
        .locator('xpath=following-sibling::*[1]')
        .getByRole('link');
      listed.push(...(await items.allTextContents()));
    }
    const of2019 = loadCorpus('content').items.filter((item) => item.meeting.startsWith('2019-'));
    expect(of2019).toHaveLength(2);
    // Compared regardless of case: a title published in capitals is listed in sentence case.
    const lower = (titles: string[]) => titles.map((title) => title.toLowerCase()).sort();
    expect(lower(listed)).toEqual(lower(of2019.map((item) => item.title)));
    await page.close();
  });
});
