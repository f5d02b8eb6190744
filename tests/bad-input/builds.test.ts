/**
 * Whole builds that fail: each exits 1, names what is wrong, and leaves the previous dist/
 * as it was (the other cases prove the same of the check the build runs first).
 */
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { copySampleContent, type ContentFixture } from '../support/content-fixture.ts';
import { MEETING, newMeeting, NEW, replace, SMOKING } from '../support/sample-edits.ts';

let fixture: ContentFixture | undefined;
afterEach(() => {
  fixture?.remove();
  fixture = undefined;
});

const FAILING: [string, (c: ContentFixture) => void, string][] = [
  ['site.yaml malformed YAML', (c) => replace(c, 'site.yaml', 'sample: true', 'sample: {true'), 'site.yaml'],
  ['a meeting on 30 February', (c) => replace(c, MEETING, 'date: 2019-03-01', 'date: 2019-02-30'), MEETING],
  [
    'site.yaml a link to a secret outside the content folder',
    (c) => {
      writeFileSync(join(c.dir, '..', 'npmrc'), '//registry.example/:_authToken=SECRET-TOKEN-1234\n');
      rmSync(join(c.dir, 'site.yaml'));
      symlinkSync(join(c.dir, '..', 'npmrc'), join(c.dir, 'site.yaml'));
    },
    'site.yaml',
  ],
  [
    "a Word document saved under an item's name",
    (c) => newMeeting(c, { '02-item.md': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]) }),
    `${NEW}/02-item.md`,
  ],
  ['a ragged CSV row', (c) => c.edit(SMOKING, (t) => `${t}smoking-prevalence-adults,bromley,2025\n`), SMOKING],
];

describe('a failed build never writes a half site', () => {
  it.each(FAILING)('%s: exits 1, names the file, keeps the previous dist/', (_, breakIt, file) => {
    fixture = copySampleContent();
    breakIt(fixture);
    const dist = join(fixture.dir, '..', 'dist');
    mkdirSync(dist);
    writeFileSync(join(dist, 'index.html'), 'the site as it was');
    const result = buildSite({ dist, contentDir: fixture.dir });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`✗ content/${file}`);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('the site as it was');
  });

  it('a cache folder that is a file: exits 1, names MINUTED_CACHE_DIR, keeps the previous dist/', () => {
    fixture = copySampleContent();
    const dist = join(fixture.dir, '..', 'dist');
    mkdirSync(dist);
    writeFileSync(join(dist, 'index.html'), 'the site as it was');
    const cacheDir = join(fixture.dir, '..', 'cache-is-a-file');
    writeFileSync(cacheDir, 'not a folder');
    const result = buildSite({ dist, contentDir: fixture.dir, cacheDir });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`The build cannot keep its cache in ${cacheDir}`);
    expect(result.stderr).toContain('Set MINUTED_CACHE_DIR to such a folder');
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('the site as it was');
  });

  it('a build that runs out of memory: exits 1, says how to give it more, keeps the previous dist/', () => {
    fixture = copySampleContent();
    const dist = join(fixture.dir, '..', 'dist');
    mkdirSync(dist);
    writeFileSync(join(dist, 'index.html'), 'the site as it was');
    // 48 MB is far less than the sample needs: a very large archive meets the same end with Node's default.
    const result = buildSite({ dist, contentDir: fixture.dir, nodeOptions: '--max-old-space-size=48' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('JavaScript heap out of memory');
    expect(result.stderr).toMatch(
      /✗ The build ran out of memory: Node let it use about \d+\.\d GB, and this archive needs more\. How to fix: .*NODE_OPTIONS=--max-old-space-size=8192 npm run build/,
    );
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('the site as it was');
  }, 60_000);
});
