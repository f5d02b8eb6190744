/**
 * A rebuild takes each page whose key (page-key.ts) is the same as at the last build from
 * the site that build made, as a hard link, and has Astro render only the pages that are
 * new or changed: linking is far cheaper than copying or rendering them again, and no second
 * copy of the site is kept in the cache.
 *
 * Pages are taken from the last site only while it is still where that build left it and
 * was built by the same code and settings (the fingerprint); otherwise every page is rendered.
 */
import { copyFileSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ContentState } from './content-key.ts';
import type { KeptChanges } from './search-build.ts';
import { handedOver, handOver } from './corpus-handover.ts';

/** What a build leaves for the next one: its site's folder, and each page's key and file stamp by its file. */
interface Ledger {
  fingerprint: string;
  site: string;
  /** The site folder's identity (siteId): another site copied or built into the same place is not this one. */
  siteId: string;
  pages: Record<string, [key: string, stamp: string]>;
  /**
   * The site's other files ('/_astro/…', '/index.html', '/sitemap.xml'…), all but its pages with
   * a key and its search index: with them the ledger lists the whole site, so a rebuild can
   * update it in place and remove what no build makes any more. Absent from older ledgers.
   */
  files?: string[];
  /** The cache's key of each part of the site's search index (search-cache.ts), by its name: a rebuild in place keeps a part whose key is the same. */
  search?: Record<string, string>;
  /** Each part's changes the search page links to, with their index's counts (search-build.ts). */
  searchChanges?: Record<string, KeptChanges>;
  /** What of the content its pages show (content-key.ts). Absent from older ledgers. */
  content?: ContentState;
}

/**
 * The file a page is written to in the site, from its route's pattern and its parameters
 * (Astro's `build.format: 'directory'`). An empty rest parameter leaves its segment out. A
 * path ending in a file's name (a feed, a download) is an endpoint's, written as it is;
 * the ids in pages' paths never hold a dot.
 * Example: pageFile('/topics/[topic]/[year]/[...month]', { topic: 'obesity', year: '2025' })
 * → '/topics/obesity/2025/index.html'; pageFile('/data/[file]', { file: 'items.json' }) → '/data/items.json'.
 */
export function pageFile(routePattern: string, params: Readonly<Record<string, string | number | undefined>>): string {
  const path = routePattern.replace(/\/\[(?:\.\.\.)?([^\]]+)\]/g, (_, name: string) =>
    params[name] === undefined || params[name] === '' ? '' : `/${params[name]}`,
  );
  return /\.[a-z0-9]+$/i.test(path) ? path : `${path.replace(/\/$/, '')}/index.html`;
}

/** A folder's inode and time of creation: a folder made anew in the same place may get the same inode. */
function siteId(folder: string): string {
  const { ino, birthtimeMs } = statSync(folder);
  return `${ino} ${birthtimeMs}`;
}

/** A page file's size and time of change, or undefined if it is not there: a page edited in place since its build is rendered again. */
function stamp(file: string): string | undefined {
  const stats = statSync(file, { throwIfNoEntry: false });
  return stats && `${stats.size} ${stats.mtimeMs}`;
}

/** Which pages this build renders and which it takes from the last site; made by openPageReuse. */
export interface PageReuse {
  /** When the content is the last build's but for some items' minutes: those items' ids; otherwise undefined. */
  changedMinutes(): ReadonlySet<string> | undefined;
  /**
   * changedMinutes, once the last site is known to have every page as it left it; then
   * every page keeps its key but those items' pages, which the build works out (site-data.ts).
   */
  changedMinutesOnly(): ReadonlySet<string> | undefined;
  /** What changedMinutesOnly gave, once the pages asked: whether this build worked out only the pages of those items. */
  readonly workedOutMinutesOnly: ReadonlySet<string> | undefined;
  /** Whether the page written to `file` must be rendered: it is new, its key changed, or the last site lacks it or has it edited. */
  mustRender(file: string, key: string): boolean;
  /** Links the pages not rendered from the last site into `site` (copies them where the file system has no hard links); returns how many. */
  takeInto(site: string): number;
  /** Whether the last site is `target` itself and its ledger lists all its files, so this build can update it in place (site-update.ts). */
  canUpdate(target: string): boolean;
  /** The cache's key of each part of the search index in the last site, by the part's name, when it is `target` and can be updated in place. */
  searchPartsIn(target: string): Readonly<Record<string, string>>;
  /** The changes of each part of that index, by the part's name. */
  searchChangesIn(target: string): Readonly<Record<string, KeptChanges>>;
  /** The pages taken from the last site, from its root: '/a/index.html'. */
  reusedFiles(): string[];
  /** The files of the last site that this build neither takes from it nor `writes` (paths as in reusedFiles): those no build makes any more. */
  staleFiles(writes: ReadonlySet<string>): string[];
  /** Removes the ledger, so a build stopped while it updates the site in place leaves the next nothing to reuse: that one builds the site whole. */
  forget(): void;
  /** Records this build's pages for the next, once its site is in place at `site`; `files`, its other files (see Ledger), let the next update it in place. */
  save(
    site: string,
    files?: readonly string[],
    search?: Readonly<Record<string, string>>,
    searchChanges?: Readonly<Record<string, KeptChanges>>,
  ): void;
}

