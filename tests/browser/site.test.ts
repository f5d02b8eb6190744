/**
 * Each page type of the built sample site, in Debian's Chromium, served under a base
 * path as a council's CDN would: axe with the WCAG 2.2 AA rules, the keyboard, 320px.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { servedSite } from './served-site.ts';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import { paths } from '../../src/lib/pages/paths.ts';
import { pageTypes } from '../../src/lib/audit/page-types.ts';

const corpus = loadCorpus('content');
const lincs = corpus.items.find((i) => i.slug === '01-neighbourhood-working')!;

const PAGE_TYPES = pageTypes(corpus);

const site = servedSite();

describe.each(Object.entries(PAGE_TYPES))('the %s page', (_, path) => {
  it('passes axe with the WCAG 2.2 AA rules, shows focus from the skip link on, and reflows at 320px', async () => {
    const audit = await site.audit(site.server.url + path);
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

describe('the audit that verify runs on every page', () => {
  it('finds a missing text alternative, a missing skip link and sideways scrolling, and carries nothing from one page to the next', async () => {
    const item = readFileSync(join(site.dist, PAGE_TYPES.item, 'index.html'), 'utf8');
    // The item page as an editor's mistakes would leave it: a chart pasted as an image
    // with no text, figures pasted as a preformatted table wider than a phone, and the skip
    // link lost from the layout.
    const skipLink = '<a class="skip-link" href="#main-content">Skip to main content</a>';
    expect(item).toContain(skipLink);
    expect(item).toContain('</main>');
    const broken = item
      .replace(skipLink, '')
      .replace(
        '</main>',
        `<img src="chart.png"><pre>${'Locality  2019/20  2020/21  2021/22  2022/23  2023/24  '.repeat(3)}</pre></main>`,
      );
    mkdirSync(join(site.dist, 'broken'));
    writeFileSync(join(site.dist, 'broken', 'index.html'), broken);

    const brokenUrl = site.server.url + 'broken/';
    const found = await site.audit(brokenUrl);
    expect(found.axe.map((problem) => problem.split(':')[0])).toContain('image-alt');
    expect(found.keyboard).toEqual([expect.stringContaining('not the skip link')]);
    expect(found.reflow).toEqual([expect.stringContaining('so it scrolls sideways')]);
    // The auditor loads each page into the same two tabs: the next page is judged on its own.
    const itemUrl = site.server.url + PAGE_TYPES.item;
    expect(await site.audit(itemUrl)).toEqual({ url: itemUrl, axe: [], keyboard: [], reflow: [] });
    expect(await site.audit(brokenUrl)).toEqual(found);
  });
});

describe('the decisions register with JavaScript', () => {
  it('filters by outcome and says how many are shown', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.url + paths.decisions());
    const status = page.locator('list-filter [role="status"]');
    await expect(status.textContent()).resolves.toBe('5 of 5 decisions shown');
    await page.selectOption('#filter-outcome', 'noted');
    await expect(status.textContent()).resolves.toBe('3 of 5 decisions shown');
    expect(await page.locator('.card-list li[data-outcome]:visible').count()).toBe(3);
    await page.close();
  });
});

describe('the follow-ups with JavaScript', () => {
  it('narrows the list by locality and status, chosen with the keyboard, and says how many are shown', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.url + paths.actions());
    const status = page.locator('list-filter [role="status"]');
    const shown = page.locator('.card-list > li:visible h3');
    await expect(status.textContent()).resolves.toBe('2 of 2 follow-ups shown');
    await page.getByLabel('Locality').focus();
    await page.keyboard.type('Lincolnshire');
    await expect(status.textContent()).resolves.toBe('1 of 2 follow-ups shown');
    await expect(shown.allTextContents()).resolves.toEqual(['Neighbourhood Working']);
    await expect(page.getByRole('heading', { name: 'Open (1)' }).isVisible()).resolves.toBe(false);
    await page.getByLabel('Status').focus();
    await page.keyboard.type('Open');
    await expect(status.textContent()).resolves.toBe('0 of 2 follow-ups shown');
    await page.getByLabel('Locality').focus();
    await page.keyboard.type('Rutland');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(status.textContent()).resolves.toBe('1 of 2 follow-ups shown');
    await expect(shown.allTextContents()).resolves.toEqual([expect.stringMatching(/^Better Care Together: community/)]);
    await page.close();
  });
});

describe('reading without JavaScript', () => {
  it('narrows the follow-ups to one status through the links of the tracker', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.server.url + paths.actions());
    await expect(page.locator('form.filters').isVisible()).resolves.toBe(false);
    await page.getByRole('link', { name: 'Overdue', exact: true }).click();
    await page.waitForURL(`**/${paths.actionsOfStatus('overdue')}`);
    await expect(page.locator('.card-list > li h3').allTextContents()).resolves.toEqual(['Neighbourhood Working']);
    await context.close();
  });

  it('shows the minutes and decisions of an item with scripts turned off', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.server.url + paths.item(lincs));
    await expect(page.locator('#decision-1').textContent()).resolves.toContain(
      'That the Board note the information within the report',
    );
    expect(await page.locator('#decision-1 .tag').textContent()).toBe('Noted');
    await context.close();
  });

  it('lists the next meeting on the home page, whose link the keyboard follows to its agenda, not yet held', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.server.url);
    const next = page.locator('section[aria-labelledby="next-meetings"] li');
    expect((await next.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim())).toEqual([
      '28 January 2027 – Bromley Health and Wellbeing Board 13:30, Committee Room 1, Bromley Civic Centre, Stockwell Close, Bromley BR1 3UH 3 agenda items',
    ]);
    await next.getByRole('link').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/meetings\/2027-01-28-bromley-hwb\/$/);
    await expect(page.locator('main .notice').textContent()).resolves.toContain('This meeting has not happened yet');
    expect(await page.locator('main h2').allTextContents()).toContain('Agenda');
    await context.close();
  });
});

describe('"Find your area"', () => {
  it('suggests places as you type, the arrow keys choose one, and Enter lands on its locality', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.url);
    const box = page.getByRole('combobox', { name: 'Town, ward, district or postcode' });
    await box.focus();
    await page.keyboard.type('cray');
    const options = page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option');
    await expect
      .poll(() => options.allTextContents())
      .toEqual(['St Mary Cray in Bromley', "St Paul's Cray in Bromley"]);
    await expect(box.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'suggestions' }).textContent())
      .toBe('2 suggestions: use the arrow keys to choose one, and Enter to go to its page.');

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const chosen = await box.getAttribute('aria-activedescendant');
    await expect(page.locator(`#${chosen}`).textContent()).resolves.toBe("St Paul's Cray in Bromley");
    await expect(page.locator(`#${chosen}`).getAttribute('aria-selected')).resolves.toBe('true');
    await page.keyboard.press('Escape');
    await expect(box.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(box.getAttribute('aria-activedescendant')).resolves.toBeNull();

    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/${paths.locality('bromley')}`);
    await expect(page.locator('h1').textContent()).resolves.toContain('Bromley');
    await page.close();
  });

  it('takes a postcode typed any way, and offers the choice where a district is in two localities', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.url + paths.localities());
    const box = page.getByRole('combobox', { name: 'Town, ward, district or postcode' });
    await box.fill('le2');
    await box.press('Enter');
    const options = page.getByRole('option');
    await expect.poll(() => options.allTextContents()).toEqual(['LE2 in Leicester', 'LE2 in Leicestershire']);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'LE2' }).textContent())
      .toBe('LE2 is in 2 localities, Leicester and Leicestershire: choose one with the arrow keys.');
    expect(page.url()).toBe(site.server.url + paths.localities());

    await box.fill('br13uh');
    await box.press('Enter');
    await page.waitForURL(`**/${paths.locality('bromley')}`);
    await page.close();
  });

  it('without JavaScript, leads to the A to Z of places, whose names link to their localities', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.server.url);
    await page.getByRole('textbox', { name: 'Town, ward, district or postcode' }).fill('Oakham');
    await page.getByRole('button', { name: 'Find' }).click();
    await page.waitForURL(`**/${paths.places()}?q=Oakham`);
    await page.getByRole('link', { name: 'O', exact: true }).click();
    const oakham = page.locator('dt', { hasText: 'Oakham' }).locator('+ dd');
    await oakham.getByRole('link', { name: 'Rutland' }).click();
    await page.waitForURL(`**/${paths.locality('rutland')}`);
    await expect(page.locator('h1').textContent()).resolves.toContain('Rutland');

    await page.goto(site.server.url + paths.places());
    const le2 = page.locator('#postcodes ~ dl dt', { hasText: /^LE2$/ }).locator('+ dd');
    await expect(le2.getByRole('link').allTextContents()).resolves.toEqual(['Leicester', 'Leicestershire']);
    await context.close();
  });
});

describe('the meeting and locality pages, which lead with what matters', () => {
  const text = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

  it('a meeting page gives each decision once, the figures its agenda discussed first, and a dated figure its age', async () => {
    const url = site.server.url + paths.meeting('2023-06-29-bromley-hwb');
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url);
    const main = page.locator('main');
    expect(await main.getByText('RESOLVED that the statement be endorsed, and the plans approved.').count()).toBe(1);
    expect(await main.locator('h2').allTextContents()).toEqual([
      'Agenda',
      'Attendance',
      'Figures at the time of this meeting',
    ]);
    const firstRow = main.locator('#figures ~ section table').first().locator('tbody tr').first();
    expect(text(await firstRow.locator('th').textContent())).toBe(
      'People receiving an NHS Health Check (cumulative from 2021/22 Q1) Discussed under item 1',
    );
    const alcohol = main.locator('tr', { hasText: 'Admission episodes for alcohol-related conditions' });
    expect(await alcohol.isVisible()).toBe(false);
    await main.locator('details.figures-at summary').click();
    expect(text(await alcohol.locator('.tag--dated').textContent())).toBe(
      'Improving (2017/18 figures, 5 years before this meeting)',
    );
    expect(await alcohol.locator('.tag--improving').count()).toBe(0);
    await context.close();
    expect(await site.audit(url)).toEqual({ url, axe: [], keyboard: [], reflow: [] });
  });

  it('a locality page opens with a summary, then its figures by theme, each theme a table opened without JavaScript', async () => {
    const url = site.server.url + paths.locality('lincolnshire');
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url);
    const main = page.locator('main');
    expect((await main.locator('h2').allTextContents())[0]).toBe('At a glance');
    const glance = main.locator('section.at-a-glance');
    await expect(glance.locator('.tag--noted').textContent()).resolves.toBe('Noted');
    await expect(glance.locator('.tag--overdue').textContent()).resolves.toBe('Overdue');
    const themes = main.locator('section.theme-figures');
    const contents = main.locator('nav[aria-label="Themes of Lincolnshire\'s figures"] a');
    expect(await contents.count()).toBe(await themes.count());
    expect(await themes.locator('table').first().isVisible()).toBe(false);
    await themes.first().locator('summary').click();
    expect(await themes.locator('table').first().isVisible()).toBe(true);
    await context.close();
    expect(await site.audit(url)).toEqual({ url, axe: [], keyboard: [], reflow: [] });
  });
});
