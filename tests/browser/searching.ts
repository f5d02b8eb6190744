/** Driving the search page in Chromium, for the browser tests. */
import type { Browser, Page } from 'playwright-core';
import type { RunningServer } from '../../src/lib/audit/static-server.ts';

export interface Searched {
  page: Page;
  status: string;
  titles: string[];
}

/** Opens the search page of `site` at `query` and waits for its results to be announced. */
export async function search(
  site: { readonly server: RunningServer; readonly browser: Browser },
  query: string,
  page?: Page,
): Promise<Searched> {
  page ??= await site.browser.newPage();
  await page.goto(`${site.server.url}search/${query}`);
  return settle(page);
}

/** Waits for a search to finish (every part of the index searched) and its first page of results to be listed. */
export async function settle(page: Page): Promise<Searched> {
  const status = page.locator('.search-status');
  await status.filter({ hasText: /result|Type words/, hasNotText: 'so far' }).waitFor();
  const text = (await status.textContent()) ?? '';
  // The results announced, up to a page of ten, are listed once their excerpts have loaded.
  const shown = Math.min(Number(/^([\d,]+) results?/.exec(text)?.[1].replaceAll(',', '') ?? 0), 10);
  await page.waitForFunction((n) => document.querySelectorAll('ol.search-results > li').length === n, shown);
  return { page, status: text, titles: await page.locator('ol.search-results h3').allTextContents() };
}

/** Every result's link, in order, pressing "Show more results" until all are listed. */
export async function allResults(page: Page): Promise<string[]> {
  const more = page.locator('.search-more');
  while (await more.isVisible()) {
    const before = await page.locator('ol.search-results > li').count();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('ol.search-results > li').length > n, before);
  }
  return page.locator('ol.search-results h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
}

/** The count shown beside each filter option, by its input's id, once the counts have loaded. */
export async function filterCounts(page: Page): Promise<Record<string, string>> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.search-option .count')].some((c) => c.textContent !== ''),
  );
  return Object.fromEntries(
    await page
      .locator('.search-option')
      .evaluateAll((options) =>
        options.map((o) => [o.querySelector('input')!.id, o.querySelector('.count')!.textContent ?? '']),
      ),
  );
}
