/** Astro's own command is Minuted's build: `astro build` and `npm run build` make the same site. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, ROOT } from './support/build-site.ts';

const work = mkdtempSync(join(tmpdir(), 'minuted-astro-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const files = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();

describe('npx astro build', () => {
  it('checks the content and makes the same site, file for file, as npm run build', () => {
    const npmBuilt = join(work, 'npm');
    expect(buildSite({ dist: npmBuilt }).status).toBe(0);

    const astroBuilt = join(work, 'astro');
    const astro = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        MINUTED_DIST: astroBuilt,
        MINUTED_CACHE_DIR: `${astroBuilt}.cache`,
        ASTRO_TELEMETRY_DISABLED: '1',
        ...{ BASE_PATH: '', CONTENT_DIR: '', SITE_URL: '', MINUTED_SHARD: '' },
      },
    });
    expect(astro.status, astro.stderr).toBe(0);
    expect(astro.stdout).toContain('✓ Built 6 meetings, 8 agenda items and 5 decisions');

    const built = files(npmBuilt);
    expect(built).toContain('pagefind/part-1/pagefind-entry.json');
    expect(built).toContain('sitemap.xml');
    expect(files(astroBuilt)).toEqual(built);
    for (const file of built)
      expect(readFileSync(join(astroBuilt, file)).equals(readFileSync(join(npmBuilt, file))), file).toBe(true);
  });
});
