/**
 * Re-creates the sample meetings in content/meetings/ from the five seed pages, with the
 * importer and the facts in scripts/sample-seeds.yaml, so the sample and the importer
 * can never drift apart.
 *
 *   npm exec -- node scripts/make-sample.ts
 *
 * The seeds are read from tests/fixtures/seeds (copies of the shared ones, which the tests
 * read too); the content folder written is $MINUTED_SAMPLE_OUT (default content), so tests
 * can check a copy.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { summary } from '../src/lib/import/report.ts';
import { failed, runImport, type ImportInput } from '../src/lib/import/run-import.ts';

const root = resolve(import.meta.dirname, '..');
const seeds = join(root, 'tests/fixtures/seeds');
const out = resolve(process.env.MINUTED_SAMPLE_OUT ?? join(root, 'content'));
const mapping = parse(readFileSync(join(import.meta.dirname, 'sample-seeds.yaml'), 'utf8')) as Record<
  string,
  Required<ImportInput>['options'] & { body: string; date: string }
>;

// Each sample meeting is made afresh, so its file names are the importer's own.
for (const { date, body } of Object.values(mapping))
  rmSync(join(out, 'meetings', `${date}-${body}`), { recursive: true, force: true });
const report = await runImport(
  Object.entries(mapping).map(([file, options]) => ({ path: join(seeds, file), options })),
  { out, force: true, log: (line) => console.error(line) },
);
console.log(summary(report));
if (report.files.some(failed)) process.exitCode = 1;
