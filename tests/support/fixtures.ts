/**
 * The real public data the tests read, copied into tests/fixtures (each folder's README
 * says where from, and under which licence), so a clone needs nothing outside the
 * repository. The labelled minutes corpus is not copied (its README asks that it stay
 * out): only `npm run test:corpus` reads it, from the shared folder beside the repository
 * (CORPUS in scripts/corpus/labels.ts; the tests in tests/minutes-corpus).
 */
import { join } from 'node:path';

const FIXTURES = join(import.meta.dirname, '../fixtures');

/** The five seed agenda-item pages the sample meetings are made from. */
export const SEEDS = join(FIXTURES, 'seeds');
/** The published KPI figures the sample's charts are converted from. */
export const KPI_SOURCES = join(FIXTURES, 'kpi');
/** Three Fingertips exports exactly as they were downloaded (see their SOURCES.md). */
export const FINGERTIPS_EXPORTS = join(KPI_SOURCES, 'fingertips');
