/**
 * A rebuild reuses the minutes and the pages of meetings, items, localities, topics,
 * decisions, figures and follow-ups of the build before it, and still gives exactly the site a full build of the same content gives.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { htmlFiles } from '../src/lib/link-check.ts';
import { buildSite } from './support/build-site.ts';
import { copySampleContent, type ContentFixture } from './support/content-fixture.ts';

let fixture: ContentFixture | undefined;
afterAll(() => fixture?.remove());

/** Every file of a built site, by path: the search index too, copied from the cache or written afresh. */
function siteFiles(dist: string): Map<string, string> {
  const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(files.map((e) => join(e.parentPath, e.name)).map((path) => [relative(dist, path), readFileSync(path, 'base64')]));
}

/** The pages Astro's log says it copied from its cache (colours stripped: CI turns them on). */
const restoredPages = (log: string) => [...log.replace(/\x1b\[[0-9;]*m/g, '').matchAll(/├─ (\S+) \(restored\)/g)].map((m) => m[1]);

describe('a rebuild after changing content', () => {
  it('renders again only the pages that changed, and matches a full build file for file', () => {
    fixture = copySampleContent();
    const root = join(fixture.dir, '..');
    const cache = join(root, 'cache');
    const build = (name: string, cacheDir = cache) => {
      // One date for every build, so a test that runs past midnight compares like with like.
      const result = buildSite({ dist: join(root, name), contentDir: fixture!.dir, cacheDir, logLevel: 'info', today: '2026-11-30' });
      expect(result.status, result.stderr).toBe(0);
      return result.stdout;
    };
    const meetings = readdirSync(join(fixture.dir, 'meetings')).sort();
    const itemFile = (meeting: string) => join('meetings', meeting, readdirSync(join(fixture!.dir, 'meetings', meeting)).find((n) => n.endsWith('.md'))!);

    expect(restoredPages(build('first'))).toEqual([]);

    // New minutes text in one item: of the pages with a cache key (meetings, items, and the
    // listings and figures, which do not show minutes), only that item's is rendered again.
    const edited = itemFile(meetings[0]);
    fixture.edit(edited, (text) => `${text}\nA sentence added after the first build.\n`);
    const restored = restoredPages(build('second'));
    // Every page in those folders but their own index (the list of all meetings, localities…)
    // and a board's own page (its years' pages have keys).
    const keyedPages = ['meetings', 'localities', 'topics', 'decisions', 'indicators', 'actions', 'bodies']
      .flatMap((dir) => htmlFiles(join(root, 'first', dir)).filter((file) => file !== 'index.html' && !(dir === 'bodies' && /^[^/]+\/index\.html$/.test(file))).map((file) => `/${dir}/${file}`));
    expect(restored.sort()).toEqual(keyedPages.filter((page) => page !== `/${edited.replace(/\.md$/, '')}/index.html`).sort());
    expect(Buffer.from(siteFiles(join(root, 'second')).get(join(edited.replace(/\.md$/, ''), 'index.html'))!, 'base64').toString('utf8')).toContain('A sentence added after the first build.');

    // A new title shows on every page that names the item, the restored ones included.
    fixture.edit(itemFile(meetings[1]), (text) => text.replace(/^title: .*$/m, 'title: A title changed after the first build'));
    build('third');
    build('full', join(root, 'cold-cache'));
    const expected = siteFiles(join(root, 'full'));
    const actual = siteFiles(join(root, 'third'));
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
    expect([...expected].filter(([path, text]) => actual.get(path) !== text).map(([path]) => path)).toEqual([]);
    expect([...actual.values()].filter((text) => Buffer.from(text, 'base64').toString('utf8').includes('A title changed after the first build')).length).toBeGreaterThan(2);
  }, 240_000);
});
