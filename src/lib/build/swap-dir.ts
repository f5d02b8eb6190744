/** Replacing a build's output folder only when the new one is complete. */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const buildingPrefix = (target: string) => `.${basename(target)}.building-`;

/**
 * The folder a build writes its site into, beside `target` so the swap is a rename.
 * Example: freshDir('/site/dist', 123) is '/site/.dist.building-123'.
 */
export function freshDir(target: string, pid = process.pid): string {
  return join(dirname(target), `${buildingPrefix(target)}${pid}`);
}

/**
 * Puts `fresh` in place of `target`: the old folder is moved aside first, so a visitor or
 * a failed step never sees a half-written site. Both must be on the same file system.
 * The old folder is then removed in the background (see removeInBackground).
 * Example: swapDir('/site/.dist.building-123', '/site/dist').
 */
export function swapDir(fresh: string, target: string): void {
  const old = `${fresh}.old`;
  const hadTarget = existsSync(target);
  if (hadTarget) renameSync(target, old);
  try {
    renameSync(fresh, target);
  } catch (error) {
    if (hadTarget) renameSync(old, target);
    throw error;
  }
  if (hadTarget) removeInBackground(old);
}

/**
 * Removes a folder in a process of its own that goes on after the build has exited: the
 * new site is already in place, and no build should wait for the old one to go.
 */
export function removeInBackground(dir: string): void {
  const remove = 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })';
  spawn(process.execPath, ['-e', remove, dir], { detached: true, stdio: 'ignore' }).unref();
}

/**
 * Folders beside `target` left by builds that did not finish (stopped, or their machine
 * was), or whose old site was still being removed when the machine stopped.
 */
export function abandonedBuilds(target: string): string[] {
  const prefix = buildingPrefix(target);
  if (!existsSync(dirname(target))) return [];
  return readdirSync(dirname(target))
    .filter((name) => name.startsWith(prefix) && !isRunning(Number.parseInt(name.slice(prefix.length), 10)))
    .map((name) => join(dirname(target), name));
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0 only asks whether the process exists
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // it exists, run by another user
  }
}
