/** The files an import reads: folders opened up, and a file that cannot be read explained rather than thrown. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Refusal } from './read/source-text.ts';
import { isDocumentFile } from '../content/document-files.ts';

/** Files named, and the files of folders named that the importer reads, in a stable order. */
export function expandInputs(paths: readonly string[]): string[] {
  return paths.flatMap((path) => {
    if (!existsSync(path) || !statSync(path).isDirectory()) return [path];
    return readdirSync(path, { recursive: true, encoding: 'utf8' })
      .filter(isDocumentFile)
      .sort()
      .map((name) => join(path, name));
  });
}

/** A file's bytes, or why they cannot be read, in words for the clerk. */
export function readInput(path: string): Buffer | Refusal {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT'
      ? {
          problem: 'There is no file at this path.',
          advice: 'check the spelling of the file and folder names; a name with spaces needs quotes around it.',
        }
      : {
          problem: `The file cannot be read (${code === 'EACCES' || code === 'EPERM' ? 'you do not have permission to read it' : (code ?? 'error')}).`,
          advice: 'check that the file is not open in another program and that you may read it.',
        };
  }
}
