/**
 * Checks a built site's internal links: every href and src under the base path must
 * name a file that exists, and every #fragment an id on that page.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFiles } from '../publish/sitemap.ts';

/** A link that leads nowhere. */
export interface BrokenLink {
  /** The page it is on, relative to the site folder. */
  page: string;
  href: string;
  reason: string;
}

const ATTRIBUTE = /\s(?:href|src)="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;

/**
 * The internal links in `dir` that do not resolve, for a site served at `base`.
 * Links to other origins, mailto: and the like are not checked here.
 * Example: findBrokenLinks('dist', '/democracy/health/') → [] for a sound site.
 */
export function findBrokenLinks(dir: string, base: string): BrokenLink[] {
  const idsCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idsCache.get(file);
    if (!ids) {
      ids = new Set([...readFileSync(join(dir, file), 'utf8').matchAll(ID)].map((m) => m[1]));
      idsCache.set(file, ids);
    }
    return ids;
  };
  const broken: BrokenLink[] = [];
  for (const page of htmlFiles(dir)) {
    const html = readFileSync(join(dir, page), 'utf8');
    const pageUrl = new URL(`http://site${base}${page.replace(/(^|\/)index\.html$/, '$1')}`);
    for (const [, raw] of html.matchAll(ATTRIBUTE)) {
      const href = raw.replace(/&amp;/g, '&');
      const url = new URL(href, pageUrl);
      if (url.origin !== 'http://site') continue;
      if (!url.pathname.startsWith(base)) {
        broken.push({ page, href, reason: `it leaves the base path ${base}` });
        continue;
      }
      const target = resolveFile(dir, decodeURIComponent(url.pathname.slice(base.length)));
      if (!target) broken.push({ page, href, reason: 'no such page or file' });
      else if (url.hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) {
        broken.push({ page, href, reason: `no element with id "${url.hash.slice(1)}" on ${target}` });
      }
    }
  }
  return broken;
}

function resolveFile(dir: string, path: string): string | undefined {
  for (const candidate of [path, `${path}${path.endsWith('/') || path === '' ? '' : '/'}index.html`]) {
    try {
      if (statSync(join(dir, candidate)).isFile()) return candidate.replace(/^\//, '');
    } catch {
      // not this one
    }
  }
  return undefined;
}
