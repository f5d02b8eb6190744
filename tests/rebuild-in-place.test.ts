/**
 * A rebuild into the site the last build made updates that site in place: the unchanged
 * pages stay as they are, only the files the build wrote are moved in, the files no build
 * makes any more are removed, and the site is then, file for file and folder for folder,
 * the one a full build of the same content makes.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSite } from './support/build-site.ts';
import { copySampleContent, type ContentFixture } from './support/content-fixture.ts';

let fixture: ContentFixture | undefined;
afterEach(() => fixture?.remove());

/** Every folder and file of a site, by path: a file by its bytes, a folder as "folder". */
function siteTree(dist: string): Map<string, string> {
  return new Map(
    readdirSync(dist, { recursive: true, withFileTypes: true }).map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return [relative(dist, path), entry.isDirectory() ? 'folder' : readFileSync(path, 'base64')];
    }),
  );
}

/** Waits for what a build removes in a process of its own after it has finished. */
async function settled(dir: string): Promise<string[]> {
  const left = () => readdirSync(dir).filter((name) => name.includes('.building-'));
  for (let tries = 0; tries < 100 && left().length > 0; tries++) await new Promise((r) => setTimeout(r, 100));
  return left();
}

/**
 * A copy of the sample content, and a build of it into a folder beside it: its output. A
 * part of the search index for each meeting, so some are kept as they are, one changes, one goes.
 */
function sampleBuilds() {
  fixture = copySampleContent();
  const root = join(fixture.dir, '..');
  const build = (name: string, cacheDir = join(root, 'cache')) => {
    const result = buildSite({
      dist: join(root, name),
      contentDir: fixture!.dir,
      cacheDir,
      today: '2026-11-30',
      searchPartPages: 2,
    });
    expect(result.status, result.stderr).toBe(0);
    return result.stdout;
  };
  return { fixture, root, site: join(root, 'site'), build };
}

/** Whether a rebuild made, file for file and folder for folder, the site a full build of the same content makes. */
function expectFullBuildsSite({ root, site, build }: ReturnType<typeof sampleBuilds>) {
  build('full', join(root, 'cold-cache'));
  const [updated, full] = [siteTree(site), siteTree(join(root, 'full'))];
  expect([...updated.keys()].sort()).toEqual([...full.keys()].sort());
  expect([...full].filter(([path, bytes]) => updated.get(path) !== bytes).map(([path]) => path)).toEqual([]);
}

describe('a rebuild into the last build’s site', () => {
  it('updates it in place into exactly the site a full build makes', async () => {
    const builds = sampleBuilds();
    const { fixture, root, site, build } = builds;
    build('site');
    const glossary = join(site, 'glossary', 'index.html');
    const glossaryFile = statSync(glossary).ino;
    const parts = readdirSync(join(site, 'pagefind')).sort();
    expect(parts).toEqual(['part-1', 'part-2', 'part-3', 'part-4', 'part-5', 'part-6', 'shared']);
    const entry = (part: string) => statSync(join(site, 'pagefind', part, 'pagefind-entry.json')).ino;
    const searchEntries = parts.filter((part) => part !== 'shared').map(entry);

    // One item's minutes change, and a whole meeting goes, with its items' pages and its part of the search index.
    const meetings = readdirSync(join(fixture.dir, 'meetings')).sort();
    const item = readdirSync(join(fixture.dir, 'meetings', meetings[1])).find((n) => n.endsWith('.md'))!;
    fixture.edit(join('meetings', meetings[1], item), (text) => `${text}\nA sentence added in place.\n`);
    rmSync(join(fixture.dir, 'meetings', meetings[4]), { recursive: true });
    expect(existsSync(join(site, 'meetings', meetings[4]))).toBe(true);

    expect(build('site')).toContain('Taken unchanged from the last build:');
    expect(statSync(glossary).ino).toBe(glossaryFile); // not written again, nor linked
    expect(existsSync(join(site, 'meetings', meetings[4]))).toBe(false);
    // The parts of the meetings before and after the one changed, up to the one gone, are the same files.
    expect(['part-1', 'part-3', 'part-4'].map(entry)).toEqual([0, 2, 3].map((i) => searchEntries[i]));
    expect(entry('part-2')).not.toBe(searchEntries[1]);
    expect(readdirSync(join(site, 'pagefind')).sort()).toEqual(parts.filter((part) => part !== 'part-6'));
    expect(
      readFileSync(join(site, 'meetings', meetings[1], item.replace(/\.md$/, ''), 'index.html'), 'utf8'),
    ).toContain('A sentence added in place.');
    expect(await settled(root)).toEqual([]);
    expectFullBuildsSite(builds);
  }, 240_000);
});

describe('a rebuild after a correction to some minutes alone', () => {
  it('works out only those items’ pages and search records, and makes the site a full build makes', async () => {
    const builds = sampleBuilds();
    const { fixture, root, site, build } = builds;
    build('site');
    const entry = (part: string) => statSync(join(site, 'pagefind', part, 'pagefind-entry.json')).ino;
    const meetings = readdirSync(join(fixture.dir, 'meetings')).sort();
    const correct = (meeting: string, words: string) => {
      const item = readdirSync(join(fixture.dir, 'meetings', meeting)).find((n) => n.endsWith('.md'))!;
      fixture.edit(join('meetings', meeting, item), (text) => `${text}\n${words}\n`);
      return join(site, 'meetings', meeting, item.replace(/\.md$/, ''), 'index.html');
    };
    const meetingPage = join(site, 'meetings', meetings[1], 'index.html');
    const [meetingFile, otherPart] = [statSync(meetingPage).ino, entry('part-1')];

    const page = correct(meetings[1], 'A sentence corrected in the minutes.');
    expect(build('site')).toContain(
      'Only the minutes of 1 agenda item changed, so only its page was worked out again.',
    );
    expect(readFileSync(page, 'utf8')).toContain('A sentence corrected in the minutes.');
    // The meeting's own page lists the item, not its minutes: it is the same file, as is another part of the index.
    expect([statSync(meetingPage).ino, entry('part-1')]).toEqual([meetingFile, otherPart]);

    // A second correction, in another part, keeps the first part's index as the last build left it.
    correct(meetings[3], 'Another sentence corrected.');
    expect(build('site')).toContain('Only the minutes of 1 agenda item changed');
    expect(await settled(root)).toEqual([]);
    expectFullBuildsSite(builds);
  }, 240_000);
});
