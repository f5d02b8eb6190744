/**
 * What only a browser can check about a page: axe with the WCAG 2.2 AA rules, that the
 * skip link is the first tab stop and focus is visible, and that nothing scrolls
 * sideways at 320px. Used by `npm run verify` and the browser tests alike.
 */
import { createRequire } from 'node:module';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';

export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Debian's Chromium unless CHROMIUM_PATH says otherwise; never a downloaded browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The machine has no network: stop Chromium's own background connections. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** Problems found on one page; empty lists mean it passed. */
export interface PageAudit {
  url: string;
  /** "rule-id: selector, selector" for each axe violation. */
  axe: string[];
  keyboard: string[];
  reflow: string[];
}

/** Audits pages one after another; close it when done. */
export interface PageAuditor {
  audit(url: string): Promise<PageAudit>;
  close(): Promise<void>;
}

/**
 * An auditor with two tabs of its own, one 1280px wide and one 320px wide, that each URL
 * is loaded into in turn: each load is a fresh document, and the tabs are opened once
 * (docs/performance.md). Run one per core to audit many pages.
 * Example: const auditor = await openPageAuditor(browser); (await auditor.audit('http://127.0.0.1:8080/')).axe → [].
 */
export async function openPageAuditor(browser: Browser): Promise<PageAuditor> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  // Chromium puts axe into every page this tab loads, rather than @axe-core/playwright
  // sending its 550 kB over the DevTools connection twice an audit.
  await page.addInitScript({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
  // As a phone would open a page: 320px wide from the start, so charts are drawn at that width.
  const narrow = await context.newPage();
  await narrow.setViewportSize({ width: 320, height: 640 });
  return {
    // A page that never settles fails its audit, naming it, rather than holding the whole run.
    audit: (url) => withinTime(auditIn(page, narrow, url), AUDIT_MS, `Auditing ${url} took over ${AUDIT_MS / 1000} s.`),
    close: () => context.close(),
  };
}

/** How long one page's audit may take: a few seconds on a loaded machine. */
const AUDIT_MS = 120_000;

function withinTime<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, fail) => (timer = setTimeout(() => fail(new Error(message)), ms)));
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

async function auditIn(page: Page, narrow: Page, url: string): Promise<PageAudit> {
  await page.goto(url);
  // The site has no frames, so axe's legacy mode checks the same without opening a blank
  // page each run to gather frames' results. axe is already in the page, so the source it
  // evaluates first is a no-op; only violations are read, so only they are gathered.
  const { violations } = await new AxeBuilder({ page, axeSource: 'void 0' })
    .options({ resultTypes: ['violations'] }) // before withTags, as options() replaces what withTags sets
    .withTags(WCAG_22_AA)
    .setLegacyMode(true)
    .analyze();
  const axe = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

  const keyboard: string[] = [];
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    const style = active ? getComputedStyle(active) : undefined;
    return {
      text: active?.textContent?.trim(),
      top: active?.getBoundingClientRect().top ?? -1,
      outline: style?.outlineStyle,
      shadow: style?.boxShadow,
      background: style?.backgroundColor,
    };
  });
  if (first.text !== 'Skip to main content') keyboard.push(`the first tab stop is "${first.text}", not the skip link`);
  else if (first.top < 0) keyboard.push('the skip link stays off screen when focused');
  if (first.shadow === 'none' && first.outline === 'none')
    keyboard.push('the focused skip link shows no focus indicator');
  await page.keyboard.press('Tab');
  const second = await page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    const style = active ? getComputedStyle(active) : undefined;
    return { tag: active?.tagName, shadow: style?.boxShadow, outline: style?.outlineStyle };
  });
  if (second.shadow === 'none' && second.outline === 'none')
    keyboard.push(`the second tab stop (${second.tag}) shows no focus indicator`);

  const reflow: string[] = [];
  // Scrolled to the end so that every chart (drawn as it nears the screen) is drawn;
  // scrollToEnd then waits for the network to settle, so the load need not (networkidle
  // waits half a second at least).
  await narrow.goto(url);
  await scrollToEnd(narrow);
  await narrow.evaluate(
    // Chromium may hold back a tab's frames while another has the focus: a second at most, then on.
    () => new Promise((done) => (requestAnimationFrame(() => requestAnimationFrame(done)), setTimeout(done, 1000))),
  );
  const width = await narrow.evaluate(() => document.documentElement.scrollWidth);
  if (width > 320) reflow.push(`at 320px wide the page is ${width}px wide, so it scrolls sideways`);
  return { url, axe, keyboard, reflow };
}

/** Scrolls a page to its end a screen at a time, as a reader would, so everything drawn as it nears the screen is drawn. */
export async function scrollToEnd(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight) {
      scrollTo(0, y);
      await new Promise((done) => (requestAnimationFrame(() => requestAnimationFrame(done)), setTimeout(done, 1000)));
    }
  });
  await page.waitForLoadState('networkidle');
}

/** Notes, by the page's clock, when a search first lists a result; read it with firstSearchResultAt. Call before the page loads. */
export async function noteFirstSearchResult(page: Page): Promise<void> {
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector('ol.search-results > li')) return;
      (window as unknown as { firstResultAt: number }).firstResultAt = performance.timeOrigin + performance.now();
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
}

/** When the first search result was put on the page (epoch milliseconds, as request timings are), waiting for it. */
export async function firstSearchResultAt(page: Page): Promise<number> {
  await page.locator('ol.search-results > li').first().waitFor({ timeout: 60_000 });
  return page.evaluate(() => (window as unknown as { firstResultAt: number }).firstResultAt);
}
