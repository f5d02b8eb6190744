/** The bench reports Pagefind's memory and processor time through childUsage: it must see a child's peak and its work. */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { childUsage } from '../../src/lib/search/child-usage.ts';

describe.runIf(process.platform === 'linux')('childUsage', () => {
  it("reads a live child's peak memory, not its current memory, and the processor time it has used", async () => {
    // The child fills 300 MB and lets it go, works until it has used a second of processor time (however busy the machine), then waits to be read.
    const work =
      'let b = Buffer.alloc(300 * 1024 * 1024, 1); b = null; while (process.cpuUsage().user < 1e6); console.log("ready"); setTimeout(() => {}, 60000);';
    const child = spawn(process.execPath, ['-e', work]);
    try {
      await once(child.stdout, 'data');
      const usage = childUsage(/^node/);
      expect(usage?.peakBytes).toBeGreaterThan(300 * 1024 * 1024);
      expect(usage?.peakBytes).toBeLessThan(2 * 1024 * 1024 * 1024);
      expect(usage?.cpuSeconds).toBeGreaterThan(0.95); // of the second it counted, in whole ticks
      expect(usage?.cpuSeconds).toBeLessThan(30);
      // Only the children whose command is named count: here there is no Pagefind.
      expect(childUsage(/^pagefind/)).toBeUndefined();
    } finally {
      child.kill();
    }
  });

  it('sees no children where there are none', () => {
    expect(childUsage(/^/, 2 ** 22 + 1)).toBeUndefined();
  });
});
