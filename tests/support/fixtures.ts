/**
 * The real public data the tests read, copied into tests/fixtures (each folder's README
 * says where from, and under which licence), so a clone needs nothing outside the
 * repository. Only `npm run test:corpus` reads the shared folder beside it.
 */
import { join } from 'node:path';

const FIXTURES = join(import.meta.dirname, '../fixtures');

/** The published KPI figures the sample's charts are converted from. */
export const KPI_SOURCES = join(FIXTURES, 'kpi');
