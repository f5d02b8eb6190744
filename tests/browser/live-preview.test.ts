/**
 * `npm run dev` as a clerk uses it: the page open in the browser shows an edit to an
 * item, a meeting file or a KPI CSV by itself, and a mistake shows `npm run check`'s advice
 * on the page while the server keeps running.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/lib/audit/browser-audit.ts';
import { ROOT } from '../support/build-site.ts';
import { SAMPLE_CONTENT } from '../support/content-fixture.ts';

const MEETING = 'meetings/2023-06-29-bromley-hwb';
const ITEM = `${MEETING}/01-south-east-london-icb-joint-forward-plan-and-one-bromley-5-year-strategy-sign-off.md`;
/** How long an edit may take to show: about two seconds, with room for a busy CI machine. */
const SHOWN_WITHIN = 8_000;

let content: string;
let server: ChildProcess;
let url: string;
let browser: Browser;
let output = '';

beforeAll(async () => {
  content = mkdtempSync(join(tmpdir(), 'minuted-preview-'));
  cpSync(SAMPLE_CONTENT, content, { recursive: true });
  server = spawn(
    process.execPath,
    [
      join(ROOT, 'node_modules/astro/bin/astro.mjs'),
      'dev',
      ...['--host', '127.0.0.1', '--port', '4420'],
      // Astro allows one dev server a project unless told otherwise: a clerk's own may be running.
      '--ignore-lock',
    ],
    {
      cwd: ROOT,
      // As from a clerk's terminal: under Vitest's NODE_ENV=test, Astro serves no pages.
      env: {
        ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(VITEST|NODE_ENV$)/.test(name))),
        CONTENT_DIR: content,
        ASTRO_TELEMETRY_DISABLED: '1',
        BASE_PATH: '',
        SITE_URL: '',
        NO_COLOR: '1',
      },
    },
  );
  url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`astro dev did not start:\n${output}`)), 90_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const local = /Local\s+(http:\/\/[\w.:/]+)/.exec(output);
      if (local) {
        clearTimeout(timer);
        resolve(local[1].endsWith('/') ? local[1] : `${local[1]}/`);
      }
    };
    server.stdout!.on('data', read);
    server.stderr!.on('data', read);
    server.on('exit', (code) => reject(new Error(`astro dev stopped (${code}):\n${output}`)));
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  server?.kill();
  rmSync(content, { recursive: true, force: true });
});

/** Opens `path`, makes `edit`, and returns how long the open page took to show `expected`. */
async function showsEdit(
  path: string,
  edit: () => void,
  expected: string | ((page: Page) => Locator),
  page?: Page,
): Promise<number> {
  const tab = page ?? (await browser.newPage());
  await tab.goto(`${url}${path}`);
  const shown = typeof expected === 'string' ? tab.getByText(expected).first() : expected(tab);
  expect(await shown.count()).toBe(0);
  const started = Date.now();
  edit();
  await shown.waitFor({ timeout: SHOWN_WITHIN });
  const took = Date.now() - started;
  if (!page) await tab.close();
  return took;
}

const replaceIn = (file: string, from: string | RegExp, to: string) => {
  const path = join(content, file);
  const text = readFileSync(path, 'utf8');
  expect(text).toMatch(from);
  writeFileSync(path, text.replace(from, to));
};

describe('live preview', () => {
  it("shows an item's new title on its open page", async () => {
    const took = await showsEdit(
      `${ITEM.replace(/\.md$/, '')}/`,
      () => replaceIn(ITEM, /^title: .*$/m, 'title: Joint Forward Plan, as the clerk retitled it'),
      'Joint Forward Plan, as the clerk retitled it',
    );
    console.log(`An item's edit showed in ${took} ms.`);
  });

  it("shows a meeting file's change on the meeting page", async () => {
    await showsEdit(
      `${MEETING}/`,
      () =>
        replaceIn(
          `${MEETING}/meeting.yaml`,
          /^dateNote: .*$/m,
          'dateNote: Confirmed by the clerk from the signed minutes.',
        ),
      'Confirmed by the clerk from the signed minutes.',
    );
  });

  it("shows a new row of a KPI CSV in the place's chart", async () => {
    await showsEdit(
      'indicators/smoking-prevalence-adults/',
      () =>
        appendFileSync(
          join(content, 'kpis/smoking-prevalence-adults.csv'),
          'smoking-prevalence-adults,bromley,2025,47.9\n',
        ),
      (page) =>
        page
          .locator('figure', { has: page.locator('#chart-smoking-prevalence-adults-bromley-title') })
          .locator('tbody tr', { hasText: '2025' })
          .filter({ hasText: '47.9' }),
    );
  });

  it('shows the advice of npm run check for a mistake, then the page again once it is fixed', async () => {
    const page = await browser.newPage();
    await showsEdit(
      `${MEETING}/`,
      () => replaceIn(`${MEETING}/meeting.yaml`, /^date: .*$/m, 'date: 2023-06-31'),
      'this date does not exist on the calendar',
      page,
    );
    const shown = await page.locator('main').textContent();
    expect(shown).toContain(`${basename(content)}/${MEETING}/meeting.yaml, line 3, field "date"`);
    expect(server.exitCode).toBeNull();
    replaceIn(`${MEETING}/meeting.yaml`, /^date: .*$/m, 'date: 2023-06-29');
    await page
      .getByRole('heading', { level: 1, name: /Bromley Health and Wellbeing Board/ })
      .waitFor({ timeout: SHOWN_WITHIN });
    await page.close();
  });
});
