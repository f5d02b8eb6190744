/** KPI charts in Chromium: they draw, their tables match the data, they fit at 320px, and a locality page leads to them. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import type { Measure } from '../../src/lib/kpi/figures.ts';
import { paths } from '../../src/lib/pages/paths.ts';
import { siteDataOf } from '../../src/lib/pages/routes.ts';
import { servedSite } from './served-site.ts';

const site = servedSite();

const CHART = '#chart-smoking-prevalence-adults-bromley-title';
const CHARTS = paths.indicator('smoking-prevalence-adults');
// The measure charted for the most places: its page has the most charts.
const { figures } = siteDataOf(loadCorpus('content'), '2030-01-01', 300);
const places = (measure: Measure) => figures.localitiesWith(measure).length;
const MOST_CHARTED = paths.indicator([...figures.measures].sort((a, b) => places(b) - places(a))[0].id);

describe("a chart on a measure's page", () => {
  it('draws on its canvas, with a role and a label', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}${CHARTS}`);
    const figure = page.locator('figure', { has: page.locator(CHART) });
    const canvas = figure.locator('canvas');
    await figure.scrollIntoViewIfNeeded();
    await canvas.waitFor();
    await page.waitForTimeout(600); // let the first frame finish
    expect(await canvas.getAttribute('role')).toBe('img');
    expect(await canvas.getAttribute('aria-label')).toContain(
      'Smoking prevalence in adults (18+) - current smokers (APS) in Bromley fell from 16.1% in 2011',
    );
    const inked = await canvas.evaluate((c: HTMLCanvasElement) => {
      const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
      let coloured = 0;
      for (let i = 0; i < data.length; i += 4)
        if (data[i + 3] > 0 && !(data[i] > 240 && data[i + 1] > 240 && data[i + 2] > 240)) coloured++;
      return coloured;
    });
    expect(inked).toBeGreaterThan(1000);
    await page.close();
  });

  it('has a table with exactly the figures of its CSV download', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}${CHARTS}`);
    const figure = page.locator('figure', { has: page.locator(CHART) });
    const cells = await figure
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) =>
          [...row.children]
            .filter((cell) => !cell.classList.contains('kpi__interval'))
            .map((cell) => cell.textContent!.trim()),
        ),
      );
    const href = await figure.getByRole('link', { name: 'Download these figures (CSV)' }).getAttribute('href');
    const csv = await (await fetch(new URL(href!, site.server.url))).text();
    const rows = csv
      .trim()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(','));
    // indicator,edition,locality,period,…,value: every CSV figure is in the table's row for its period.
    for (const row of rows) {
      const [place, period, value] = [row[2], row[3], Number(row[6])];
      const tableRow = cells.find((r) => r[0] === period)!;
      expect(tableRow, `${place} ${period}`).toBeDefined();
      expect(tableRow.slice(1)).toContain(`${value.toFixed(1)}%`);
    }
    const drawn = cells.flatMap((r) => r.slice(1)).filter((v) => v !== '–').length;
    expect(drawn).toBe(rows.length);
    await page.close();
  });

  it('keeps its table open without JavaScript, and folds it away once the chart is drawn', async () => {
    const plain = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await plain.newPage();
    await page.goto(`${site.server.url}${CHARTS}`);
    const figure = page.locator('figure', { has: page.locator(CHART) });
    expect(await figure.locator('details').getAttribute('open')).toBe('');
    expect(await figure.locator('table').isVisible()).toBe(true);
    await plain.close();
    const scripted = await site.browser.newPage();
    await scripted.goto(`${site.server.url}${CHARTS}`);
    const drawn = scripted.locator('figure', { has: scripted.locator(CHART) });
    await drawn.scrollIntoViewIfNeeded();
    await drawn.locator('canvas').waitFor();
    expect(await drawn.locator('details').getAttribute('open')).toBeNull();
    await scripted.close();
  });

  it('prints the table of a drawn chart, where the chart had folded it away', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}${CHARTS}`);
    const figure = page.locator('figure', { has: page.locator(CHART) });
    await figure.scrollIntoViewIfNeeded();
    await figure.locator('canvas').waitFor();
    expect(await figure.locator('table').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await figure.locator('table').isVisible()).toBe(true);
    expect(await figure.locator('canvas').isVisible()).toBe(false);
    await page.close();
  });

  it('draws charts as they come near the screen, not all at once', async () => {
    const page = await site.browser.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${site.server.url}${MOST_CHARTED}`, { waitUntil: 'networkidle' });
    const charts = await page.locator('kpi-chart').count();
    expect(charts).toBeGreaterThan(5);
    const farTops = await page
      .locator('kpi-chart:not(:has(canvas))')
      .evaluateAll((undrawn) => undrawn.map((c) => c.getBoundingClientRect().top));
    expect(farTops.length).toBeGreaterThan(charts / 2);
    for (const top of farTops) expect(top).toBeGreaterThan(800);
    const last = page.locator('kpi-chart').last();
    await last.scrollIntoViewIfNeeded();
    await last.locator('canvas').waitFor();
    await page.close();
  });

  it('loads Chart.js only on pages with charts', async () => {
    const scripts = async (path: string) => {
      const page = await site.browser.newPage();
      const loaded: string[] = [];
      page.on('request', (r) => r.resourceType() === 'script' && loaded.push(r.url()));
      await page.goto(`${site.server.url}${path}`, { waitUntil: 'networkidle' });
      await page.mouse.wheel(0, 100_000); // charts load Chart.js as they near the screen
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      await page.close();
      return loaded;
    };
    expect((await scripts(CHARTS)).some((u) => /kpi-chart-draw/.test(u))).toBe(true);
    expect(await scripts('meetings/')).toEqual([]);
    expect(await scripts('localities/bromley/')).toEqual([]);
  });
});

/** What a drawn chart's value axis shows, read from its Chart.js instance. */
async function valueAxis(page: Page, title: string) {
  const element = page.locator('figure', { has: page.locator(title) }).locator('kpi-chart');
  return element.evaluate((chart) => {
    const drawn = (chart as HTMLElement & { chart: import('chart.js').Chart }).chart;
    const { x, y } = drawn.scales;
    const options = y.options as unknown as {
      title: { text: string; font: { size: number } };
      ticks: { font: { size: number } };
    };
    const [yTitle, yTicks] = [options.title, options.ticks];
    return {
      min: y.min,
      title: yTitle.text,
      titleSize: yTitle.font.size,
      tickSize: yTicks.font.size,
      xTicks: x.ticks.length,
    };
  });
}

