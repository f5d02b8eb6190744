/**
 * sitemap.xml and robots.txt, written from the pages actually built, so no page can be
 * left out of the sitemap.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFiles } from './link-check.ts';
import { escapeXml } from './xml.ts';

/**
 * The sitemap of the built site in `dir`, for a site at `root` (origin and base path).
 * Example: sitemapXml(['index.html', 'meetings/index.html'], 'https://x.gov.uk/health/') lists two URLs.
 */
export function sitemapXml(pages: readonly string[], root: string): string {
  const urls = pages
    .filter((page) => page.endsWith('index.html'))
    .map((page) => new URL(page.replace(/index\.html$/, ''), root).href)
    .sort();
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.map((url) => `  <url><loc>${escapeXml(url)}</loc></url>`).join('\n')}
</urlset>
`;
}

/** Writes sitemap.xml and robots.txt into the built site, listing also `elsewhere`: pages other shards build. */
export function writeSitemap(dir: string, root: string, elsewhere: readonly string[] = []): void {
  writeFileSync(join(dir, 'sitemap.xml'), sitemapXml([...htmlFiles(dir), ...elsewhere], root));
  writeFileSync(join(dir, 'robots.txt'), `User-agent: *\nAllow: /\n\nSitemap: ${new URL('sitemap.xml', root).href}\n`);
}
