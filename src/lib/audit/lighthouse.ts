/**
 * Lighthouse (performance, accessibility, best practices, SEO) on pages of a served site,
 * in Debian's Chromium: the scores a council's own audit would see.
 */
import { createServer } from 'node:net';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from './browser-audit.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** A page's scores out of 100, and the titles of the audits that cost it points (not performance's). */
export interface LighthouseResult {
  url: string;
  scores: Record<Category, number>;
  failed: string[];
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Runs Lighthouse on each URL in turn (one Chromium, mobile settings as Lighthouse's default).
 * Example: (await lighthouseScores(['http://127.0.0.1:8080/']))[0].scores.accessibility → 100.
 */
export async function lighthouseScores(urls: readonly string[]): Promise<LighthouseResult[]> {
  const port = await freePort();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`],
  });
  try {
    const results: LighthouseResult[] = [];
    for (const url of urls) {
      const run = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
      if (!run) throw new Error(`Lighthouse gave no result for ${url}`);
      const { categories, audits } = run.lhr;
      const scores = Object.fromEntries(
        CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)]),
      ) as Record<Category, number>;
      const failed = CATEGORIES.filter((c) => c !== 'performance')
        .flatMap((c) => categories[c]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && audits[ref.id]?.score !== null && (audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => audits[ref.id].title);
      results.push({ url, scores, failed: [...new Set(failed)] });
    }
    return results;
  } finally {
    await browser.close();
  }
}
