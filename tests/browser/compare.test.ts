/** "Compare places" on a measure's page: tick places and the chart redraws with them, said in words; without JavaScript, a table of them all. */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { paths } from '../../src/lib/pages/paths.ts';
import { servedSite } from './served-site.ts';

const site = servedSite();

const PAGE = paths.indicator('smoking-prevalence-adults');
const FIGURE = 'figure[aria-labelledby="compare-smoking-prevalence-adults-title"]';

/** The places the drawn chart's legend names, read from its Chart.js instance. */
const legend = (figure: Locator) =>
  figure.locator('kpi-chart').evaluate((element) => {
    const { chart } = element as HTMLElement & { chart: import('chart.js').Chart };
    return chart.legend!.legendItems!.map((item) => item.text);
  });

async function drawn(page: Page) {
  await page.goto(`${site.server.url}${PAGE}`);
  const figure = page.locator(FIGURE);
  await figure.scrollIntoViewIfNeeded();
  await figure.locator('canvas').waitFor();
  return figure;
}

describe.each([1280, 320])('comparing places %ipx wide', (width) => {
  it('draws England and two places, then redraws with each place ticked or unticked', async () => {
    const page = await site.browser.newPage({ viewport: { width, height: 900 } });
    const figure = await drawn(page);
    const canvas = figure.locator('canvas');
    const summary = figure.locator('.kpi__summary');
    const places = figure.getByRole('group', { name: 'Places to draw on the chart' });
    expect(await places.isVisible()).toBe(true);
    expect(await places.getByRole('checkbox').count()).toBe(5);
    expect(await legend(figure)).toEqual(['Bromley', 'England', 'Havering']);
    expect(await canvas.getAttribute('aria-label')).toContain('Places shown: Bromley, England and Havering.');

    await places.getByRole('checkbox', { name: 'Leicester' }).check();
    expect(await legend(figure)).toEqual(['Bromley', 'England', 'Havering', 'Leicester']);
    expect(await canvas.getAttribute('aria-label')).toContain(
      'Places shown: Bromley, England, Havering and Leicester.',
    );
    expect(await summary.textContent()).toContain('Leicester 9.8% in 2024');
    expect(await summary.getAttribute('aria-live')).toBe('polite');

    // By keyboard: Tab from Leicester to Rutland, Space ticks it; Shift+Tab back to Bromley, Space unticks it.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    for (const _ of ['Leicester', 'Havering', 'England', 'Bromley']) await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Space');
    expect(await legend(figure)).toEqual(['England', 'Havering', 'Leicester', 'Rutland']);
    expect(await summary.textContent()).toMatch(/^Places shown: England, Havering, Leicester and Rutland\./);

    // Nothing wider than the screen, and the chart no wider than its frame.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const [frame, drawnWidth] = await figure
      .locator('.kpi-chart-frame')
      .evaluate((f) => [f.getBoundingClientRect().width, f.querySelector('canvas')!.getBoundingClientRect().width]);
    expect(drawnWidth).toBeLessThanOrEqual(frame);
    await page.close();
  });

  it('keeps a table of every place’s figures, folded under the chart, and prints it', async () => {
    const page = await site.browser.newPage({ viewport: { width, height: 900 } });
    const figure = await drawn(page);
    await figure.getByText('Figures as a table').click();
    const head = await figure.locator('thead th').allTextContents();
    expect(head).toEqual(['Period', 'Bromley', 'England', 'Havering', 'Leicester', 'Rutland']);
    // On paper, the table without the checkboxes or the chart.
    await figure.getByText('Figures as a table').click();
    await page.emulateMedia({ media: 'print' });
    expect(await figure.getByRole('table').isVisible()).toBe(true);
    expect(await figure.locator('fieldset').isVisible()).toBe(false);
    expect(await figure.locator('canvas').isVisible()).toBe(false);
    await page.close();
  });
});

describe('comparing places without JavaScript', () => {
  it('is a table of every place and period, with no checkboxes', async () => {
    const plain = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 900 } });
    const page = await plain.newPage();
    await page.goto(`${site.server.url}${PAGE}`);
    const figure = page.locator(FIGURE);
    expect(await figure.locator('fieldset').isVisible()).toBe(false);
    expect(await figure.locator('canvas').count()).toBe(0);
    const table = figure.getByRole('table');
    expect(await table.isVisible()).toBe(true);
    expect(await table.locator('thead th').allTextContents()).toEqual([
      'Period',
      'Bromley',
      'England',
      'Havering',
      'Leicester',
      'Rutland',
    ]);
    const row = table.locator('tbody tr', { has: page.locator('th', { hasText: /^2024$/ }) });
    expect(await row.locator('td').allTextContents()).toEqual(['6.6%', '10.4%', '8.2%', '9.8%', '5.0%']);
    expect(await figure.locator('.kpi__summary').textContent()).toMatch(
      /^Places shown: Bromley, England, Havering, Leicester and Rutland\./,
    );
    await plain.close();
  });
});
