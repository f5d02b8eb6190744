/**
 * The importer's part of `npm run bench -- --import N`: N pages of real minutes (the
 * labelled corpus's pages, from the shared folder as `npm run test:corpus` reads them, then
 * the seeds in tests/fixtures/seeds, again and again) imported with one `npm run import`
 * into a copy of the sample content, timed as a clerk would wait for it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CORPUS, corpusMissing } from './corpus/labels.ts';

const root = resolve(import.meta.dirname, '..');

/**
 * Imports `pages` files with one run of the importer: its wall seconds and its summary line.
 * Exits 1, saying where it looked, when the corpus is not there.
 * Example: benchImport(1000).seconds is under 10 on two cores.
 */
export function benchImport(pages: number): { seconds: number; summary: string } {
  const missing = corpusMissing();
  if (missing) {
    console.error(missing);
    process.exit(1);
  }
  const work = mkdtempSync(join(tmpdir(), 'minuted-bench-import-'));
  try {
    const sources = [CORPUS, join(root, 'tests/fixtures/seeds')].flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => join(dir, f)),
    );
    const inputs = join(work, 'pages');
    mkdirSync(inputs);
    for (let i = 0; i < pages; i++)
      cpSync(sources[i % sources.length], join(inputs, `${String(i).padStart(5, '0')}.txt`));
    const content = join(work, 'content');
    cpSync(join(root, 'content'), content, { recursive: true });
    const started = performance.now();
    const run = spawnSync(
      process.execPath,
      [join(root, 'scripts/import.ts'), '--out', content, '--body', 'bromley-hwb', '--date', '2020-01-01', inputs],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    const seconds = (performance.now() - started) / 1000;
    const summary =
      run.stdout.split('\n').find((line) => line.startsWith('Read ')) ?? `the import failed: ${run.stderr.slice(-500)}`;
    return { seconds, summary };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
