/**
 * `npm run bench -- --items N`: builds a synthetic archive of N agenda items and prints
 * the wall time, items per second and peak memory of each stage, and the bytes written.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeSyntheticCorpus } from '../src/lib/synthetic-corpus.ts';

const { values } = parseArgs({ options: { items: { type: 'string', default: '10000' }, keep: { type: 'boolean', default: false } } });
const items = Number(values.items);
if (!Number.isInteger(items) || items < 1) {
  console.error(`--items must be a whole number above 0, not "${values.items}".`);
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'minuted-bench-'));
const content = join(work, 'content');
const dist = join(work, 'dist');
const report = join(work, 'report.json');

let start = performance.now();
const written = writeSyntheticCorpus(content, items, 'content');
const generateSeconds = (performance.now() - start) / 1000;

start = performance.now();
const build = spawnSync(process.execPath, ['scripts/build.ts'], {
  encoding: 'utf8',
  env: { ...process.env, CONTENT_DIR: content, MINUTED_DIST: dist, MINUTED_REPORT: report },
});
const buildSeconds = (performance.now() - start) / 1000;
if (build.status !== 0) {
  console.error(build.stderr);
  process.exit(1);
}
const { stages, peakRssBytes } = JSON.parse(readFileSync(report, 'utf8')) as { stages: { stage: string; seconds: number }[]; peakRssBytes: number };

function folderSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}
const output = folderSize(dist);

/**
 * Bytes a visitor transfers to see the first results of a search, in Chromium: the
 * search page's own assets are not counted, only Pagefind's files (its script,
 * WebAssembly, index chunks, filters and the fragments of the results shown).
 */
async function firstQueryBytes(): Promise<number | undefined> {
  const { launchChromium } = await import('../src/lib/audit/browser-audit.ts');
  const { serveStatic } = await import('../src/lib/audit/static-server.ts');
  let browser;
  try {
    browser = await launchChromium();
  } catch {
    return undefined; // no Chromium here: the table says so
  }
  const server = await serveStatic(dist, '/');
  const page = await browser.newPage();
  let bytes = 0;
  page.on('response', async (response) => {
    if (new URL(response.url()).pathname.startsWith('/pagefind/')) bytes += (await response.body().catch(() => Buffer.alloc(0))).length;
  });
  await page.goto(`${server.url}search/?q=board`);
  await page.locator('ol.search-results li').first().waitFor({ timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  await browser.close();
  await server.close();
  return bytes;
}
const searchBytes = await firstQueryBytes();

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const rows = [
  ['generate corpus (not part of a build)', generateSeconds],
  ...stages.map((s) => [s.stage, s.seconds] as const),
  ['whole build, wall', buildSeconds],
] as const;
console.log(`${written.items} items in ${written.meetings} meetings; ${output.files} files, ${mb(output.bytes)} written; peak memory of the build ${mb(peakRssBytes)}; first search results transfer ${searchBytes === undefined ? 'not measured (no Chromium)' : `${Math.round(searchBytes / 1024)} kB`}\n`);
console.log('| stage | wall seconds | items per second |');
console.log('| --- | ---: | ---: |');
for (const [stage, seconds] of rows) console.log(`| ${stage} | ${seconds.toFixed(1)} | ${Math.round(written.items / seconds)} |`);

if (values.keep) console.log(`\nKept in ${work}`);
else rmSync(work, { recursive: true, force: true });
