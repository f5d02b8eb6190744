/**
 * The search index in parts (MINUTED_SEARCH_PART_PAGES): the sample built with a part for
 * each meeting finds what the sample built with one index finds, sorts it the same way by
 * date, counts the same, and shows first results before loading the parts it does not need;
 * on a phone, the counts beside the folded filters load only when they are opened, with a
 * note while they do.
 */
import { describe, expect, it } from 'vitest';
import { firstSearchResultAt, noteFirstSearchResult } from '../../src/lib/audit/browser-audit.ts';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import { servedSite } from './served-site.ts';
import { allResults, filterCounts, search } from './searching.ts';

const whole = servedSite();
// Each held sample meeting has one item, two pages a meeting, and the meeting to come its own period: six parts.
const parted = servedSite({ searchPartPages: 2 });
// Each measure has one page, however many editions it has.
const MEASURES = new Set([...loadCorpus('content').kpis.indicators].map(([id, i]) => i.measure ?? id)).size;

describe('search over an index in parts', () => {
  it('is split into a part for each of the six meetings', async () => {
    const page = await parted.browser.newPage();
    await page.goto(`${parted.server.url}search/`);
    const parts = JSON.parse((await page.locator('search-page').getAttribute('data-parts'))!) as {
      path: string;
      period: string;
    }[];
    expect(parts.map((p) => p.path)).toEqual([
      'pagefind/part-6/',
      'pagefind/part-5/',
      'pagefind/part-4/',
      'pagefind/part-3/',
      'pagefind/part-2/',
      'pagefind/part-1/',
    ]);
    expect(parts[0].period).toBe('January 2027');
    await page.close();
  });

  // Eight searches on two sites, each to its last count: 36 s alone, nearer a minute beside another file's Chromium.
  it('finds, counts and date-sorts what a single index does', { timeout: 150_000 }, async () => {
    // "social prescribing": both words are in only two parts; parts lacking "prescribing" must
    // not answer with their "social" pages, as Pagefind alone would.
    for (const query of [
      '?q=social+prescribing',
      '?q=%22community+care%22',
      '?q=board&sort=newest',
      '?outcome=endorsed',
      '?type=meeting&sort=oldest',
      '?q=care&type=item&locality=london&sort=newest', // London's, from places within it, in three parts
      '?year=2019&year=2023',
      '?q=care&year=2019&type=item',
    ]) {
      const [one, split] = await Promise.all([search(whole, query), search(parted, query)]);
      expect(split.status.startsWith(one.status), `${split.status} / ${one.status}`).toBe(true);
      const [oneResults, splitResults] = [await allResults(one.page), await allResults(split.page)];
      if (query.includes('sort=')) expect(splitResults, query).toEqual(oneResults);
      else expect([...splitResults].sort(), query).toEqual([...oneResults].sort());
      expect(await filterCounts(split.page), query).toEqual(await filterCounts(one.page));
      await Promise.all([one.page.close(), split.page.close()]);
    }
  });

  it("leads with the boards' and places' pages a search names, though the oldest part holds them", async () => {
    const { page, status, titles } = await search(parted, '?q=Bromley');
    expect(titles.slice(0, 3)).toEqual([
      'Place: Bromley',
      'Board: Bromley Health and Wellbeing Board',
      'Meeting: Bromley Health and Wellbeing Board, 28 January 2027',
    ]);
    // Listed once: the board covering Bromley among others is found, but does not lead.
    const links = await allResults(page);
    expect(links.filter((href) => href.endsWith('/localities/bromley/'))).toHaveLength(1);
    expect(links.slice(2).some((href) => href.endsWith('/bodies/sel-jhosc/'))).toBe(true);
    expect(status).toMatch(/^\d+ results for “Bromley”, pages of boards and places first, then most relevant first/);
    // Sorted by date, nothing leads: boards and places have no date.
    const newest = await search(parted, '?q=Bromley&sort=newest', page);
    expect(newest.titles.slice(0, 5)).not.toContain('Place: Bromley');
    expect(newest.status).not.toMatch(/boards and places first/);
    await page.close();
  });

  it('says how results from several periods are ranked', async () => {
    const { page, status } = await search(parted, '?q=social+prescribing');
    expect(status).toBe(
      '2 results for “social prescribing”, most relevant first from March 2019, then from December 2017',
    );
    // More periods than two are counted rather than listed.
    expect((await search(parted, '?q=care', page)).status).toMatch(
      /^\d+ results for “care”, most relevant first within each of 6 periods, from the newest \(January 2027\) back to the oldest \(April 2017\)$/,
    );
    await page.close();
  });

  it('shows the first results before loading the parts it does not need for them', async () => {
    const page = await parted.browser.newPage();
    await noteFirstSearchResult(page);
    // Pagefind fetches from a worker, so its requests are timed here rather than in the page.
    const fetched: { part: string; startTime: number }[] = [];
    page.on('requestfinished', (request) => {
      const part = /pagefind\/(part-\d+)\/pagefind-entry\.json/.exec(request.url())?.[1];
      if (part) fetched.push({ part, startTime: request.timing().startTime });
    });
    // The figures' pages are in the oldest part, which "oldest first" searches first: its
    // results fill the first page before any other part is asked.
    await page.goto(`${parted.server.url}search/?type=indicator&sort=oldest`);
    const firstResultAt = await firstSearchResultAt(page);
    await page
      .locator('.search-status', { hasText: `${MEASURES} results filtered by Type: Performance figures` })
      .waitFor();
    expect(fetched.filter((f) => f.startTime <= firstResultAt).map((f) => f.part)).toEqual(['part-1']);
    // The other parts were still searched, for the count.
    expect(fetched.map((f) => f.part).sort()).toEqual(['part-1', 'part-2', 'part-3', 'part-4', 'part-5', 'part-6']);
    await page.close();
  });

  it('searches by year only the parts of that year, and the others only to count beside the filters', async () => {
    const context = await parted.browser.newContext({ viewport: { width: 320, height: 800 } });
    const page = await context.newPage();
    const entries: string[] = [];
    page.on('requestfinished', (request) => {
      const part = /pagefind\/(part-\d+)\/pagefind-entry\.json/.exec(request.url())?.[1];
      if (part) entries.push(part);
    });
    // Folded on a phone, the filters count nothing until opened: the search alone asks the parts of 2019.
    const [split, one] = [await search(parted, '?year=2019', page), await search(whole, '?year=2019')];
    expect(split.status.split(',')[0]).toBe(one.status);
    await page.waitForLoadState('networkidle');
    expect(entries.sort()).toEqual(['part-3', 'part-4']);
    await page.locator('details.search-filters summary').click();
    expect(await filterCounts(page)).toEqual(await filterCounts(one.page));
    expect(entries.sort()).toEqual(['part-1', 'part-2', 'part-3', 'part-4', 'part-5', 'part-6']);
    await Promise.all([context.close(), one.page.close()]);
  });

  it("fetches Pagefind's WebAssembly once, however many parts it searches", async () => {
    const before = parted.server.requested.length;
    const { page, status } = await search(parted, '?q=care');
    expect(status).toMatch(/within each of 6 periods/);
    await page.waitForLoadState('networkidle');
    const requested = parted.server.requested.slice(before);
    // Every part's entry was read, and every part's WebAssembly is the one shared file, asked for once.
    expect(requested.filter((path) => path.endsWith('/pagefind-entry.json'))).toHaveLength(6);
    expect(requested.filter((path) => path.endsWith('.pagefind'))).toEqual([
      expect.stringMatching(/\/pagefind\/shared\/wasm\.en\.[0-9a-f]{10}\.pagefind$/),
    ]);
    await page.close();
  });

  it('on a phone, fetches the counts beside the filters only when the filters are opened, saying so while they load', async () => {
    const context = await parted.browser.newContext({ viewport: { width: 320, height: 800 } });
    const page = await context.newPage();
    const filterFiles: string[] = [];
    page.on('requestfinished', (request) => {
      if (/\/pagefind\/part-\d+\/filter\//.test(request.url())) filterFiles.push(request.url());
    });
    await search(parted, '?q=care', page);
    await page.waitForLoadState('networkidle');
    // "care" begins no board's or place's name, so none is asked for first (leading.ts): no filter is loaded.
    expect(filterFiles).toEqual([]);
    expect(new Set(await page.locator('.search-option .count').allTextContents())).toEqual(new Set(['']));
    // Held back, the filters' files show what a slow connection would: a note that counting is under way.
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await context.route(/\/pagefind\/part-\d+\/filter\//, async (route) => {
      await released;
      await route.continue();
    });
    await page.locator('details.search-filters summary').click();
    const counting = page.locator('.search-counting');
    await expect.poll(() => counting.textContent()).toBe('Counting the results under each filter…');
    release();
    const one = await search(whole, '?q=care');
    expect(await filterCounts(page)).toEqual(await filterCounts(one.page));
    expect(await counting.textContent()).toBe('');
    expect(filterFiles.length).toBeGreaterThan(0);
    await Promise.all([context.close(), one.page.close()]);
  });
});
