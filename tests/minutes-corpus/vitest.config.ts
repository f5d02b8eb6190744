import { defineConfig } from 'vitest/config';

/**
 * The tests that read the labelled minutes corpus where it is kept, outside the repository
 * (CORPUS in scripts/corpus/labels.ts: ../shared/minutes-corpus, or
 * $MINUTED_SHARED/minutes-corpus). `npm run test:corpus` runs them after
 * scripts/test-corpus.ts; `npm test` leaves them out.
 */
export default defineConfig({
  test: {
    include: ['tests/minutes-corpus/**/*.test.ts'],
    // Fails each file, saying where it looked, when the corpus is not there: never skips.
    setupFiles: ['tests/minutes-corpus/corpus-present.ts'],
    testTimeout: 20_000,
    maxWorkers: 2,
  },
});
