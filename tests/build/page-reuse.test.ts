/** A rebuild renders a page again exactly when it is new or its key changed, and takes the others from the last site as they were. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPageReuse, pageFile } from '../../src/lib/build/page-reuse.ts';

describe('pageFile', () => {
  it("is the file Astro writes a page's route to, leaving out an empty month", () => {
    expect(
      pageFile('/meetings/[meeting]/[item]', { meeting: '2024-03-12-lincolnshire-hwb', item: '05-pharmacy' }),
    ).toBe('/meetings/2024-03-12-lincolnshire-hwb/05-pharmacy/index.html');
    expect(pageFile('/topics/[topic]/[year]/[...month]', { topic: 'obesity', year: '2025' })).toBe(
      '/topics/obesity/2025/index.html',
    );
    expect(pageFile('/topics/[topic]/[year]/[...month]', { topic: 'obesity', year: '2025', month: '03' })).toBe(
      '/topics/obesity/2025/03/index.html',
    );
  });

  it('is the file itself for a feed, a calendar or a download', () => {
    expect(pageFile('/feeds/[...feed]', { feed: 'bodies/lincolnshire-hwb.atom.xml' })).toBe(
      '/feeds/bodies/lincolnshire-hwb.atom.xml',
    );
    expect(pageFile('/indicators/[measure]/[file]', { measure: 'smoking-prevalence', file: 'rutland.csv' })).toBe(
      '/indicators/smoking-prevalence/rutland.csv',
    );
    expect(pageFile('/calendars/[calendar]', { calendar: 'all.ics' })).toBe('/calendars/all.ics');
  });
});

describe('openPageReuse', () => {
  let root: string;
  const ledger = () => join(root, 'cache', 'pages.json');
  const write = (site: string, file: string, text: string) => {
    mkdirSync(dirname(join(site, file)), { recursive: true });
    writeFileSync(join(site, file), text);
  };
  /** A first build of two pages into `site`, as the build script does it. */
  const firstBuild = (fingerprint = 'code A') => {
    const site = join(root, 'first');
    const reuse = openPageReuse(ledger(), fingerprint);
    expect([reuse.mustRender('/a/index.html', 'key a'), reuse.mustRender('/b/index.html', 'key b')]).toEqual([
      true,
      true,
    ]);
    write(site, '/a/index.html', 'Page A');
    write(site, '/b/index.html', 'Page B');
    reuse.save(site);
    return site;
  };

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'minuted-page-reuse-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('renders the changed and new pages, and links the unchanged one from the last site', () => {
    const first = firstBuild();
    const reuse = openPageReuse(ledger(), 'code A');
    expect(reuse.mustRender('/a/index.html', 'key a')).toBe(false);
    expect(reuse.mustRender('/b/index.html', 'key b, changed')).toBe(true);
    expect(reuse.mustRender('/c/index.html', 'key c')).toBe(true);
    const second = join(root, 'second');
    mkdirSync(second);
    expect(reuse.takeInto(second)).toBe(1);
    expect(readFileSync(join(second, 'a/index.html'), 'utf8')).toBe('Page A');
    expect(statSync(join(second, 'a/index.html')).ino).toBe(statSync(join(first, 'a/index.html')).ino);
  });

  it('renders every page after a change of code or settings', () => {
    firstBuild('code A');
    expect(openPageReuse(ledger(), 'code B').mustRender('/a/index.html', 'key a')).toBe(true);
  });

  it('renders every page when the last site is gone or another has taken its place', () => {
    const first = firstBuild();
    rmSync(first, { recursive: true });
    expect(openPageReuse(ledger(), 'code A').mustRender('/a/index.html', 'key a')).toBe(true);
    write(first, '/a/index.html', 'A page copied in by hand');
    expect(openPageReuse(ledger(), 'code A').mustRender('/a/index.html', 'key a')).toBe(true);
  });

  it('renders a page edited in place since it was built, as by a script that post-processes the site', () => {
    const first = firstBuild();
    const page = join(first, 'a/index.html');
    const { mtime } = statSync(page);
    writeFileSync(page, 'Page Z'); // the same length as before
    utimesSync(page, mtime, new Date(mtime.getTime() + 10_000));
    const reuse = openPageReuse(ledger(), 'code A');
    expect(reuse.mustRender('/a/index.html', 'key a')).toBe(true);
    expect(reuse.mustRender('/b/index.html', 'key b')).toBe(false);
  });

  it('renders a page the last site no longer has', () => {
    const first = firstBuild();
    rmSync(join(first, 'a'), { recursive: true });
    const reuse = openPageReuse(ledger(), 'code A');
    expect(reuse.mustRender('/a/index.html', 'key a')).toBe(true);
    expect(reuse.mustRender('/b/index.html', 'key b')).toBe(false);
  });

  it('gives the same answers from the stamps it takes of the last site in one pass', () => {
    const first = firstBuild();
    rmSync(join(first, 'b'), { recursive: true });
    const reuse = openPageReuse(ledger(), 'code A');
    expect(reuse.mustRender('/a/index.html', 'key a')).toBe(false);
    expect(reuse.mustRender('/b/index.html', 'key b')).toBe(true);
    const page = join(first, 'a/index.html');
    const { mtime } = statSync(page);
    writeFileSync(page, 'Page Z');
    utimesSync(page, mtime, new Date(mtime.getTime() + 10_000));
    const after = openPageReuse(ledger(), 'code A');
    expect(after.mustRender('/a/index.html', 'key a')).toBe(true);
  });

  describe('after a correction to some minutes alone', () => {
    const content = (key: string, minutes: Record<string, string>) => ({ key, minutes });
    /** A first build of two pages, the ledger keeping the content they were made from. */
    const builtFrom = (state: ReturnType<typeof content>) => {
      const site = join(root, 'first');
      const reuse = openPageReuse(ledger(), 'code A', state);
      reuse.mustRender('/a/index.html', 'key a');
      reuse.mustRender('/b/index.html', 'key b');
      write(site, '/a/index.html', 'Page A');
      write(site, '/b/index.html', 'Page B');
      reuse.save(site);
      return site;
    };

    it('names the items whose minutes changed, and keeps every page the build does not ask about', () => {
      builtFrom(content('same', { x: 'minutes 1', y: 'minutes 1' }));
      const reuse = openPageReuse(ledger(), 'code A', content('same', { x: 'minutes 2', y: 'minutes 1' }));
      expect(reuse.changedMinutesOnly()).toEqual(new Set(['x']));
      // Page b shows x's minutes, worked out again with its new key; page a is not asked about.
      expect(reuse.mustRender('/b/index.html', 'key b2')).toBe(true);
      expect(reuse.reusedFiles()).toEqual(['/a/index.html']);
      expect(reuse.staleFiles(new Set(['/b/index.html']))).toEqual([]);
      reuse.save(join(root, 'first'));
      const next = openPageReuse(ledger(), 'code A', content('same', { x: 'minutes 2', y: 'minutes 1' }));
      expect(next.changedMinutesOnly()).toEqual(new Set());
      expect([next.mustRender('/a/index.html', 'key a'), next.mustRender('/b/index.html', 'key b2')]).toEqual([
        false,
        false,
      ]);
    });

    it('says nothing when anything else changed, or a page of the last site was edited since', () => {
      const site = builtFrom(content('before', { x: 'minutes 1' }));
      expect(openPageReuse(ledger(), 'code A', content('after', { x: 'minutes 1' })).changedMinutesOnly()).toBe(
        undefined,
      );
      writeFileSync(join(site, 'a', 'index.html'), 'Page A, edited by hand');
      const edited = openPageReuse(ledger(), 'code A', content('before', { x: 'minutes 2' }));
      expect(edited.changedMinutesOnly()).toBe(undefined);
      expect(edited.mustRender('/a/index.html', 'key a')).toBe(true);
    });
  });
});
