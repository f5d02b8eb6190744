/**
 * Each page type of the built sample site, in Debian's Chromium, served under a base
 * path as a council's CDN would: axe with the WCAG 2.2 AA rules, the keyboard, 320px.
 */
import { describe, expect, it } from 'vitest';
import { servedSite } from './served-site.ts';
import { loadCorpus } from '../../src/lib/corpus.ts';
import { paths } from '../../src/lib/paths.ts';
import { auditPage } from '../../src/lib/audit/browser-audit.ts';
import { pageTypes } from '../../src/lib/audit/page-types.ts';

const corpus = loadCorpus('content');
const lincs = corpus.items.find((i) => i.slug === '01-neighbourhood-working')!;

const PAGE_TYPES = pageTypes(corpus);

const site = servedSite();

describe.each(Object.entries(PAGE_TYPES))('the %s page', (_, path) => {
  it('passes axe with the WCAG 2.2 AA rules, shows focus from the skip link on, and reflows at 320px', async () => {
    const audit = await auditPage(site.browser, site.server.url + path);
    expect(audit).toEqual({ url: site.server.url + path, axe: [], keyboard: [], reflow: [] });
  });

  it('has the skip link as its first tab stop, and it moves focus to the main content', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.url + path);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
    await page.close();
  });

  it('loads with no error, no Content Security Policy violation and no request to another origin', async () => {
    const page = await site.browser.newPage();
    const problems: string[] = [];
    const origins = new Set<string>();
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().includes('404')) problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('request', (request) => origins.add(new URL(request.url()).origin));
    await page.goto(site.server.url + path, { waitUntil: 'networkidle' });
    expect(problems).toEqual([]);
    expect([...origins]).toEqual([new URL(site.server.url).origin]);
    await page.close();
  });

});

describe('the decisions register with JavaScript', () => {
  it('filters by outcome and says how many are shown', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.url + paths.decisions());
    const status = page.locator('decision-filter [role="status"]');
    await expect(status.textContent()).resolves.toBe('5 of 5 decisions shown');
    await page.selectOption('#filter-outcome', 'noted');
    await expect(status.textContent()).resolves.toBe('3 of 5 decisions shown');
    expect(await page.locator('.card-list li[data-outcome]:visible').count()).toBe(3);
    await page.close();
  });
});

describe('reading without JavaScript', () => {
  it('shows the minutes and decisions of an item with scripts turned off', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.server.url + paths.item(lincs));
    await expect(page.locator('#decision-1').textContent()).resolves.toContain('That the Board note the information within the report');
    expect(await page.locator('#decision-1 .tag').textContent()).toBe('Noted');
    await context.close();
  });
});
