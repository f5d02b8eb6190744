/**
 * The build itself (run by scripts/build.ts): checks the content, builds the site into a
 * fresh folder, and only then replaces dist/. A failed build leaves the previous dist/ as it was.
 */
import { accessSync, constants, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { contentDir } from '../src/lib/config/content-dir.ts';
import { buildFigures } from '../src/lib/kpi/figures.ts';
import { describeCounts } from '../src/lib/kpi/load.ts';
import { ContentError } from '../src/lib/content/content-error.ts';
import { minutesCache, pipelineVersion } from '../src/lib/build/minutes-cache.ts';
import { loadCorpusOnTwoThreads } from '../src/lib/build/parallel-load.ts';
import { corpusSize } from '../src/lib/corpus/corpus.ts';
import { handOverCorpus } from '../src/lib/build/corpus-handover.ts';
import { azureConfig, netlifyHeaders } from '../src/lib/publish/host-config.ts';
import { basePath, buildDate, siteRoot } from '../src/lib/config/hosting.ts';
import { type PlannedPart, searchIndexCache } from '../src/lib/build/search-cache.ts';
import type { SearchIndexReport } from '../src/lib/search/pagefind.ts';
import { partLinks, type SearchPart, siteSearchParts } from '../src/lib/search/parts.ts';
import { tidySearchParts } from '../src/lib/search/shared-wasm.ts';
import { expectedRecordCounts, itemText, type SearchRecord, searchRecords } from '../src/lib/search/records.ts';
import { buildSiteIndex } from '../src/lib/pages/site-index.ts';
import { writeSitemap } from '../src/lib/publish/sitemap.ts';
import { abandonedBuilds, freshDir, removeInBackground, swapDir } from '../src/lib/build/swap-dir.ts';
import {
  makesSiteWidePages,
  meetingsOfParts,
  parseShard,
  partsOfShard,
  pruneToShard,
  type Shard,
} from '../src/lib/build/shards.ts';
import { openPageReuse, handOverPageReuse } from '../src/lib/build/page-reuse.ts';
import { paths } from '../src/lib/pages/paths.ts';
import { yearPageLimit } from '../src/lib/pages/busy-years.ts';
import { counted, withCommas } from '../src/lib/text/counts.ts';

const root = process.cwd();
const target = resolve(root, process.env.MINUTED_DIST ?? 'dist');
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
/** What a build reports for `npm run bench`, in the JSON file MINUTED_REPORT names. */
export interface BuildReport {
  /** Wall time of each stage, and the build's peak memory by its end. */
  stages: { stage: string; seconds: number; peakRssBytes: number }[];
  peakRssBytes: number;
  cpuSeconds: number;
  /** Pagefind's, where the system tells. */
  indexerPeakRssBytes?: number;
  indexerCpuSeconds?: number;
}
const stages: BuildReport['stages'] = [];
let stageStart = performance.now();
function endStage(stage: string) {
  const now = performance.now();
  stages.push({ stage, seconds: (now - stageStart) / 1000, peakRssBytes: process.resourceUsage().maxRSS * 1024 });
  stageStart = now;
}

function fail(message: string): never {
  console.error(`${message}\n\nThe previous site in ${target} was left as it was.`);
  process.exit(1);
}

let shard: Shard | undefined;
try {
  shard = parseShard(process.env.MINUTED_SHARD);
  yearPageLimit(); // read by the pages; a mistyped value is reported before anything is built
} catch (error) {
  fail((error as Error).message);
}
// Shard 1 (or a whole build) makes everything site-wide; other shards only their meetings' pages.
const siteWide = makesSiteWidePages(shard);

// A build that was stopped leaves its half-made site beside the target (2 GB at 100,000 items).
for (const dir of abandonedBuilds(target)) removeInBackground(dir);

const content = contentDir(root);
// Minutes rendered by an earlier build are reused while their text and Minuted's code are unchanged.
const cacheDir = resolve(root, process.env.MINUTED_CACHE_DIR || 'node_modules/.astro');
try {
  mkdirSync(cacheDir, { recursive: true });
  accessSync(cacheDir, constants.W_OK);
} catch (error) {
  fail(
    `The build cannot keep its cache in ${cacheDir} (${(error as NodeJS.ErrnoException).code ?? String(error)}): it must be a folder the build may write to. Set MINUTED_CACHE_DIR to such a folder, or leave it unset to use node_modules/.astro.`,
  );
}
// Astro's own incremental build, used before page-reuse.ts, kept a second copy of the site
// in the cache's dist/, beside its incremental-build.json.
if (existsSync(join(cacheDir, 'incremental-build.json'))) {
  rmSync(join(cacheDir, 'incremental-build.json'));
  removeInBackground(join(cacheDir, 'dist'));
}
const version = pipelineVersion(root, ['src/lib']);
const minutes = minutesCache(join(cacheDir, 'minuted'), version);
// Parts of the search index whose records did not change are copied, not indexed again.
const searchCache = searchIndexCache(join(cacheDir, 'minuted'), version);
let corpus;
try {
  corpus = await loadCorpusOnTwoThreads(content, minutes);
  minutes.prune();
  handOverCorpus(content, corpus);
} catch (error) {
  if (error instanceof ContentError) fail(error.message);
  throw error;
}

endStage('check content');

process.env.ASTRO_TELEMETRY_DISABLED = '1';
// Vite lets these environment variables override its own: a BASE_URL left in a CI
// environment would silently point every link at the wrong base path.
for (const reserved of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete process.env[reserved];
// The new site is built beside the old one, on the same file system, so the swap is a rename.
mkdirSync(dirname(target), { recursive: true });
const fresh = freshDir(target);
process.env.MINUTED_OUT_DIR = fresh;
// The search index is made from the content, not the pages, so Pagefind (a process of its
// own) indexes on the second core while Astro renders; Astro empties its output folder
// first, so the index goes beside it until the pages are done.
const freshSearch = `${fresh}-pagefind`;
const index = buildSiteIndex(corpus, buildDate());
const figures = buildFigures(corpus.kpis.indicators, corpus.kpis.series, index.localities);
let parts: SearchPart[] = [];
let ownParts: SearchPart[] = [];
try {
  parts = siteSearchParts(index);
  ownParts = shard ? partsOfShard(parts, shard) : parts;
} catch (error) {
  fail((error as Error).message);
}
const mine = shard && meetingsOfParts(ownParts);
const textOf = itemText(corpus.items);
let searched: SearchIndexReport[] = [];
// One Pagefind run a part, one after another, so no run holds more than a part in memory.
// A part the cache holds is copied only once every part it lacks is indexed: a rebuild's
// Pagefind run then waits for no copies of the parts before it (0.05 to 0.12 s each, about
// 40 of them at 100,000 items).
const searching = (async () => {
  const reports: SearchIndexReport[] = [];
  const write = async (part: SearchPart, plan: PlannedPart, records?: readonly SearchRecord[]) => {
    const report = await searchCache.write(plan, join(freshSearch, part.name), records);
    for (const [type, expected] of Object.entries(expectedRecordCounts(index, figures, part))) {
      if ((report.byType[type] ?? 0) !== expected)
        throw new Error(
          `The search index's ${part.name} has ${report.byType[type] ?? 0} ${type}s but its meetings have ${expected}.`,
        );
    }
    reports.push(report);
  };
  const held: { part: SearchPart; plan: PlannedPart }[] = [];
  for (const part of ownParts) {
    const records = searchRecords(index, textOf, figures, part);
    const plan = searchCache.plan(records);
    if (plan.cached) held.push({ part, plan });
    else await write(part, plan, records);
  }
  for (const { part, plan } of held) await write(part, plan);
  return reports;
})();
searching.catch(() => undefined); // its failure is reported below, once the pages are done
// Astro writes its prerender bundle inside outDir when that is under the working folder,
// but otherwise into "<working folder>/.astro/", where builds running at once (tests, the
// bench) would delete each other's files. Each such build works from a folder of its own,
// inside the project so the bundle still finds node_modules.
const workDir = join(root, '.astro', 'builds', String(process.pid));
if (!fresh.startsWith(root + sep)) {
  process.env.CONTENT_DIR = content;
  mkdirSync(workDir, { recursive: true });
  process.chdir(workDir);
  process.on('exit', () => rmSync(workDir, { recursive: true, force: true }));
}
// Pages whose key is unchanged are taken from the last build's site, not rendered again,
// while the code and the settings the pages read are the same (page-reuse.ts).
const pageSettings = [
  'SITE_URL',
  'BASE_PATH',
  'MINUTED_SHARD',
  'MINUTED_YEAR_PAGE_LIMIT',
  'MINUTED_SEARCH_PART_PAGES',
].map((name) => `${name}=${process.env[name] ?? ''}`);
const reuse = openPageReuse(
  join(cacheDir, 'minuted', 'pages.json'),
  `${pipelineVersion(root, ['src', 'astro.config.mjs'])} ${pageSettings.join(' ')}`,
);
handOverPageReuse(reuse);
let reused = 0;
try {
  const { build } = await import('astro');
  await build({ root, logLevel: process.env.MINUTED_LOG_LEVEL === 'info' ? 'info' : 'warn' });
  reused = reuse.takeInto(fresh);
  endStage('build pages');
  if (siteWide) {
    // The sitemap lists the pages other shards build too, so the merged site has one whole sitemap.
    const elsewhere = mine
      ? index.meetings
          .filter((m) => !mine.has(m.id))
          .flatMap((m) =>
            [paths.meeting(m.id), ...index.itemsOf(m).map((i) => paths.item(i))].map((p) => `${p}index.html`),
          )
      : [];
    writeSitemap(fresh, siteRoot(), elsewhere);
    const searchDirs = partLinks(parts).map((link) => link.path);
    writeFileSync(join(fresh, '_headers'), netlifyHeaders(basePath(process.env.BASE_PATH), searchDirs));
    writeFileSync(join(fresh, 'staticwebapp.config.json'), azureConfig(basePath(process.env.BASE_PATH), searchDirs));
  } else {
    pruneToShard(fresh, mine!);
  }
  endStage('sitemap and host configuration');
  searched = await searching;
  tidySearchParts(freshSearch);
  renameSync(freshSearch, join(fresh, 'pagefind'));
  endStage('search index'); // the wait for it once the pages were done
  swapDir(fresh, target);
  reuse.save(target);
  await searchCache.prune();
  endStage('replace dist');
} catch (error) {
  await searching.catch(() => undefined);
  rmSync(fresh, { recursive: true, force: true });
  rmSync(freshSearch, { recursive: true, force: true });
  fail(`The site could not be built: ${error instanceof Error ? error.message : String(error)}`);
}

if (!process.env.SITE_URL) {
  console.warn(
    `Note: SITE_URL is not set, so feeds, calendars and the sitemap point at ${siteRoot()}. Set SITE_URL to the site's public address (e.g. https://www.example.gov.uk) before publishing.`,
  );
}
const size = corpusSize(corpus);
console.log(describeCounts(corpus.kpis.counts));
const unchanged = reused > 0 ? ` Taken unchanged from the last build: ${counted(reused, ['file', 'files'])}.` : '';
if (shard)
  console.log(
    `✓ Built shard ${shard.index} of ${shard.count}: the pages of ${withCommas(mine!.size)} of the ${size.meetings}${siteWide ? ', and everything site-wide,' : ''} into ${target} in ${seconds()} s.${unchanged} Copy every shard's folder into one to publish the whole site.`,
  );
else
  console.log(
    `✓ Built ${size.meetings}, ${size.items} and ${size.decisions} into ${target} in ${seconds()} s.${unchanged}`,
  );
if (process.env.MINUTED_REPORT) {
  // Processor time shows how much work there was: with both cores busy, wall time cannot fall below half of it.
  const usage = process.resourceUsage();
  const indexers = searched.flatMap((r) => (r.indexer ? [r.indexer] : []));
  writeFileSync(
    resolve(root, process.env.MINUTED_REPORT),
    JSON.stringify({
      stages,
      peakRssBytes: usage.maxRSS * 1024,
      cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
      indexerPeakRssBytes: indexers.length > 0 ? Math.max(...indexers.map((i) => i.peakBytes)) : undefined,
      indexerCpuSeconds: indexers.length > 0 ? indexers.reduce((sum, i) => sum + i.cpuSeconds, 0) : undefined,
    } satisfies BuildReport),
  );
}
