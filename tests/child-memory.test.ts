/** The bench reports Pagefind's memory through childPeakMemory: it must see a child's peak. */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { childPeakMemory } from '../src/lib/child-memory.ts';

describe.runIf(process.platform === 'linux')('childPeakMemory', () => {
  it('reads the peak memory of a live child, not the current memory of this process', async () => {
    // The child fills 300 MB, lets it go, and waits to be read.
    const child = spawn(process.execPath, ['-e', 'let b = Buffer.alloc(300 * 1024 * 1024, 1); b = null; console.log("ready"); setTimeout(() => {}, 60000);']);
    try {
      await once(child.stdout, 'data');
      const peak = childPeakMemory();
      expect(peak).toBeGreaterThan(300 * 1024 * 1024);
      expect(peak).toBeLessThan(2 * 1024 * 1024 * 1024);
    } finally {
      child.kill();
    }
  });

  it('sees no children where there are none', () => {
    expect(childPeakMemory(2 ** 22 + 1)).toBeUndefined();
  });
});
