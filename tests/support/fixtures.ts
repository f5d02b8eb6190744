/**
 * The real public data the tests read, copied into tests/fixtures (each folder's README
 * says where from, and under which licence), so a clone needs nothing outside the
 * repository. Only `npm run test:corpus` reads the shared folder beside it.
 */
import { join } from 'node:path';

const FIXTURES = join(import.meta.dirname, '../fixtures');

/** The five seed agenda-item pages the sample meetings are made from. */
export const SEEDS = join(FIXTURES, 'seeds');
/** The labelled minutes corpus: 145 pages and corpus.jsonl. */
export const MINUTES_CORPUS = join(FIXTURES, 'minutes-corpus');
/** The published KPI figures the sample's charts are converted from. */
export const KPI_SOURCES = join(FIXTURES, 'kpi');
