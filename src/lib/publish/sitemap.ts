/**
 * sitemap.xml and robots.txt, written from the pages actually built, so no page can be
 * left out of the sitemap.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeXml, unescapeXml } from '../text/xml.ts';

/** The most URLs one sitemap file may list (sitemaps.org); search engines ignore a longer one. */
export const URLS_PER_SITEMAP = 50_000;

const XMLNS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const xmlList = (tag: string, entry: string, locs: readonly string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<${tag} xmlns="${XMLNS}">\n${locs.map((loc) => `  <${entry}><loc>${escapeXml(loc)}</loc></${entry}>`).join('\n')}\n</${tag}>\n`;

/**
 * The sitemap files of a site at `root` (origin and base path) with these pages, by file
 * name: sitemap.xml alone, or, past `perFile` pages (a regional archive has 100,000 and
 * more), sitemap.xml as an index of sitemap-1.xml, sitemap-2.xml…
 * Example: sitemapFiles(['index.html', 'meetings/index.html'], 'https://x.gov.uk/health/') → { 'sitemap.xml': '<?xml…<urlset…' }.
 */
/** Every .html file below `dir`, relative to it. */
export function htmlFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return htmlFiles(dir, path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

export function sitemapFiles(
  pages: readonly string[],
  root: string,
  perFile = URLS_PER_SITEMAP,
): Record<string, string> {
  const urls = pages
    .filter((page) => page.endsWith('index.html'))
    .map((page) => new URL(page.replace(/index\.html$/, ''), root).href)
    .sort();
  if (urls.length <= perFile) return { 'sitemap.xml': xmlList('urlset', 'url', urls) };
  const files: Record<string, string> = {};
  for (let start = 0; start < urls.length; start += perFile)
    files[`sitemap-${start / perFile + 1}.xml`] = xmlList('urlset', 'url', urls.slice(start, start + perFile));
  files['sitemap.xml'] = xmlList(
    'sitemapindex',
    'sitemap',
    Object.keys(files).map((name) => new URL(name, root).href),
  );
  return files;
}

/** Writes the sitemap and robots.txt into the built site, listing also `elsewhere`: pages other shards build. */
export function writeSitemap(dir: string, root: string, elsewhere: readonly string[] = []): void {
  for (const [name, xml] of Object.entries(sitemapFiles([...htmlFiles(dir), ...elsewhere], root)))
    writeFileSync(join(dir, name), xml);
  writeFileSync(join(dir, 'robots.txt'), `User-agent: *\nAllow: /\n\nSitemap: ${new URL('sitemap.xml', root).href}\n`);
}

/**
 * Every page address a built site's sitemap lists, through its index if it has one.
 * Example: sitemapUrls('dist') → ['https://x.gov.uk/health/', 'https://x.gov.uk/health/about/', …].
 */
export function sitemapUrls(dir: string): string[] {
  const locs = (file: string) =>
    [...readFileSync(join(dir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => unescapeXml(m[1]));
  const index = readFileSync(join(dir, 'sitemap.xml'), 'utf8').includes('<sitemapindex');
  return index ? locs('sitemap.xml').flatMap((url) => locs(url.slice(url.lastIndexOf('/') + 1))) : locs('sitemap.xml');
}
