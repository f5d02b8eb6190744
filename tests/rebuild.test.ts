/**
 * A rebuild reuses the minutes and the pages of meetings, items, localities, topics,
 * decisions, figures and follow-ups of the build before it, and still gives exactly the site a full build of the same content gives.
 */
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { htmlFiles } from '../src/lib/publish/sitemap.ts';
import { writeSyntheticCorpus } from '../src/lib/build/synthetic-corpus.ts';
import { buildSite } from './support/build-site.ts';
import { copySampleContent, type ContentFixture } from './support/content-fixture.ts';

let fixture: ContentFixture | undefined;
afterAll(() => fixture?.remove());

/** Every file of a built site, by path: the search index too, copied from the cache or written afresh. */
function siteFiles(dist: string): Map<string, string> {
  const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(
    files.map((e) => join(e.parentPath, e.name)).map((path) => [relative(dist, path), readFileSync(path, 'base64')]),
  );
}

/** The files of `site` taken as they were from the site built before it (the same file, linked), not written again; the search index's are the cache's. */
const reusedFiles = (previous: string, site: string) =>
  [...siteFiles(site).keys()].filter(
    (file) =>
      !file.startsWith('pagefind') &&
      existsSync(join(previous, file)) &&
      statSync(join(site, file)).ino === statSync(join(previous, file)).ino,
  );

/** A file written by an endpoint: a feed, a calendar, a download (not the counts the build writes itself, as it does the sitemap). */
const isEndpointFile = (file: string) =>
  /^(feeds|calendars|data|indicators|places)\//.test(file) &&
  !file.endsWith('.html') &&
  file !== join('data', 'counts.json');

describe('a rebuild after changing content', () => {
  it('renders again only the pages that changed, and matches a full build file for file', () => {
    fixture = copySampleContent();
    const root = join(fixture.dir, '..');
    const cache = join(root, 'cache');
    const build = (name: string, cacheDir = cache) => {
      // One date for every build, so a test that runs past midnight compares like with like.
      const result = buildSite({ dist: join(root, name), contentDir: fixture!.dir, cacheDir, today: '2026-11-30' });
      expect(result.status, result.stderr).toBe(0);
      return result.stdout;
    };
    const meetings = readdirSync(join(fixture.dir, 'meetings')).sort();
    const itemFile = (meeting: string) =>
      join(
        'meetings',
        meeting,
        readdirSync(join(fixture!.dir, 'meetings', meeting)).find((n) => n.endsWith('.md'))!,
      );

    expect(build('first')).not.toContain('Taken unchanged');

    // New minutes text in one item: of the pages with a key (meetings, items, and the
    // listings and figures, which do not show minutes), only that item's is rendered again.
    const edited = itemFile(meetings[0]);
    fixture.edit(edited, (text) => `${text}\nA sentence added after the first build.\n`);
    const log = build('second');
    const reused = reusedFiles(join(root, 'first'), join(root, 'second'));
    expect(log).toContain(`Taken unchanged from the last build: ${reused.length} files.`);
    // Every page in those folders but their own index (the list of all meetings, localities…)
    // and a board's own page (its years' pages have keys).
    const keyedPages = ['meetings', 'localities', 'topics', 'decisions', 'indicators', 'actions', 'bodies'].flatMap(
      (dir) =>
        htmlFiles(join(root, 'first', dir))
          .filter((file) => file !== 'index.html' && !(dir === 'bodies' && /^[^/]+\/index\.html$/.test(file)))
          .map((file) => `/${dir}/${file}`),
    );
    // The glossary's page has a key too: it shows no minutes.
    keyedPages.push('/glossary/index.html');
    expect(
      reused
        .filter((file) => file.endsWith('.html'))
        .map((file) => `/${file}`)
        .sort(),
    ).toEqual(keyedPages.filter((page) => page !== `/${edited.replace(/\.md$/, '')}/index.html`).sort());
    // The feeds, calendars and downloads do not hold minutes text.
    expect(reused.filter((file) => !file.endsWith('.html')).length).toBe(
      [...siteFiles(join(root, 'first')).keys()].filter(isEndpointFile).length,
    );
    expect(
      Buffer.from(
        siteFiles(join(root, 'second')).get(join(edited.replace(/\.md$/, ''), 'index.html'))!,
        'base64',
      ).toString('utf8'),
    ).toContain('A sentence added after the first build.');

    // A new title shows on every page that names the item, the reused ones included.
    fixture.edit(itemFile(meetings[1]), (text) =>
      text.replace(/^title: .*$/m, 'title: A title changed after the first build'),
    );
    build('third');
    // Feeds, calendars and downloads are written again exactly when their text changed: those naming the item.
    const [second, third] = [siteFiles(join(root, 'second')), siteFiles(join(root, 'third'))];
    const unchangedFiles = [...second.keys()].filter(
      (file) => isEndpointFile(file) && second.get(file) === third.get(file),
    );
    expect(unchangedFiles.length).toBeGreaterThan(0);
    expect(unchangedFiles.length).toBeLessThan([...second.keys()].filter(isEndpointFile).length);
    expect(reusedFiles(join(root, 'second'), join(root, 'third')).filter(isEndpointFile).sort()).toEqual(
      unchangedFiles.sort(),
    );
    build('full', join(root, 'cold-cache'));
    const expected = siteFiles(join(root, 'full'));
    const actual = siteFiles(join(root, 'third'));
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
    expect([...expected].filter(([path, text]) => actual.get(path) !== text).map(([path]) => path)).toEqual([]);
    expect(
      [...actual.values()].filter((text) =>
        Buffer.from(text, 'base64').toString('utf8').includes('A title changed after the first build'),
      ).length,
    ).toBeGreaterThan(2);
  }, 240_000);
});

describe('a rebuild of a year listed a month a page', () => {
  it("counts a decision added to an older item on the year's own page, as a full build does", () => {
    const root = mkdtempSync(join(tmpdir(), 'minuted-busy-rebuild-'));
    try {
      // 300 synthetic items, all of late 2025: with a limit of 5 a page, every place's 2025 is
      // listed a month a page, and the oldest item is not among the newest a place's own page shows.
      const content = join(root, 'content');
      writeSyntheticCorpus(content, 300, 'content');
      const build = (name: string, cacheDir: string) => {
        const result = buildSite({
          dist: join(root, name),
          contentDir: content,
          cacheDir: join(root, cacheDir),
          yearPageLimit: 5,
          today: '2026-11-30',
        });
        expect(result.status, result.stderr).toBe(0);
        return readFileSync(join(root, name, 'localities', 'england', '2025', 'index.html'), 'utf8');
      };
      expect(build('first', 'cache')).toContain('300 agenda items with 300 decisions');
      const oldest = join(content, 'meetings', readdirSync(join(content, 'meetings')).sort()[0]);
      appendFileSync(
        join(
          oldest,
          readdirSync(oldest).find((n) => n.endsWith('.md'))!,
        ),
        '\nRESOLVED\n\nThat the Board ask for a further report in six months.\n',
      );
      const rebuilt = build('second', 'cache');
      expect(rebuilt).toContain('300 agenda items with 301 decisions');
      expect(rebuilt).toBe(build('full', 'cold-cache'));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 240_000);
});
