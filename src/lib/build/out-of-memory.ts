/**
 * What to tell someone whose build ran out of memory. Node stops with a fatal error of its
 * own ("JavaScript heap out of memory") that says nothing of what to do; a machine that
 * runs out altogether kills the build without a word.
 */

/** Node's last words when its heap is full. */
const HEAP_FULL = /heap out of memory|Allocation failed - process out of memory/;

/**
 * Advice for a build that ended as `signal` with `stderrTail` (its last output), or
 * undefined if it did not run out of memory. `heapLimitBytes` is what Node allowed it.
 * Example: outOfMemoryAdvice('FATAL ERROR: … JavaScript heap out of memory', 'SIGABRT', 2 ** 32) → '✗ The build ran out of memory: Node let it use about 4.0 GB…'.
 */
export function outOfMemoryAdvice(
  stderrTail: string,
  signal: NodeJS.Signals | null,
  heapLimitBytes: number,
): string | undefined {
  const kept = 'dist/ is only replaced by a build that finished, so the previous site is as it was.';
  if (HEAP_FULL.test(stderrTail)) {
    const allowed = (heapLimitBytes / 2 ** 30).toFixed(1);
    return `✗ The build ran out of memory: Node let it use about ${allowed} GB, and this archive needs more. How to fix: give it more, for example 8 GB, by running the build as NODE_OPTIONS=--max-old-space-size=8192 npm run build (the machine needs that much memory free). ${kept}`;
  }
  if (signal === 'SIGKILL') {
    return `✗ The build was stopped by the system (SIGKILL), most often because the machine ran out of memory. How to fix: build on a machine with more free memory (an archive of 100,000 agenda items needs about 5 GB), or stop other work on it while the build runs. ${kept}`;
  }
  return undefined;
}
