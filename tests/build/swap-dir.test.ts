/**
 * The site in dist/ is replaced whole, the old copy does not stay on the disk, and a build
 * that was stopped halfway does not leave its half-made site there for good.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { abandonedBuilds, freshDir, removeInBackground, swapDir } from '../../src/lib/build/swap-dir.ts';

let work: string;
let target: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'minuted-swap-'));
  target = join(work, 'dist');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** A folder with a page in it, as a build leaves one. */
function site(dir: string, text: string): string {
  mkdirSync(join(dir, 'meetings'), { recursive: true });
  writeFileSync(join(dir, 'meetings', 'index.html'), text);
  return dir;
}

/** Waits for a background removal: it runs in a process of its own. */
async function gone(dir: string): Promise<boolean> {
  for (let tries = 0; tries < 100 && existsSync(dir); tries++) await new Promise((resolve) => setTimeout(resolve, 100));
  return !existsSync(dir);
}

/** The id of a process that has finished, as a stopped build's is. */
const finishedPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

describe('replacing the site', () => {
  it('puts the new site in place at once, and the old one is removed afterwards', async () => {
    site(target, 'old');
    const fresh = site(freshDir(target), 'new');
    swapDir(fresh, target);
    expect(readFileSync(join(target, 'meetings', 'index.html'), 'utf8')).toBe('new');
    expect(existsSync(fresh)).toBe(false);
    expect(await gone(`${fresh}.old`)).toBe(true);
    expect(readdirSync(work)).toEqual(['dist']);
  });

  it('puts the old site back when the new one cannot be moved in', () => {
    site(target, 'old');
    expect(() => swapDir(join(work, 'never-built'), target)).toThrow(/ENOENT/);
    expect(readFileSync(join(target, 'meetings', 'index.html'), 'utf8')).toBe('old');
  });
});

describe('what stopped builds left', () => {
  it('lists the folders of builds that are no longer running, not those of one that is', () => {
    const stopped = finishedPid();
    const left = [
      freshDir(target, stopped),
      `${freshDir(target, stopped)}-pagefind`,
      `${freshDir(target, stopped)}.old`,
    ];
    for (const dir of [...left, freshDir(target), join(work, '.other.building-1'), target]) mkdirSync(dir);
    expect(abandonedBuilds(target).sort()).toEqual(left.sort());
    expect(abandonedBuilds(join(work, 'not-made-yet', 'dist'))).toEqual([]);
  });

  it('removes a folder in the background', async () => {
    const dir = site(freshDir(target, finishedPid()), 'half-made');
    removeInBackground(dir);
    expect(await gone(dir)).toBe(true);
  });
});
