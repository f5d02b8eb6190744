/**
 * A rebuild into the last build's own site moves only the files it wrote into it, replaces
 * the search index whole, and removes what no build makes any more; the ledger says when
 * a site can be updated so, and a build stopped while updating leaves the next nothing to reuse.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPageReuse } from '../../src/lib/build/page-reuse.ts';
import { builtFiles, updateSite } from '../../src/lib/build/site-update.ts';

let root: string;
const write = (site: string, file: string, text: string) => {
  mkdirSync(dirname(join(site, file)), { recursive: true });
  writeFileSync(join(site, file), text);
};
const read = (site: string, file: string) => readFileSync(join(site, file), 'utf8');

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'minuted-site-update-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Waits for a background removal: it runs in a process of its own. */
async function gone(dir: string): Promise<boolean> {
  for (let tries = 0; tries < 100 && existsSync(dir); tries++) await new Promise((r) => setTimeout(r, 100));
  return !existsSync(dir);
}

describe('builtFiles', () => {
  it('lists every file from the site’s root, but those of the search index', () => {
    const site = join(root, 'site');
    for (const file of ['/index.html', '/a/b/index.html', '/_astro/x.css', '/pagefind/part-1/entry.json'])
      write(site, file, '');
    expect(builtFiles(site).sort()).toEqual(['/_astro/x.css', '/a/b/index.html', '/index.html']);
  });
});

describe('updateSite', () => {
  it('moves the files written in, replaces the parts of the search index written, and removes stale files and parts', async () => {
    const [target, fresh] = [join(root, 'dist'), join(root, '.dist.building-1')];
    write(target, '/index.html', 'old home');
    write(target, '/kept/index.html', 'kept');
    write(target, '/gone/x/index.html', 'gone');
    write(target, '/pagefind/part-1/entry', 'part 1, kept');
    write(target, '/pagefind/part-2/entry', 'part 2, old');
    write(target, '/pagefind/part-3/entry', 'part 3, no longer a part');
    write(target, '/pagefind/shared/wasm.en.1', 'wasm');
    write(fresh, '/index.html', 'new home');
    write(fresh, '/new/index.html', 'new');
    write(fresh, '/pagefind/part-2/entry', 'part 2, new');
    write(fresh, '/pagefind/shared/wasm.en.1', 'wasm');
    updateSite({
      fresh,
      target,
      written: ['/index.html', '/new/index.html'],
      stale: ['/gone/x/index.html'],
      searchParts: ['part-1', 'part-2'],
    });
    expect([read(target, '/index.html'), read(target, '/kept/index.html'), read(target, '/new/index.html')]).toEqual([
      'new home',
      'kept',
      'new',
    ]);
    expect(readdirSync(join(target, 'pagefind')).sort()).toEqual(['part-1', 'part-2', 'shared']);
    expect([read(target, '/pagefind/part-1/entry'), read(target, '/pagefind/part-2/entry')]).toEqual([
      'part 1, kept',
      'part 2, new',
    ]);
    expect(read(target, '/pagefind/shared/wasm.en.1')).toBe('wasm');
    expect(existsSync(join(target, 'gone'))).toBe(false);
    expect(existsSync(fresh)).toBe(false);
    expect(await gone(`${fresh}-pagefind.old`)).toBe(true);
  });
});

describe('the ledger of a site updated in place', () => {
  const ledger = () => join(root, 'cache', 'pages.json');

  it('lets the next build update the site only where it was built, listing all its files', () => {
    const site = join(root, 'dist');
    const first = openPageReuse(ledger(), 'code A');
    expect(first.canUpdate(site)).toBe(false); // no ledger yet
    first.mustRender('/a/index.html', 'key a');
    first.mustRender('/b/index.html', 'key b');
    for (const file of ['/a/index.html', '/b/index.html', '/index.html', '/old.xml']) write(site, file, file);
    first.save(site, ['/a/index.html', '/b/index.html', '/index.html', '/old.xml'], { 'part-1': 'records 1' });

    const second = openPageReuse(ledger(), 'code A');
    expect(second.canUpdate(site)).toBe(true);
    expect(second.canUpdate(join(root, 'elsewhere'))).toBe(false);
    expect(second.searchPartsIn(site)).toEqual({ 'part-1': 'records 1' });
    expect(second.searchPartsIn(join(root, 'elsewhere'))).toEqual({});
    expect(second.mustRender('/a/index.html', 'key a')).toBe(false);
    expect(second.reusedFiles()).toEqual(['/a/index.html']);
    // b is no longer a page, old.xml no longer written; the home page is written again.
    expect(second.staleFiles(new Set(['/index.html'])).sort()).toEqual(['/b/index.html', '/old.xml']);
  });

  it('is not updated in place from a ledger that does not list the site’s other files', () => {
    const site = join(root, 'dist');
    const first = openPageReuse(ledger(), 'code A');
    first.mustRender('/a/index.html', 'key a');
    write(site, '/a/index.html', 'a');
    first.save(site);
    expect(openPageReuse(ledger(), 'code A').canUpdate(site)).toBe(false);
  });

  it('is forgotten before an update, so a build stopped during it leaves the next to build every page', () => {
    const site = join(root, 'dist');
    const first = openPageReuse(ledger(), 'code A');
    first.mustRender('/a/index.html', 'key a');
    write(site, '/a/index.html', 'a');
    first.save(site, ['/a/index.html']);
    openPageReuse(ledger(), 'code A').forget();
    const next = openPageReuse(ledger(), 'code A');
    expect(next.canUpdate(site)).toBe(false);
    expect(next.mustRender('/a/index.html', 'key a')).toBe(true);
  });
});
