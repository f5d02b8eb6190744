/** The guard against publishing far less than the live site. */
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkBeforeBuild } from '../../src/lib/build/site-build.ts';
import { publishedCounts, shrinkStop, writeSiteCounts } from '../../src/lib/build/shrink-guard.ts';
import { ROOT } from '../support/build-site.ts';
import { copySampleContent, type ContentFixture } from '../support/content-fixture.ts';

const BEFORE = { meetings: 40, items: 400, kpiRows: 2000 };

describe('shrinkStop', () => {
  it('lets a build publish a quarter less, and no more than that', () => {
    expect(shrinkStop({ meetings: 30, items: 300, kpiRows: 1500 }, BEFORE, 'dist')).toBeUndefined();
    expect(shrinkStop({ meetings: 29, items: 400, kpiRows: 2000 }, BEFORE, 'dist')).toContain(
      'far less than the site it replaces: 29 meetings, where dist has 40.',
    );
  });

  it('names everything that shrank, and how to confirm it was meant', () => {
    const stop = shrinkStop({ meetings: 0, items: 0, kpiRows: 2000 }, BEFORE, '/srv/dist');
    expect(stop).toBe(
      '✗ This build would publish far less than the site it replaces: 0 meetings, where /srv/dist has 40; 0 agenda items, where it has 400.\n' +
        '  How to fix: this usually means a folder in the content folder was renamed, moved or emptied (a change of capitals is enough: "Meetings" is not "meetings"). Put it back and build again. If you meant to remove them, build once with MINUTED_ALLOW_FEWER=1 (for example: MINUTED_ALLOW_FEWER=1 npm run build).',
    );
  });

  it('says nothing for a first build, or once the clerk has confirmed it', () => {
    expect(shrinkStop({ meetings: 0, items: 0, kpiRows: 0 }, undefined, 'dist')).toBeUndefined();
    expect(shrinkStop({ meetings: 0, items: 0, kpiRows: 0 }, BEFORE, 'dist', true)).toBeUndefined();
  });
});

describe('the build before it writes anything', () => {
  let content: ContentFixture | undefined;
  afterEach(() => {
    content?.remove();
    delete process.env.MINUTED_ALLOW_FEWER;
  });
  const check = (c: ContentFixture, dist: string) =>
    checkBeforeBuild({ root: ROOT, content: c.dir, target: dist, cacheDir: join(c.dir, '..', 'cache') });

  it('builds after one meeting of six is removed, and after all of them with MINUTED_ALLOW_FEWER=1', async () => {
    content = copySampleContent();
    const dist = join(content.dir, '..', 'dist');
    mkdirSync(join(dist, 'data'), { recursive: true });
    const { kpiRows } = (await check(content, dist)).counts;
    writeSiteCounts(dist, { meetings: 6, items: 8, kpiRows });
    rmSync(join(content.dir, 'meetings/2019-03-01-lincolnshire-hwb'), { recursive: true });
    expect((await check(content, dist)).counts).toEqual({ meetings: 5, items: 7, kpiRows });

    renameSync(join(content.dir, 'meetings'), join(content.dir, '..', 'moved-meetings'));
    mkdirSync(join(content.dir, 'meetings'));
    await expect(check(content, dist)).rejects.toThrow('0 meetings, where');
    process.env.MINUTED_ALLOW_FEWER = '1';
    expect((await check(content, dist)).counts.meetings).toBe(0);
  });

  it('reads the counts a build wrote, and none from a folder Minuted did not build', () => {
    content = copySampleContent();
    const dist = join(content.dir, '..', 'dist');
    expect(publishedCounts(dist)).toBeUndefined();
    mkdirSync(join(dist, 'data'), { recursive: true });
    writeSiteCounts(dist, BEFORE);
    expect(publishedCounts(dist)).toEqual(BEFORE);
  });
});
