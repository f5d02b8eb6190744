/** Replacing a build's output folder only when the new one is complete. */
import { existsSync, renameSync, rmSync } from 'node:fs';

/**
 * Puts `fresh` in place of `target`: the old folder is moved aside first and removed
 * only after the new one is in place, so a visitor or a failed step never sees a
 * half-written site. Both must be on the same file system.
 * Example: swapDir('.minuted/build-123', 'dist').
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
  if (hadTarget) rmSync(old, { recursive: true, force: true });
}
