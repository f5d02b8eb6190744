/**
 * A build of the site, around Astro's: the content is checked first, the pages are
 * written into a fresh folder while the search index is made beside them, and only a
 * complete site replaces the target folder. A failed build leaves the target as it was.
 */
import { accessSync, constants, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { ContentError } from '../content/content-error.ts';
import { corpusSize, describeNotes } from '../corpus/corpus.ts';
import { describeCounts } from '../kpi/load.ts';
import { basePath, buildDate, siteRoot } from '../config/hosting.ts';
import { yearPageLimit } from '../pages/busy-years.ts';
import { paths } from '../pages/paths.ts';
import { siteDataOf } from '../pages/routes.ts';
import { azureConfig, netlifyHeaders } from '../publish/host-config.ts';
import { writeSitemap } from '../publish/sitemap.ts';
import type { SearchIndexReport } from '../search/pagefind.ts';
import { changesPart } from '../search/part-changes.ts';
import { partLinks, siteSearchParts } from '../search/parts.ts';
import { itemText } from '../search/records.ts';
import { tidySearchParts } from '../search/shared-wasm.ts';
import { counted, withCommas } from '../text/counts.ts';
import { stageClock } from './build-report.ts';
import { handOverCorpus, handOverSearchChanges, handOverSiteData } from './corpus-handover.ts';
import { contentState } from './content-key.ts';
import { diskAdvice } from './disk-advice.ts';
import { minutesCache, pipelineVersion } from './minutes-cache.ts';
import { handOverPageReuse, openPageReuse } from './page-reuse.ts';
import { loadCorpusOnTwoThreads } from './parallel-load.ts';
import { indexSearchParts } from './search-build.ts';
import { searchIndexCache } from './search-cache.ts';
import { ALLOW_FEWER, publishedCounts, shrinkStop, siteCounts, writeSiteCounts } from './shrink-guard.ts';
import { makesSiteWidePages, meetingsOfParts, parseShard, partsOfShard, pruneToShard } from './shards.ts';
import { builtFiles, updateSite } from './site-update.ts';
import { abandonedBuilds, freshDir, removeInBackground, swapDir } from './swap-dir.ts';

/** Stops the build with advice for the clerk; the target folder is untouched. */
export class BuildStopped extends Error {}

/** The settings the pages read besides the content: a page is reused only while they are the same. */
const PAGE_SETTINGS = [
  'SITE_URL',
  'BASE_PATH',
  'MINUTED_SHARD',
  'MINUTED_YEAR_PAGE_LIMIT',
  'MINUTED_SEARCH_PART_PAGES',
];

/**
 * Everything that can stop a build before it writes anything: the settings, the cache
 * folder, the content, and a site much smaller than the one in `target`. Throws
 * BuildStopped with the clerk's advice; `target` is never touched.
 */
export async function checkBeforeBuild(options: { root: string; content: string; target: string; cacheDir: string }) {
  const { root, content, target, cacheDir } = options;
  try {
    mkdirSync(dirname(target), { recursive: true });
    accessSync(dirname(target), constants.W_OK);
  } catch (error) {
    throw new BuildStopped(diskAdvice(error, target) ?? String(error));
  }
  let shard;
  try {
    shard = parseShard(process.env.MINUTED_SHARD);
    yearPageLimit(); // read by the pages; a mistyped value is reported before anything is built
  } catch (error) {
    throw new BuildStopped((error as Error).message);
  }
  try {
    mkdirSync(cacheDir, { recursive: true });
    accessSync(cacheDir, constants.W_OK);
  } catch (error) {
    throw new BuildStopped(
      `The build cannot keep its cache in ${cacheDir} (${(error as NodeJS.ErrnoException).code ?? String(error)}): it must be a folder the build may write to. Set MINUTED_CACHE_DIR to such a folder, or leave it unset to use node_modules/.astro.`,
    );
  }
  // Minutes rendered by an earlier build are reused while their text and Minuted's code are unchanged.
  const version = pipelineVersion(root, ['src/lib']);
  const minutes = minutesCache(join(cacheDir, 'minuted'), version);
  let corpus;
  try {
    corpus = await loadCorpusOnTwoThreads(content, minutes);
  } catch (error) {
    if (error instanceof ContentError) throw new BuildStopped(error.message);
    throw error;
  }
  minutes.prune();
  // Every shard reads the whole archive, but only the site-wide one records its counts, so only it compares.
  const counts = siteCounts(corpus);
  const stop = shrinkStop(counts, publishedCounts(target), target, process.env[ALLOW_FEWER] === '1');
  if (stop) throw new BuildStopped(stop);
  return { corpus, counts, shard, version };
}

/**
 * Checks the content in `content` and starts the search index; Astro then renders the
 * pages into the returned `outDir`, and `finish` makes the site whole and puts it in
 * place of `target`. Throws BuildStopped with the clerk's advice when it cannot begin.
 */
export async function startSiteBuild(options: { root: string; content: string; target: string; cacheDir: string }) {
  const { root, content, target, cacheDir } = options;
  const clock = stageClock();
  // A build that was stopped leaves its half-made site beside the target (2 GB at 100,000 items).
  for (const dir of abandonedBuilds(target)) removeInBackground(dir);
  const { corpus, counts, shard, version } = await checkBeforeBuild(options);
  handOverCorpus(content, corpus);
  clock.end('check content');

  // The new site is built beside the old one, on the same file system, so the swap is a rename.
  const fresh = freshDir(target);
  // Astro empties its output folder first, so the search index goes beside it until the pages are done.
  const freshSearch = `${fresh}-pagefind`;
  // The pages are made from the same site data as the search index, worked out once.
  const today = buildDate();
  const siteData = siteDataOf(corpus, today, yearPageLimit());
  handOverSiteData(corpus, siteData);
  const { index, figures } = siteData;
  let parts, ownParts;
  try {
    parts = siteSearchParts(index);
    ownParts = shard ? partsOfShard(parts, shard) : parts;
  } catch (error) {
    throw new BuildStopped((error as Error).message);
  }
  const mine = shard && meetingsOfParts(ownParts);
  // Pages whose key is unchanged are taken from the last build's site, not rendered again,
  // while the code and the settings the pages read are the same (page-reuse.ts).
  const settings = PAGE_SETTINGS.map((name) => `${name}=${process.env[name] ?? ''}`).join(' ');
  const reuse = openPageReuse(
    join(cacheDir, 'minuted', 'pages.json'),
    `${pipelineVersion(root, ['src', 'astro.config.mjs'])} ${settings}`,
    contentState(corpus, today),
  );
  handOverPageReuse(reuse);
  // A part of the search index is not written again when the site to be updated in place holds it already (site-update.ts).
  const partsInSite = reuse.searchPartsIn(target);
  const searchCache = searchIndexCache(join(cacheDir, 'minuted'), version);
  // After a correction to some minutes alone, the other parts' records are the last build's.
  const changedMinutes = reuse.changedMinutes();
  const changedMeetings = changedMinutes && new Set([...changedMinutes].map((id) => index.item(id).meeting));
  const lastChanges = reuse.searchChangesIn(target);
  const { changes, written: searching } = indexSearchParts({
    index,
    figures,
    textOf: itemText(corpus.items),
    parts: ownParts,
    cache: searchCache,
    outDir: freshSearch,
    inSite: (part) =>
      existsSync(join(target, 'pagefind', part, 'pagefind-entry.json')) ? partsInSite[part] : undefined,
    asLastBuilt: (part) =>
      changedMeetings && ![...changedMeetings].some((id) => part.meetings.has(id))
        ? { changes: lastChanges[part.name] }
        : undefined,
  });
  handOverSearchChanges(changes);
  searching.catch(() => undefined); // its failure is reported once the pages are done
  // A build that stops before the swap (a page that fails to render) leaves no half-made site behind.
  let stage: 'building' | 'updating' | 'done' = 'building';
  process.on('exit', () => {
    if (stage === 'done') return;
    rmSync(fresh, { recursive: true, force: true });
    rmSync(freshSearch, { recursive: true, force: true });
    console.error(
      stage === 'building'
        ? `\nThe previous site in ${target} was left as it was.`
        : `\nThe site in ${target} was left partly updated, every file of it whole; the next build builds it whole.`,
    );
  });

  return {
    outDir: fresh,
    /** Once Astro has written the pages: sitemap, host configuration and search index, then the new site is put in place. */
    async finish(): Promise<{ searched: SearchIndexReport[] }> {
      // The pages not rendered again are the last site's: the sitemap lists them with those Astro wrote.
      const reusedPages = reuse.reusedFiles();
      clock.end('build pages');
      if (makesSiteWidePages(shard)) {
        // The sitemap lists the pages other shards build too, so the merged site has one whole sitemap.
        const elsewhere = mine
          ? index.meetings
              .filter((m) => !mine.has(m.id))
              .flatMap((m) => [paths.meeting(m.id), ...index.itemsOf(m).map((i) => paths.item(i))])
              .map((path) => `${path}index.html`)
          : [];
        const kept = reusedPages.filter((file) => file.endsWith('.html')).map((file) => file.slice(1));
        writeSitemap(fresh, siteRoot(), [...elsewhere, ...kept]);
        writeSiteCounts(fresh, counts);
        const searchDirs = partLinks(parts, changes).flatMap((link) =>
          link.changes?.path ? [link.path, link.changes.path] : [link.path],
        );
        writeFileSync(join(fresh, '_headers'), netlifyHeaders(basePath(process.env.BASE_PATH), searchDirs));
        writeFileSync(
          join(fresh, 'staticwebapp.config.json'),
          azureConfig(basePath(process.env.BASE_PATH), searchDirs),
        );
      } else {
        pruneToShard(fresh, mine!);
      }
      clock.end('sitemap and host configuration');
      const searched = await searching;
      mkdirSync(freshSearch, { recursive: true }); // none, when the site holds every part already
      tidySearchParts(freshSearch);
      renameSync(freshSearch, join(fresh, 'pagefind'));
      clock.end('search index'); // the wait for it once the pages were done
      const written = builtFiles(fresh);
      // The last site's unchanged pages stay where they are when it is the target itself
      // (site-update.ts); otherwise they are linked into the fresh folder, which takes the target's place.
      if (reuse.canUpdate(target)) {
        stage = 'updating';
        reuse.forget();
        const searchParts = searched.map((part) => part.part);
        updateSite({ fresh, target, written, stale: reuse.staleFiles(new Set(written)), searchParts });
      } else {
        reuse.takeInto(fresh);
        swapDir(fresh, target);
      }
      stage = 'done';
      const reports = new Map(searched.map((part) => [part.part, part]));
      reuse.save(
        target,
        written,
        Object.fromEntries(searched.map((part) => [part.part, part.key])),
        Object.fromEntries(
          Object.entries(changes).map(([part, link]) => {
            const { records = 0, byType = {} } = reports.get(changesPart(part)) ?? {};
            return [part, { link, records, byType }];
          }),
        ),
      );
      await searchCache.prune();
      clock.end('replace dist');

      if (!process.env.SITE_URL)
        console.warn(
          `Note: SITE_URL is not set, so feeds, calendars and the sitemap point at ${siteRoot()}. Set SITE_URL to the site's public address (e.g. https://www.example.gov.uk) before publishing.`,
        );
      if (corpus.notes.length > 0) console.warn(describeNotes(corpus.notes));
      const size = corpusSize(corpus);
      console.log(describeCounts(corpus.kpis.counts));
      const corrected = reuse.workedOutMinutesOnly;
      const unchanged =
        (corrected?.size
          ? ` Only the minutes of ${counted(corrected.size, ['agenda item', 'agenda items'])} changed, so only ${corrected.size === 1 ? 'its page was' : 'their pages were'} worked out again.`
          : '') +
        (reusedPages.length > 0
          ? ` Taken unchanged from the last build: ${counted(reusedPages.length, ['file', 'files'])}.`
          : '');
      if (shard)
        console.log(
          `✓ Built shard ${shard.index} of ${shard.count}: the pages of ${withCommas(mine!.size)} of the ${size.meetings}${makesSiteWidePages(shard) ? ', and everything site-wide,' : ''} into ${target} in ${clock.seconds()} s.${unchanged} Copy every shard's folder into one to publish the whole site.`,
        );
      else
        console.log(
          `✓ Built ${size.meetings}, ${size.items} and ${size.decisions} into ${target} in ${clock.seconds()} s.${unchanged}`,
        );
      if (process.env.MINUTED_REPORT) clock.write(resolve(root, process.env.MINUTED_REPORT), searched);
      return { searched };
    },
  };
}

/** Whether Astro would write its prerender bundle outside `outDir` (it does so when outDir is outside the working folder). */
export const bundlesOutside = (outDir: string) => !outDir.startsWith(process.cwd() + sep);

/** Drops Astro's own incremental-build copy of the site, which an older Minuted kept in the cache. */
export function dropOldIncrementalBuild(cacheDir: string): void {
  if (!existsSync(join(cacheDir, 'incremental-build.json'))) return;
  rmSync(join(cacheDir, 'incremental-build.json'));
  removeInBackground(join(cacheDir, 'dist'));
}
