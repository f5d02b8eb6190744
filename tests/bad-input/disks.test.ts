/**
 * Where the site is built to: another disk, a full one, a read-only one, a folder the
 * build may not write. Each builds, or stops with advice and leaves the previous site.
 * The disks are small tmpfs mounts, which need root (as on CI); elsewhere those cases skip.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSite, ROOT } from '../support/build-site.ts';

const AS_NOBODY = ['--reuid=65534', '--regid=65534', '--clear-groups'];
const mounts: string[] = [];
const scratch: string[] = [];
afterEach(() => {
  for (const dir of mounts.splice(0)) spawnSync('umount', [dir]);
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder, for a mount or a site. */
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'minuted-disk-'));
  scratch.push(dir);
  return dir;
}

/** A tmpfs of `options` (e.g. "size=2m", "ro"), or undefined where this user may not mount. */
function tmpfs(options: string): string | undefined {
  const dir = folder();
  if (spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir]).status !== 0) return undefined;
  mounts.push(dir);
  return dir;
}
const canMount = (() => {
  const dir = mkdtempSync(join(tmpdir(), 'minuted-mount-'));
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir]).status === 0;
  if (mounted) spawnSync('umount', [dir]);
  rmSync(dir, { recursive: true });
  return mounted;
})();

// Root may write anywhere, so as root the build runs as "nobody", where that user can read the project.
const asRoot = process.getuid?.() === 0;
const nobodyCanBuild =
  asRoot &&
  spawnSync('setpriv', [
    ...AS_NOBODY,
    process.execPath,
    '-e',
    `require('node:fs').accessSync(${JSON.stringify(join(ROOT, 'scripts/build.ts'))})`,
  ]).status === 0;

/** A previous site at `dist`, to prove it is left as it was. */
function previousSite(dist: string): void {
  mkdirSync(dist, { recursive: true });
  writeFileSync(join(dist, 'index.html'), 'the site as it was');
}

describe('the site built onto another disk, or one that fails', () => {
  it('a target on another disk than the project builds the whole site there', () => {
    const disk = tmpfs('size=256m');
    const dist = join(disk ?? '/dev/shm', `minuted-${process.pid}`, 'dist');
    if (!disk) scratch.push(join('/dev/shm', `minuted-${process.pid}`));
    const result = buildSite({ dist, cacheDir: join(folder(), 'cache') });
    expect(result.stderr).not.toContain('EXDEV');
    expect(result.status).toBe(0);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toContain('<h1');
    // The search index too, which is made beside the pages and moved in.
    expect(readdirSync(join(dist, 'pagefind', 'part-1'))).toContain('pagefind.js');
  }, 90_000);

  it.skipIf(!canMount)(
    'a full disk: exits 1, says the disk is full and where, keeps the previous site',
    () => {
      const disk = tmpfs('size=2m')!;
      const dist = join(disk, 'dist');
      previousSite(dist);
      const result = buildSite({ dist, cacheDir: join(folder(), 'cache') });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`✗ The disk is full (ENOSPC): the build could not write`);
      expect(result.stderr).toContain(
        `How to fix: free space on the disk that holds ${disk}, or set MINUTED_DIST to a folder on a disk with more room.`,
      );
      expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
      expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('the site as it was');
    },
    90_000,
  );

  it.skipIf(!canMount)(
    'a read-only disk: exits 1 before reading the content, says so',
    () => {
      const disk = tmpfs('ro')!;
      const result = buildSite({ dist: join(disk, 'dist'), cacheDir: join(folder(), 'cache') });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(
        `✗ ${disk} is on a read-only disk (EROFS).\n  How to fix: set MINUTED_DIST to a folder on a disk the build may write to`,
      );
      expect(result.stderr).not.toMatch(/\n\s+at /);
    },
    90_000,
  );

  it.skipIf(asRoot && !nobodyCanBuild)(
    'a folder the build may not write: exits 1, says who must be able to write where',
    () => {
      const site = folder();
      const dist = join(site, 'dist');
      previousSite(dist);
      chmodSync(site, 0o555);
      const result = asRoot ? buildAsNobody(dist) : buildSite({ dist, cacheDir: join(folder(), 'cache') });
      chmodSync(site, 0o755);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(
        `✗ The build may not write ${site} (EACCES).\n  How to fix: run the build as a user who may write in ${site}, or set MINUTED_DIST to a folder that user may write to.`,
      );
      expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('the site as it was');
    },
    90_000,
  );
});

function buildAsNobody(dist: string) {
  const cache = folder();
  chmodSync(cache, 0o777);
  const result = spawnSync('setpriv', [...AS_NOBODY, process.execPath, join(ROOT, 'scripts/build.ts')], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      HOME: cache,
      MINUTED_DIST: dist,
      MINUTED_CACHE_DIR: join(cache, 'cache'),
      CONTENT_DIR: '',
    },
  });
  return { status: result.status, stderr: result.stderr };
}