async function drawnChart(width: number, path: string, title: string) {
  const page = await site.browser.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`${site.server.url}${path}`);
  const figure = page.locator('figure', { has: page.locator(title) });
  await figure.scrollIntoViewIfNeeded();
  await figure.locator('canvas').waitFor();
  await page.waitForTimeout(600); // let the first frame finish
  return { page, figure };
}

describe.each([1280, 320])('a chart %ipx wide', (width) => {
  it('starts a percentage axis at zero, titled with its unit, in text of 12px or more', async () => {
    const { page } = await drawnChart(width, CHARTS, CHART);
    const axis = await valueAxis(page, CHART);
    expect(axis).toMatchObject({ min: 0, title: '%' });
    expect(axis.titleSize).toBeGreaterThanOrEqual(12);
    expect(axis.tickSize).toBeGreaterThanOrEqual(12);
    if (width === 320) expect(axis.xTicks).toBeLessThanOrEqual(4);
    await page.close();
  });

  it('says so when an axis of years does not start at zero', async () => {
    const title = '#chart-healthy-life-expectancy-at-birth-female-bromley-title';
    const { page } = await drawnChart(width, paths.indicator('healthy-life-expectancy-at-birth-female'), title);
    const axis = await valueAxis(page, title);
    expect(axis.min).toBeGreaterThan(0);
    expect(axis.title).toBe('Years (axis does not start at zero)');
    await page.close();
  });

  it('draws a whisker for each published confidence interval, in its line, and names it in the tooltip', async () => {
    // Campylobacter, read from the Fingertips export as downloaded: Bromley's figures carry 95% intervals.
    const title = '#chart-campylobacter-incidence-bromley-title';
    const { page, figure } = await drawnChart(width, paths.indicator('campylobacter-incidence'), title);
    const axis = await valueAxis(page, title);
    expect(axis).toMatchObject({ min: 0, title: 'Crude rate per 100,000' });
    const [whiskered, tooltip] = await figure.locator('kpi-chart').evaluate((element) => {
      type Drawn = HTMLElement & { chart: import('chart.js').Chart };
      const { chart } = element as Drawn;
      const data = JSON.parse(
        (element as HTMLElement).dataset.chart!,
      ) as import('../../src/lib/kpi/chart-data.ts').ChartData;
      const [line] = data.lines;
      const canvas = chart.canvas;
      const scale = canvas.width / canvas.getBoundingClientRect().width;
      const points = chart.getDatasetMeta(0).data;
      // Between each of Bromley's points and its upper limit, is there a pixel's worth of Bromley blue (#1d70b8)?
      // A whisker is antialiased over the pixels either side of its x, so add up three.
      const blue = line.values.flatMap((value, i) => {
        const interval = line.intervals?.[i];
        if (value === null || !interval) return [];
        const x = Math.round(points[i].x * scale);
        const y = Math.round(chart.scales.y.getPixelForValue(value + 0.8 * (interval[1] - value)) * scale);
        const row = canvas.getContext('2d')!.getImageData(x - 1, y, 3, 1).data;
        const blues = [0, 4, 8].filter((at) => row[at] < 80 && row[at + 2] > 150);
        return [blues.reduce((sum, at) => sum + row[at + 3], 0) >= 255];
      });
      const tip = chart.tooltip!;
      tip.setActiveElements([{ datasetIndex: 0, index: line.values.length - 1 }], { x: 0, y: 0 });
      chart.update();
      return [blue, tip.body[0].lines];
    });
    expect(whiskered).toEqual([true, true, true]);
    expect(tooltip).toEqual([
      'Bromley: 86.9 per 100,000 (95% confidence interval 77.1 per 100,000 to 97.6 per 100,000)',
    ]);
    await page.close();
  });

  it('draws no whisker where no interval is published', async () => {
    const { figure } = await drawnChart(width, CHARTS, CHART);
    const intervals = await figure
      .locator('kpi-chart')
      .evaluate((element) => JSON.parse((element as HTMLElement).dataset.chart!).lines[0].intervals ?? []);
    expect(intervals.filter(Boolean)).toEqual([]);
    await figure.page().close();
  });
});

