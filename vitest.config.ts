import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/browser/**', 'node_modules/**'],
    testTimeout: 20_000,
    // Two files at a time even on two cores: much of a file's time is spent waiting for a build it started.
    maxWorkers: 2,
  },
});
