/**
 * The broken-input suite's harness. Each case breaks a copy of the sample content in one
 * way a council's files really break, and must give the exact problem naming the file and
 * the line or field, while the build stops before it touches the previous dist/.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type ContentProblem, whereIs } from '../../src/lib/content/content-error.ts';
import { BuildStopped, checkBeforeBuild } from '../../src/lib/build/site-build.ts';
import { type SiteCounts, siteCounts, writeSiteCounts } from '../../src/lib/build/shrink-guard.ts';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import { ROOT } from './build-site.ts';
import { copySampleContent, problemsOf, SAMPLE_CONTENT, type ContentFixture } from './content-fixture.ts';

/** What the check must report: one problem, exactly as the clerk reads it. */
export interface Problem {
  /** The file the problem names, under content/. */
  file: string;
  /** The problem's whole message, exactly. */
  message: string;
  /** Words its advice must contain. */
  advice?: string;
  /** The line it must point at: a number, or the line of the broken file starting with this text. */
  line?: number | string;
  field?: string;
}

/** Or, where the content is sound but the build must still stop: its whole report must contain `stops`. */
export interface Stop {
  stops: string;
}

export type BrokenCase = [name: string, breakIt: (c: ContentFixture) => void, expected: Problem | Stop];

/** The sample's own counts, as a site built from it records them: the previous dist/ of every case. */
let sampleCounts: SiteCounts | undefined;
const AS_IT_WAS = 'the site as it was';

let fixture: ContentFixture | undefined;

/** Registers one test per case under `title`. */
export function describeBroken(title: string, cases: BrokenCase[]): void {
  describe(title, () => {
    afterEach(() => {
      fixture?.remove();
      fixture = undefined;
    });

    it.each(cases)('%s', async (_, breakIt, expected) => {
      fixture = copySampleContent();
      const dist = previousSite(fixture);
      const before = filesIn(dist);
      breakIt(fixture);

      const stopped = await checkBeforeBuild({
        root: ROOT,
        content: fixture.dir,
        target: dist,
        cacheDir: join(fixture.dir, '..', 'cache'),
      }).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(stopped, 'the build was not stopped').toBeInstanceOf(BuildStopped);
      const report = (stopped as BuildStopped).message;
      if ('stops' in expected) expect(report).toContain(expected.stops);
      else expectProblem(problemsOf(fixture.dir), expected, fixture, report);
      expect(filesIn(dist), 'the previous dist/ changed').toEqual(before);
      expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe(AS_IT_WAS);
    });
  });
}

function expectProblem(problems: ContentProblem[], expected: Problem, c: ContentFixture, report: string): void {
  const inFile = problems.filter((p) => p.file === `content/${expected.file}`);
  const match = inFile.find((p) => p.message === expected.message);
  expect(
    match,
    `no problem in content/${expected.file} saying exactly "${expected.message}"; got:\n${JSON.stringify(problems, null, 1)}`,
  ).toBeDefined();
  if (expected.advice !== undefined) expect(match!.advice).toContain(expected.advice);
  if (expected.line !== undefined)
    expect(match!.line).toBe(
      typeof expected.line === 'number' ? expected.line : c.lineOf(expected.file, expected.line),
    );
  if (expected.field !== undefined) expect(match!.field).toBe(expected.field);
  // The build's report is the check's: it names where the problem is and says it.
  expect(report).toContain(`✗ ${whereIs(match!)}\n  ${match!.message}`);
  // Every problem says what is wrong and how to fix it.
  for (const p of problems) {
    expect(p.message.length).toBeGreaterThan(10);
    expect(p.advice.length).toBeGreaterThan(10);
  }
}

/** A site built before the break: its front page, and the counts the guard compares with. */
function previousSite(c: ContentFixture): string {
  const dist = join(c.dir, '..', 'dist');
  mkdirSync(join(dist, 'data'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), AS_IT_WAS);
  sampleCounts ??= siteCounts(loadCorpus(SAMPLE_CONTENT));
  writeSiteCounts(dist, sampleCounts);
  return dist;
}

function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
}