describe('pages with charts', () => {
  it.each([
    CHARTS,
    paths.indicator('healthy-life-expectancy-at-birth-female'),
    paths.indicator('campylobacter-incidence'),
  ])('pass axe: %s', async (path) => {
    const url = `${site.server.url}${path}`;
    expect((await site.audit(url)).axe).toEqual([]);
  });
});

describe("a locality page's figures", () => {
  it("lead, without JavaScript, from a theme's table to the place's chart, which then draws", async () => {
    const plain = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await plain.newPage();
    await page.goto(`${site.server.url}localities/bromley/`);
    const theme = page.locator('section[aria-labelledby="theme-healthy-behaviours"]');
    const row = theme.locator('tr', { hasText: 'Smoking prevalence in adults (18+)' });
    expect(await row.isVisible()).toBe(false);
    await theme.locator('summary').click();
    // Without a published interval, England's figure is shown but not judged (about/figures/).
    expect(await row.textContent()).toMatch(/6\.6% in 2024.*10\.4%.*Not compared/);
    const href = await row.getByRole('link').getAttribute('href');
    await plain.close();

    const scripted = await site.browser.newPage();
    await scripted.goto(new URL(href!, site.server.url).href);
    const figure = scripted.locator('figure', { has: scripted.locator(CHART) });
    await figure.locator('canvas').waitFor();
    expect(await figure.locator(CHART).textContent()).toBe('Bromley');
    await scripted.close();
  });
});
