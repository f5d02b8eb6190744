/**
 * `npm run bench -- --import N`: times importing N pages of real minutes (bench-import.ts).
 *
 * `npm run bench -- --items N [--shards K] [--part-pages P]`: builds a synthetic archive of
 * N agenda items, then rebuilds it after changing one item and again after another (the
 * second is a clerk's everyday rebuild), and prints a table of each
 * stage: wall time, items per second, peak memory, bytes written and what a first search
 * transfers, and for each build its processor time and the search indexer's. With
 * `--shards K`, it builds the K shards one after another, as K machines
 * would at once, and copies them into one site (no rebuild). `--part-pages` sets the pages
 * in each part of the search index (MINUTED_SEARCH_PART_PAGES), so a small archive can be
 * split too.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { isImmutable } from '../src/lib/publish/host-config.ts';
import { paths } from '../src/lib/pages/paths.ts';
import { writeSyntheticCorpus } from '../src/lib/build/synthetic-corpus.ts';
import { benchImport } from './bench-import.ts';
import type { BuildReport } from '../src/lib/build/build-report.ts';

const { values } = parseArgs({
  options: {
    items: { type: 'string', default: '10000' },
    shards: { type: 'string', default: '1' },
    'part-pages': { type: 'string' },
    keep: { type: 'boolean', default: false },
    import: { type: 'string' },
  },
});
if (values.import !== undefined) {
  const pages = Number(values.import);
  if (!Number.isInteger(pages) || pages < 1) {
    console.error(`--import must be a whole number above 0, not "${values.import}".`);
    process.exit(2);
  }
  const { seconds, summary } = benchImport(pages);
  console.log(
    `| pages | stage | wall seconds | pages per second |\n| ---: | --- | ---: | ---: |\n| ${pages} | import (one run of npm run import, with its check of the content folder) | ${seconds.toFixed(1)} | ${Math.round(pages / seconds)} |\n\n${summary}`,
  );
  process.exit(0);
}
const items = Number(values.items);
const shards = Number(values.shards);
for (const [name, value, number] of [
  ['items', values.items, items],
  ['shards', values.shards, shards],
] as const) {
  if (!Number.isInteger(number) || number < 1) {
    console.error(`--${name} must be a whole number above 0, not "${value}".`);
    process.exit(2);
  }
}

const work = mkdtempSync(join(tmpdir(), 'minuted-bench-'));
const content = join(work, 'content');
const dist = join(work, 'dist');
const report = join(work, 'report.json');

let start = performance.now();
const written = writeSyntheticCorpus(content, items, 'content');
const generateSeconds = (performance.now() - start) / 1000;

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

/** Runs `npm run build`'s script on the synthetic content (one shard of it, if given), with its own rebuild cache: its wall seconds, what it wrote, and its report. */
function timedBuild(shard?: number) {
  const started = performance.now();
  const out = shard ? join(work, `shard-${shard}`) : dist;
  const build = spawnSync(process.execPath, ['scripts/build.ts'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: content,
      MINUTED_DIST: out,
      MINUTED_REPORT: report,
      MINUTED_CACHE_DIR: join(work, `cache${shard ?? ''}`),
      MINUTED_SHARD: shard ? `${shard}/${shards}` : '',
      MINUTED_SEARCH_PART_PAGES: values['part-pages'] ?? process.env.MINUTED_SEARCH_PART_PAGES ?? '',
    },
  });
  const seconds = (performance.now() - started) / 1000;
  if (build.status !== 0) {
    console.error(build.stderr);
    process.exit(1);
  }
  return { seconds, output: folderSize(out), ...(JSON.parse(readFileSync(report, 'utf8')) as BuildReport) };
}

// Shards are built one after another here; on K machines they run at once, so the site
// is ready when the slowest is done and the shards are copied into one folder.
const shardBuilds = shards > 1 ? Array.from({ length: shards }, (_, i) => timedBuild(i + 1)) : [];
start = performance.now();
for (let i = 1; i <= shardBuilds.length; i++) cpSync(join(work, `shard-${i}`), dist, { recursive: true });
const mergeSeconds = (performance.now() - start) / 1000;

