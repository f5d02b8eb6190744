import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    testTimeout: 60_000,
    // The sample content has a meeting still to come (28 January 2027): every test sees the
    // site on one day, so none changes once that day has passed. A test of another day sets its own.
    env: { MINUTED_TODAY: '2026-12-06' },
    hookTimeout: 120_000,
    // Two files at a time, each with a Chromium of its own: much of a file's time is
    // waiting (for its build, for the network to settle).
    maxWorkers: 2,
  },
});
