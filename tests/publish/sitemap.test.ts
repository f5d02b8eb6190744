/**
 * Search engines read at most 50,000 addresses from one sitemap file: a regional archive
 * has more pages than that, and every one of them must still be listed.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import { paths } from '../../src/lib/pages/paths.ts';
import { sitemapFiles, sitemapUrls, URLS_PER_SITEMAP, writeSitemap } from '../../src/lib/publish/sitemap.ts';

const ROOT = 'https://www.example.gov.uk/democracy/health/';
const corpus = loadCorpus('content');
// The sample's meeting and item pages, as the build writes them.
const pages = [...corpus.meetings.map((m) => paths.meeting(m.id)), ...corpus.items.map((i) => paths.item(i))].map(
  (p) => `${p}index.html`,
);
const work = mkdtempSync(join(tmpdir(), 'minuted-sitemap-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The addresses one sitemap file lists, and whether it is an index of others. */
function read(xml: string): { index: boolean; locs: string[] } {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parsed = new XMLParser({ isArray: (name) => name === 'url' || name === 'sitemap' }).parse(xml);
  return parsed.sitemapindex
    ? { index: true, locs: parsed.sitemapindex.sitemap.map((s: { loc: string }) => s.loc) }
    : { index: false, locs: parsed.urlset.url.map((u: { loc: string }) => u.loc) };
}

describe('the sitemap', () => {
  it('is one file listing every page while the site is small', () => {
    const files = sitemapFiles(pages, ROOT);
    expect(Object.keys(files)).toEqual(['sitemap.xml']);
    const { index, locs } = read(files['sitemap.xml']);
    expect(index).toBe(false);
    expect(locs).toContain(`${ROOT}${paths.item(corpus.items[0])}`);
    expect(locs).toHaveLength(pages.length);
  });

  it('becomes an index of files of at most the limit each once there are more pages, and still lists every one', () => {
    const files = sitemapFiles(pages, ROOT, 4);
    const index = read(files['sitemap.xml']);
    expect(index.index).toBe(true);
    const parts = Object.keys(files).filter((name) => name !== 'sitemap.xml');
    expect(parts).toHaveLength(Math.ceil(pages.length / 4));
    expect(index.locs).toEqual(parts.map((name) => `${ROOT}${name}`));
    const listed = parts.flatMap((name) => read(files[name]).locs);
    for (const name of parts) expect(read(files[name]).locs.length).toBeLessThanOrEqual(4);
    expect(listed.sort()).toEqual(pages.map((p) => `${ROOT}${p.replace(/index\.html$/, '')}`).sort());
  });

  it('splits at 50,000 addresses, as sitemaps.org allows, and reads back whole from a built site', () => {
    // As many pages as the sample's, repeated under made-up meetings until past the limit.
    const many = Array.from({ length: Math.ceil((URLS_PER_SITEMAP + 1) / pages.length) }, (_, copy) =>
      pages.map((p) => p.replace(/^meetings\//, `meetings/copy-${copy}-`)),
    ).flat();
    const site = join(work, 'site');
    for (const page of pages) {
      mkdirSync(dirname(join(site, page)), { recursive: true });
      writeFileSync(join(site, page), '<!doctype html>');
    }
    writeSitemap(site, ROOT, many);
    expect(
      readdirSync(site)
        .filter((name) => name.endsWith('.xml'))
        .sort(),
    ).toEqual(['sitemap-1.xml', 'sitemap-2.xml', 'sitemap.xml']);
    expect(read(readFileSync(join(site, 'sitemap-1.xml'), 'utf8')).locs).toHaveLength(URLS_PER_SITEMAP);
    expect(new Set(sitemapUrls(site)).size).toBe(pages.length + many.length);
    expect(readFileSync(join(site, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${ROOT}sitemap.xml`);
  });
});
