/**
 * `npm run verify`: proves a built site sound before it goes on a CDN. Builds the content
 * (CONTENT_DIR, default content/) at the root and under a base path, then checks: every
 * internal link and #anchor, HTML validity, record counts, and in Chromium axe (WCAG 2.2
 * AA), keyboard focus and 320px reflow on every page of the sitemap, then Lighthouse on one
 * page of each type.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { CHROMIUM, launchChromium, openPageAuditor } from '../src/lib/audit/browser-audit.ts';
import { CATEGORIES, lighthouseScores } from '../src/lib/audit/lighthouse.ts';
import { pageTypes } from '../src/lib/audit/page-types.ts';
import { reconcile } from '../src/lib/audit/reconcile.ts';
import { contentDir } from '../src/lib/config/content-dir.ts';
import { counted, PROBLEMS } from '../src/lib/text/counts.ts';
import { loadCorpus } from '../src/lib/corpus/corpus.ts';
import { findBrokenLinks } from '../src/lib/audit/link-check.ts';
import { htmlFiles } from '../src/lib/publish/sitemap.ts';
import { sitemapUrls } from '../src/lib/publish/sitemap.ts';
import { serveStatic } from '../src/lib/audit/static-server.ts';

const BASE = '/verify/base/path/';
const work = mkdtempSync(join(tmpdir(), 'minuted-verify-'));
const failures: string[] = [];
const report = (check: string, problems: string[]) => {
  console.log(
    `${problems.length === 0 ? '✓' : '✗'} ${check}${problems.length ? `: ${counted(problems.length, PROBLEMS)}` : ''}`,
  );
  for (const p of problems.slice(0, 20)) console.log(`    ${p}`);
  if (problems.length > 20) console.log(`    … and ${problems.length - 20} more`);
  failures.push(...problems.map((p) => `${check}: ${p}`));
};

try {
  const builds: Record<string, string> = {};
  for (const base of ['/', BASE]) {
    const dist = join(work, base === '/' ? 'root' : 'base');
    // Built afresh, with a cache of its own: what is proved is a full build, and the site's own cache is left alone.
    const built = spawnSync(process.execPath, ['scripts/build.ts'], {
      encoding: 'utf8',
      env: {
        ...process.env,
        MINUTED_DIST: dist,
        BASE_PATH: base,
        SITE_URL: 'https://verify.example',
        MINUTED_CACHE_DIR: `${dist}-cache`,
      },
    });
    if (built.status !== 0) {
      console.error(built.stderr);
      process.exit(1);
    }
    builds[base] = dist;
  }

  for (const [base, dist] of Object.entries(builds)) {
    report(
      `internal links and anchors under ${base}`,
      findBrokenLinks(dist, base).map((b) => `${b.page}: ${b.href} (${b.reason})`),
    );
  }

  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: { 'no-inline-style': 'error', 'long-title': 'off' },
  });
  const invalid: string[] = [];
  for (const page of htmlFiles(builds['/'])) {
    const result = await validator.validateString(readFileSync(join(builds['/'], page), 'utf8'), page);
    for (const message of result.results.flatMap((r) => r.messages))
      invalid.push(`${page}:${message.line}:${message.column} ${message.message} (${message.ruleId})`);
  }
  report('HTML validity (html-validate, recommended rules)', invalid);

  const corpus = loadCorpus(contentDir(process.cwd()));
  report('record counts: content, pages, search index and downloads', reconcile(corpus, builds[BASE]));

  let browser;
  try {
    browser = await launchChromium();
  } catch (error) {
    report('browser checks', [
      `Chromium could not start from ${CHROMIUM} (${error instanceof Error ? error.message.split('\n')[0] : error}). Install it with: apt-get install chromium`,
    ]);
  }
  if (browser) {
    const server = await serveStatic(builds[BASE], BASE);
    const urls = sitemapUrls(builds[BASE]).map((url) => new URL(new URL(url).pathname, server.url).href);
    const axe: string[] = [];
    const keyboard: string[] = [];
    const reflow: string[] = [];
    // Two pages at a time: one per core.
    const queue = [...urls];
    const worker = async () => {
      const auditor = await openPageAuditor(browser);
      for (let url = queue.shift(); url; url = queue.shift()) {
        const audit = await auditor.audit(url);
        const where = new URL(url).pathname;
        axe.push(...audit.axe.map((p) => `${where} ${p}`));
        keyboard.push(...audit.keyboard.map((p) => `${where} ${p}`));
        reflow.push(...audit.reflow.map((p) => `${where} ${p}`));
      }
      await auditor.close();
    };
    await Promise.all([worker(), worker()]);
    report(`axe, WCAG 2.2 AA, on all ${urls.length} pages of the sitemap`, axe);
    report('keyboard: skip link first, focus visible', keyboard);
    report('reflow at 320px', reflow);
    await browser.close();

    // Lighthouse does not score an error page, so the 404 page is left to axe above.
    const types = Object.entries(pageTypes(corpus)).filter(([type]) => type !== 'not found');
    const scored = await lighthouseScores(types.map(([, path]) => server.url + path));
    console.log(
      `\nLighthouse, mobile settings:\n| page | ${CATEGORIES.join(' | ')} |\n| --- |${' ---: |'.repeat(CATEGORIES.length)}`,
    );
    scored.forEach((result, i) =>
      console.log(`| ${types[i][0]} | ${CATEGORIES.map((c) => result.scores[c]).join(' | ')} |`),
    );
    // Performance is timed on this machine, so it is reported; the other scores are rules, so they must be 100.
    report(
      'Lighthouse: accessibility, best practices and SEO score 100 on one page of each type',
      scored.flatMap((result, i) =>
        result.failed.map((audit) => `${types[i][0]} (${new URL(result.url).pathname}): ${audit}`),
      ),
    );
    await server.close();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.error(`\nThe site is not ready to publish: ${counted(failures.length, PROBLEMS)} above.`);
  process.exit(1);
}
console.log('\nThe site is ready to publish.');
