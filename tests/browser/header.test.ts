/**
 * The header at a phone's width, with and without JavaScript, and a page on paper: the
 * Menu button, the keyboard, axe with the menu open and closed, and print media.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { servedSite } from './served-site.ts';
import { WCAG_22_AA } from '../../src/lib/audit/browser-audit.ts';
import { paths } from '../../src/lib/pages/paths.ts';

const site = servedSite();
const PHONE = { width: 320, height: 568 };

async function axeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Tabs until the Menu button has focus, as a keyboard user would reach it. */
async function tabToMenu(page: Page) {
  for (let i = 0; i < 10; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.classList.contains('menu-button'))) return;
  }
  throw new Error('the Menu button was not reached with the Tab key');
}

describe('the header at 320px with JavaScript', () => {
  it('folds the navigation behind a Menu button that Enter and Space open and close', async () => {
    const page = await site.browser.newPage({ viewport: PHONE });
    await page.goto(site.server.url + paths.meetings());
    const menu = page.getByRole('button', { name: 'Menu' });
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(menu.isVisible()).resolves.toBe(true);
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(nav.isVisible()).resolves.toBe(false);

    await tabToMenu(page);
    const focusColour = await page.evaluate(() => getComputedStyle(document.activeElement!).backgroundColor);
    expect(focusColour).toBe('rgb(255, 221, 0)');
    await page.keyboard.press('Enter');
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(nav.isVisible()).resolves.toBe(true);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe('Meetings');

    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Space');
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(nav.isVisible()).resolves.toBe(false);
    await page.close();
  });

  it('passes axe with the WCAG 2.2 AA rules with the menu closed and open', async () => {
    // axe wants a page of a context of its own, to open its blank page in.
    const context = await site.browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(site.server.url + paths.meetings());
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Menu' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('shows the page heading in the first screen', async () => {
    const page = await site.browser.newPage({ viewport: PHONE });
    await page.goto(site.server.url + paths.meetings());
    const heading = await page.locator('h1').boundingBox();
    expect(heading!.y + heading!.height).toBeLessThanOrEqual(PHONE.height);
    await page.close();
  });

  it('shows no Menu button at a desktop width, where the navigation is always open', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(site.server.url + paths.meetings());
    await expect(page.locator('.menu-button').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('navigation', { name: 'Main' }).isVisible()).resolves.toBe(true);
    await page.close();
  });
});

describe('the header at 320px without JavaScript', () => {
  it('keeps the navigation open and shows no Menu button', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    const page = await context.newPage();
    await page.goto(site.server.url + paths.meetings());
    await expect(page.locator('.menu-button').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('link', { name: 'Meetings', exact: true }).first().isVisible()).resolves.toBe(true);
    await context.close();
  });
});

describe('a printed page', () => {
  it("shows the site's name, the page's address and the date printed, not the navigation or search", async () => {
    const page = await site.browser.newPage();
    const url = site.server.url + paths.meetings();
    await page.goto(url);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-title').isVisible()).resolves.toBe(true);
    await expect(page.locator('.print-address').textContent()).resolves.toBe(url);
    await expect(page.locator('.print-address').isVisible()).resolves.toBe(true);
    await expect(page.locator('.print-date').textContent()).resolves.toMatch(/^Printed on \d{1,2} [A-Z][a-z]+ \d{4}$/);
    for (const hidden of ['.site-nav', '.site-search', '.menu-button', '.skip-link'])
      await expect(page.locator(hidden).isVisible(), hidden).resolves.toBe(false);
    await page.close();
  });

  it('says when the page was built, without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.server.url + paths.meetings());
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.print-date').textContent()).resolves.toMatch(
      /^Page built on \d{1,2} [A-Z][a-z]+ \d{4}$/,
    );
    await context.close();
  });
});