/**
 * Reads the last build's ledger from `ledgerFile`. Its pages are reused only if it was made
 * with this `fingerprint` (a hash of the code and the settings the pages read) and its site
 * is still the folder it built.
 */
export function openPageReuse(ledgerFile: string, fingerprint: string, content?: ContentState): PageReuse {
  let previous: Ledger | undefined;
  try {
    const ledger = JSON.parse(readFileSync(ledgerFile, 'utf8')) as Ledger;
    if (ledger.fingerprint === fingerprint && siteId(ledger.site) === ledger.siteId) previous = ledger;
  } catch {
    // No ledger, or no site where it was: every page is rendered.
  }
  const keys: Record<string, string> = {};
  const reused = new Map<string, string>(); // file → its stamp, known already; a page asked about twice is linked once
  const canUpdate = (target: string) => previous?.site === target && previous.files !== undefined;
  // The last site's pages' stamps, taken in one pass when first asked for: 13,000 stats take
  // the build's thread about 0.13 s, as many promises (to take them on the thread pool) 0.4 s.
  let stamps: Map<string, string | undefined> | undefined;
  const lastStamps = () =>
    (stamps ??= new Map(Object.keys(previous?.pages ?? {}).map((file) => [file, stamp(join(previous!.site, file))])));
  const last = previous;
  const kept = last?.content;
  const changedMinutes =
    content && kept?.key === content.key
      ? new Set(Object.keys(content.minutes).filter((id) => kept.minutes[id] !== content.minutes[id]))
      : undefined;
  let onlyMinutes: { changed: ReadonlySet<string> | undefined } | undefined;
  return {
    changedMinutes: () => changedMinutes,
    get workedOutMinutesOnly() {
      return onlyMinutes?.changed;
    },
    changedMinutesOnly() {
      onlyMinutes ??= (() => {
        const pages = Object.entries(last?.pages ?? {});
        if (!changedMinutes || pages.some(([file, [, stamp]]) => lastStamps().get(file) !== stamp))
          return { changed: undefined };
        for (const [file, [key, stamp]] of pages) {
          keys[file] = key;
          reused.set(file, stamp);
        }
        return { changed: changedMinutes };
      })();
      return onlyMinutes.changed;
    },
    mustRender(file, key) {
      keys[file] = key;
      const [lastKey, lastStamp] = previous?.pages[file] ?? [];
      if (lastKey !== key || lastStamps().get(file) !== lastStamp) {
        reused.delete(file); // a page asked about again with another key is rendered, not also taken
        return true;
      }
      reused.set(file, lastStamp!);
      return false;
    },
    takeInto(site) {
      const made = new Set<string>();
      for (const file of reused.keys()) {
        const [from, to] = [join(previous!.site, file), join(site, file)];
        if (!made.has(dirname(to))) mkdirSync(dirname(to), { recursive: true });
        made.add(dirname(to));
        try {
          linkSync(from, to);
        } catch {
          copyFileSync(from, to);
        }
      }
      return reused.size;
    },
    canUpdate,
    searchPartsIn(target) {
      return (canUpdate(target) && previous?.search) || {};
    },
    searchChangesIn(target) {
      return (canUpdate(target) && previous?.searchChanges) || {};
    },
    reusedFiles() {
      return [...reused.keys()];
    },
    staleFiles(writes) {
      const last = previous ? [...Object.keys(previous.pages), ...(previous.files ?? [])] : [];
      return last.filter((file) => !reused.has(file) && !writes.has(file));
    },
    forget() {
      rmSync(ledgerFile, { force: true });
    },
    save(site, files, search, searchChanges) {
      const pages: Ledger['pages'] = {};
      for (const [file, key] of Object.entries(keys)) {
        // A linked page is the same file as before, so its stamp is known; a shard's build removes the pages of other shards.
        const stamped = reused.get(file) ?? stamp(join(site, file));
        if (stamped) pages[file] = [key, stamped];
      }
      const ledger: Ledger = {
        fingerprint,
        site,
        siteId: siteId(site),
        pages,
        ...(files && { files: files.filter((file) => !Object.hasOwn(keys, file)) }),
        ...(search && { search }),
        ...(searchChanges && { searchChanges }),
        ...(content && { content }),
      };
      mkdirSync(dirname(ledgerFile), { recursive: true });
      // Written beside and renamed, so a build stopped while writing leaves no half a ledger.
      writeFileSync(`${ledgerFile}.new`, JSON.stringify(ledger));
      renameSync(`${ledgerFile}.new`, ledgerFile);
    },
  };
}

/** Called by the integration before Astro renders (corpus-handover.ts: the pages run in a module graph of their own). */
export function handOverPageReuse(reuse: PageReuse): void {
  handOver('page-reuse', reuse);
}

/** The build's PageReuse, or undefined in live preview (every page is rendered). */
export function pageReuse(): PageReuse | undefined {
  return handedOver<PageReuse>('page-reuse');
}
