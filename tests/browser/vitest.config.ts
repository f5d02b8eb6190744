import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two files at a time, each with a Chromium of its own: much of a file's time is
    // waiting (for its build, for the network to settle).
    maxWorkers: 2,
  },
});
