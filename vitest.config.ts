import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The browser tests have a config of their own; so have the tests that read the minutes
    // corpus outside the repository, which only `npm run test:corpus` runs.
    exclude: ['tests/browser/**', 'tests/minutes-corpus/**', 'node_modules/**'],
    // Tests that build a site or run the importer start Node afresh: 10 s alone, near 30 s on a busy two-core machine.
    testTimeout: 60_000,
    // The sample content has a meeting still to come (28 January 2027): every test sees the
    // site on one day, so none changes once that day has passed. A test of another day sets its own.
    env: { MINUTED_TODAY: '2026-12-06' },
    setupFiles: ['tests/support/minutes-equality.ts'],
    // Two files at a time even on two cores: much of a file's time is spent waiting for a build it started.
    maxWorkers: 2,
  },
});
