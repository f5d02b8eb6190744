import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/browser/**', 'node_modules/**'],
    testTimeout: 20_000,
    // Vitest's default on a 2-core machine is one file at a time, but much of a file's time
    // is spent waiting for a build it started: two at a time took 163 s rather than 221 s.
    maxWorkers: 2,
  },
});
