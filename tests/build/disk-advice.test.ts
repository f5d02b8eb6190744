import { describe, expect, it } from 'vitest';
import { diskAdvice } from '../../src/lib/build/disk-advice.ts';

describe('diskAdvice', () => {
  it("reads a full disk from the bundler's words, which carry no code, and names the file", () => {
    // As rolldown reported it when the tmpfs of tests/bad-input/disks.test.ts filled up.
    const error = new Error(
      'Build failed with 1 error:\n\n[UNHANDLEABLE_ERROR] Something went wrong inside rolldown, please report this problem at https://github.com/rolldown/rolldown/issues.\nFailed to write file in /srv/.dist.building-1/_astro/kpi-chart-draw.g2MM_O7g.js\n\nCaused by:\n    No space left on device (os error 28)',
    );
    expect(diskAdvice(new Error('The site could not be built', { cause: error }), '/srv/dist')).toBe(
      '✗ The disk is full (ENOSPC): the build could not write /srv/.dist.building-1/_astro/kpi-chart-draw.g2MM_O7g.js.\n  How to fix: free space on the disk that holds /srv, or set MINUTED_DIST to a folder on a disk with more room. The build makes the new site beside the old one in /srv before it swaps them, so it needs room there for a second copy of the site.',
    );
  });

  it('leaves other failures to the caller', () => {
    expect(diskAdvice(new Error('Build failed: a page threw'), '/srv/dist')).toBeUndefined();
  });
});
