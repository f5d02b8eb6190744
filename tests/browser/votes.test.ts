/**
 * Recorded votes in Chromium, on a copy of the sample with two votes on the Lincolnshire
 * item: its page passes axe and reflows at 320px, and the register's filter finds them.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { paths } from '../../src/lib/pages/paths.ts';
import { VOTED_ITEM, votedContent } from '../support/voted-content.ts';
import { servedSite } from './served-site.ts';

const content = votedContent();
afterAll(() => content.remove());
const site = servedSite({ contentDir: content.dir });
const [meeting, slug] = VOTED_ITEM.split('/');

describe('an item page with recorded votes', () => {
  it('passes axe with the WCAG 2.2 AA rules, shows focus, and reflows at 320px', async () => {
    const url = site.server.url + paths.item({ meeting, slug });
    expect(await site.audit(url)).toEqual({ url, axe: [], keyboard: [], reflow: [] });
  });

  it("reads each vote's counts as a table, a row a side", async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.url + paths.vote({ item: { meeting, slug }, at: 0 }));
    const table = page.getByRole('table', { name: 'Votes cast: 3 for, 7 against, 1 abstention' });
    await expect(table.getByRole('row', { name: 'Against 7' }).count()).resolves.toBe(1);
    await page.close();
  });
});

describe("the decisions register's recorded vote filter", () => {
  it('shows only the decisions of items with a recorded vote', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.url + paths.decisions());
    await page.getByLabel('Recorded vote').selectOption('recorded');
    await expect(page.getByRole('status').textContent()).resolves.toBe('1 of 5 decisions shown');
    await expect(page.locator('li[data-outcome]:visible').textContent()).resolves.toContain(
      'Recorded vote: not agreed, 3 for, 7 against, 1 abstention',
    );
    await page.close();
  });
});
