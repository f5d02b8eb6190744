/**
 * The sample site built under a base path, served on 127.0.0.1 as a CDN would, with
 * Debian's Chromium: set up once per browser test file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import {
  launchChromium,
  openPageAuditor,
  type PageAudit,
  type PageAuditor,
} from '../../src/lib/audit/browser-audit.ts';
import { buildSite } from '../support/build-site.ts';
import { serveStatic, type RunningServer } from '../../src/lib/audit/static-server.ts';

export const BASE = '/democracy/health/';

/**
 * Registers the hooks; read `dist`, `server` and `browser`, and `audit` pages, inside tests.
 * `searchPartPages` splits the search index into parts that small; `yearPageLimit` lists
 * busier years a month a page; `contentDir` builds that content instead of the sample.
 */
export function servedSite(options: { searchPartPages?: number; yearPageLimit?: number; contentDir?: string } = {}): {
  readonly dist: string;
  readonly server: RunningServer;
  readonly browser: Browser;
  audit(url: string): Promise<PageAudit>;
} {
  let dist: string;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let auditor: Promise<PageAuditor> | undefined;
  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'minuted-browser-'));
    const built = buildSite({
      dist,
      basePath: BASE,
      searchPartPages: options.searchPartPages,
      yearPageLimit: options.yearPageLimit,
      contentDir: options.contentDir,
    });
    if (built.status !== 0) throw new Error(built.stderr);
    server = await serveStatic(dist, BASE);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await (await auditor)?.close();
    await browser?.close();
    await server?.close();
    for (const dir of [dist, `${dist}.cache`]) rmSync(dir, { recursive: true, force: true });
  });
  return {
    get dist() {
      return dist;
    },
    get server() {
      return server!;
    },
    get browser() {
      return browser!;
    },
    async audit(url) {
      auditor ??= openPageAuditor(browser!);
      return (await auditor).audit(url);
    },
  };
}