// A full build with nothing cached, then a rebuild after one item's minutes change, as when a clerk corrects a typo.
const full = shards > 1 ? undefined : timedBuild();
const rebuild = full && changeOneItemAndRebuild(0);
const nextRebuild = rebuild && changeOneItemAndRebuild(1);
function changeOneItemAndRebuild(meeting: number) {
  const meetingDir = join(content, 'meetings', readdirSync(join(content, 'meetings')).sort()[meeting]);
  const changed = join(
    meetingDir,
    readdirSync(meetingDir).find((name) => name.endsWith('.md'))!,
  );
  appendFileSync(changed, '\nA sentence corrected after the site was built.\n');
  return timedBuild();
}
const output = folderSize(dist);
const builds = full ? [full] : shardBuilds;
const peakRssBytes = Math.max(...builds.map((b) => b.peakRssBytes));
const indexerPeakRssBytes = builds.find((b) => b.indexerPeakRssBytes)?.indexerPeakRssBytes;

/**
 * What a visitor transfers, in Chromium, each file gzipped as a CDN serves it (Pagefind's
 * index files come compressed already): for the first results of a search, Pagefind's
 * files fetched until the first result shows (the counts beside the filters load after),
 * then for the whole search (every part of the index, and the counts), and for the whole
 * search on a phone (320px wide, where the filters and their counts stay folded); for an item page,
 * everything; for a page of charts, its JavaScript, scrolled to the end so every chart is
 * drawn.
 */
async function transfers(): Promise<
  { search: number; wholeSearch: number; phoneSearch: number; itemPage: number; chartScripts: number } | undefined
