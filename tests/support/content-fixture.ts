/** A throw-away copy of the sample content, to break in one way per test. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContentError, type ContentProblem } from '../../src/lib/content/content-error.ts';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';

export const SAMPLE_CONTENT = join(import.meta.dirname, '../../content');

export interface ContentFixture {
  /** The copy's content folder. */
  dir: string;
  write(path: string, text: string | Buffer): void;
  edit(path: string, change: (text: string) => string): void;
  /** The 1-based line of `path` that starts with `start`: where a problem should point. */
  lineOf(path: string, start: string): number;
  remove(): void;
}

export function copySampleContent(): ContentFixture {
  const root = mkdtempSync(join(tmpdir(), 'minuted-content-'));
  const dir = join(root, 'content');
  cpSync(SAMPLE_CONTENT, dir, { recursive: true });
  return {
    dir,
    write: (path, text) => writeFileSync(join(dir, path), text),
    edit: (path, change) => writeFileSync(join(dir, path), change(readFileSync(join(dir, path), 'utf8'))),
    lineOf: (path, start) => {
      const line =
        readFileSync(join(dir, path), 'utf8')
          .split(/\r?\n/)
          .findIndex((l) => l.startsWith(start)) + 1;
      if (line === 0) throw new Error(`no line of ${path} starts with "${start}"`);
      return line;
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** The problems loading a content folder reports; none when it loads. */
export function problemsOf(dir: string, options: Parameters<typeof loadCorpus>[1] = {}): ContentProblem[] {
  try {
    loadCorpus(dir, options);
    return [];
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
}
