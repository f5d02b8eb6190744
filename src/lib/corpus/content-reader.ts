/** Reads a content folder's files, recording each problem instead of throwing, so all are reported together. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { z } from 'astro/zod';
import type { ContentProblem } from '../content/content-error.ts';
import { idSchema } from '../content/schema.ts';
import type { YamlMemo } from '../content/yaml-memo.ts';
import { parseYaml, validate, type YamlSource } from '../content/yaml-source.ts';
import type { WithId } from './model.ts';

/** A record read from `<id>.yaml`, with where its fields are for problems. */
export type Located<T> = WithId<T> & { file: string; lineOf: YamlSource['lineOf'] };

export class ContentReader {
  /** A path as problems show it: relative to the content folder's parent. */
  readonly display: (path: string) => string;
  readonly problems: ContentProblem[];
  readonly yamlMemo?: YamlMemo;

  constructor(display: (path: string) => string, problems: ContentProblem[], yamlMemo?: YamlMemo) {
    this.display = display;
    this.problems = problems;
    this.yamlMemo = yamlMemo;
  }

  /** Entries of a folder, sorted; a missing folder is an empty one. */
  list(dir: string): string[] {
    try {
      return readdirSync(dir)
        .filter((name) => !name.startsWith('.'))
        .sort();
    } catch {
      return [];
    }
  }

  /** The text of a file, or undefined (with a problem recorded) when it cannot be used. */
  text(path: string): string | undefined {
    const file = this.display(path);
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch {
      return undefined;
    }
    if (bytes.length === 0) {
      this.problems.push({
        file,
        message: 'The file is empty.',
        advice: 'fill it in (see the content format in README.md) or delete it.',
      });
      return undefined;
    }
    try {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    } catch {
      this.problems.push({
        file,
        message: 'The file is not saved as UTF-8 text, so some characters would come out wrong.',
        advice:
          'open it in a text editor and save it with the encoding "UTF-8" (in Notepad: Save As, Encoding: UTF-8).',
      });
      return undefined;
    }
  }

  yamlFile<T>(
    path: string,
    schema: z.ZodType<T>,
    whenMissing: string,
  ): { value: T; lineOf: YamlSource['lineOf'] } | undefined {
    const file = this.display(path);
    const text = this.text(path);
    if (text === undefined) {
      if (!this.exists(path)) this.problems.push({ file, message: 'This file is missing.', advice: whenMissing });
      return undefined;
    }
    const parsed = parseYaml(text, file, 1, this.yamlMemo);
    this.problems.push(...parsed.problems);
    if (!parsed.source) return undefined;
    const checked = validate(schema, parsed.source, file);
    this.problems.push(...checked.problems);
    return checked.value === undefined ? undefined : { value: checked.value, lineOf: parsed.source.lineOf };
  }

  /** Every `<id>.yaml` of a folder. Ids must be lower case, so two can never differ only in case. */
  folderOfYaml<T>(dir: string, schema: z.ZodType<T>): Located<T>[] {
    const found: Located<T>[] = [];
    for (const name of this.list(dir)) {
      const path = join(dir, name);
      const file = this.display(path);
      if (extname(name) !== '.yaml') {
        this.problems.push({
          file,
          message: 'Minuted only reads .yaml files here, so this one would be left out.',
          advice: 'rename it to end in .yaml, or move it out of this folder.',
        });
        continue;
      }
      const id = basename(name, '.yaml');
      if (!idSchema.safeParse(id).success) {
        this.problems.push({
          file,
          message: `"${id}" cannot be used as an id: ids appear in web addresses.`,
          advice: 'rename the file with lower-case letters, digits and single hyphens, e.g. south-east-london.yaml.',
        });
        continue;
      }
      const read = this.yamlFile(path, schema, '');
      if (read) found.push({ ...read.value, id, file, lineOf: read.lineOf });
    }
    return found;
  }

  private exists(path: string): boolean {
    try {
      statSync(path);
      return true;
    } catch {
      return false;
    }
  }
}