> {
  const { firstSearchResultAt, launchChromium, noteFirstSearchResult, scrollToEnd } =
    await import('../src/lib/audit/browser-audit.ts');
  const { serveStatic } = await import('../src/lib/audit/static-server.ts');
  let browser;
  try {
    browser = await launchChromium();
  } catch {
    return undefined; // no Chromium here: the table says so
  }
  const server = await serveStatic(dist, '/');
  /** Bytes of the files `counts` picks, fetched until `ready` is done, or requested before the moment (epoch ms) it returns. */
  const measure = async (
    path: string,
    counts: (url: URL, type: string) => boolean,
    ready: (page: Page) => Promise<number | void>,
    width = 1280,
  ) => {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    await noteFirstSearchResult(page);
    const fetched: { startTime: number; size: Promise<number> }[] = [];
    // Chromium reports a file its cache serves as a response too; one named by its content is
    // served from there after the first time (its headers say to keep it), so it counts once.
    const kept = new Set<string>();
    let counting = true;
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (isImmutable(url.pathname.slice(1))) {
        if (kept.has(url.pathname)) return;
        kept.add(url.pathname);
      }
      if (counting && counts(url, response.request().resourceType())) {
        fetched.push({
          startTime: response.request().timing().startTime,
          size: response.body().then(
            (body) => Math.min(body.length, gzipSync(body).length),
            () => 0,
          ),
        });
      }
    });
    await page.goto(server.url + path);
    const cutoff = (await ready(page)) ?? Infinity;
    counting = false;
    const total = (await Promise.all(fetched.filter((f) => f.startTime <= cutoff).map((f) => f.size))).reduce(
      (a, b) => a + b,
      0,
    );
    await page.close();
    return total;
  };
  // Found in the built site, not the content: loading a large archive again would take long.
  const meeting = readdirSync(join(dist, 'meetings'), { withFileTypes: true }).find((e) => e.isDirectory())!.name;
  const item = readdirSync(join(dist, 'meetings', meeting), { withFileTypes: true }).find((e) => e.isDirectory())!.name;
  // Charts are drawn on a measure's page (a locality's page links to them).
  const charted = readdirSync(join(dist, 'indicators'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .find((entry) =>
      readFileSync(join(dist, 'indicators', entry.name, 'index.html'), 'utf8').includes('<kpi-chart'),
    )?.name;
  const result = {
    search: await measure('search/?q=board', (url) => url.pathname.startsWith('/pagefind/'), firstSearchResultAt),
    // The whole search: every part of the index searched, and the counts beside the filters shown.
    wholeSearch: await measure(
      'search/?q=board',
      (url) => url.pathname.startsWith('/pagefind/'),
      (page) =>
        page
          .locator('.search-option .count', { hasText: /\d/ })
          .first()
          .waitFor({ state: 'attached', timeout: 120_000 }),
    ),
    phoneSearch: await measure(
      'search/?q=board',
      (url) => url.pathname.startsWith('/pagefind/'),
      async (page) => {
        await page.locator('.search-status', { hasText: /result/, hasNotText: 'so far' }).waitFor({ timeout: 120_000 });
        await page.waitForLoadState('networkidle');
      },
      320,
    ),
    itemPage: await measure(
      paths.item({ meeting, slug: item }),
      () => true,
      (page) => page.waitForLoadState('networkidle'),
    ),
    chartScripts: await measure(paths.indicator(charted ?? ''), (_, type) => type === 'script', scrollToEnd),
  };
  await browser.close();
  await server.close();
  return result;
}
const sent = await transfers();

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const kb = (bytes: number) => `${Math.round(bytes / 1024)} kB`;
const sentText = sent
  ? `first search results transfer ${kb(sent.search)} (the whole search, every part and the filters' counts, ${kb(sent.wholeSearch)}; on a phone, whose filters stay folded, ${kb(sent.phoneSearch)}); an item page ${kb(sent.itemPage)} gzipped in all; a page of charts ${kb(sent.chartScripts)} of JavaScript gzipped`
  : 'first search results transfer not measured (no Chromium)';
console.log(
  `${written.items} items in ${written.meetings} meetings; ${output.files} files, ${mb(output.bytes)} written; peak memory of the build ${mb(peakRssBytes)}, of the search indexer ${indexerPeakRssBytes ? mb(indexerPeakRssBytes) : 'not known here'}; ${sentText}\n`,
);

/** A build's rows: each stage with the build's peak memory by its end, then the whole build with its processor time and what it wrote. */
const buildRows = (build: ReturnType<typeof timedBuild>, prefix: string, firstQuery: string) => [
  ...build.stages.map((s) => ({
    stage: `${prefix}${s.stage}`,
    seconds: s.seconds,
    cpu: '',
    memory: mb(s.peakRssBytes),
    bytes: '',
    query: '',
  })),
  {
    stage: `${prefix ? prefix.replace(/: $/, '') : 'whole build'}, wall`,
    seconds: build.seconds,
    cpu: `${build.cpuSeconds.toFixed(1)}, indexer ${build.indexerCpuSeconds === undefined ? 'not known' : build.indexerCpuSeconds.toFixed(1)}`,
    memory: `${mb(build.peakRssBytes)}, indexer ${build.indexerPeakRssBytes ? mb(build.indexerPeakRssBytes) : 'not known'}`,
    bytes: `${mb(build.output.bytes)} in ${build.output.files} files`,
    query: firstQuery,
  },
];
const firstQuery = sent ? kb(sent.search) : 'not measured';
const rows = [
  {
    stage: 'generate corpus (not part of a build)',
    seconds: generateSeconds,
    cpu: '',
    memory: '',
    bytes: '',
    query: '',
  },
  ...(full ? buildRows(full, '', firstQuery) : []),
  ...(rebuild ? buildRows(rebuild, 'rebuild after changing one item: ', '') : []),
  ...(nextRebuild ? buildRows(nextRebuild, 'next rebuild, another item changed: ', '') : []),
  ...shardBuilds.flatMap((build, i) => buildRows(build, `shard ${i + 1} of ${shards}: `, '')),
  ...(shardBuilds.length > 0
    ? [
        { stage: 'copy the shards into one folder', seconds: mergeSeconds, cpu: '', memory: '', bytes: '', query: '' },
        {
          stage: `whole build on ${shards} machines (slowest shard, then the copy), wall`,
          seconds: Math.max(...shardBuilds.map((b) => b.seconds)) + mergeSeconds,
          cpu: '',
          memory: mb(peakRssBytes),
          bytes: `${mb(output.bytes)} in ${output.files} files`,
          query: firstQuery,
        },
      ]
    : []),
];
console.log(
  '| items | stage | wall seconds | items per second | processor seconds | peak memory | bytes written | first-query bytes |',
);
console.log('| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows)
  console.log(
    `| ${written.items} | ${row.stage} | ${row.seconds.toFixed(1)} | ${Math.round(written.items / row.seconds)} | ${row.cpu} | ${row.memory} | ${row.bytes} | ${row.query} |`,
  );

if (values.keep) console.log(`\nKept in ${work}`);
else rmSync(work, { recursive: true, force: true });
