/**
 * YAML parsed by an earlier build, so a rebuild does not parse again the frontmatter that
 * has not changed (a quarter of a large rebuild's check otherwise). Entries are keyed on
 * the text itself, and only YAML that parsed cleanly into plain JSON values is kept (with
 * the text of values YAML read as numbers), so the schema sees the same data either way. The file lives in the minutes cache's folder, named by the pipeline's version
 * (which covers the YAML library's), and holds only what the last build used.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { threadId } from 'node:worker_threads';

export interface YamlMemo {
  /** What this exact text parsed to (yaml-source.ts keeps its data and values as written), or undefined if it was not kept. */
  get(text: string): unknown;
  /** Keeps what `text` parsed to, when it is plain JSON (strings, finite numbers, booleans, null, lists, fields). */
  set(text: string, data: unknown): void;
  /** Writes the entries this build got or set, replacing the file. */
  save(): void;
}

/**
 * The memo kept in `file` (read now; missing or unreadable reads as empty).
 * Example: const memo = yamlMemo('node_modules/.astro/minuted/minutes-…/yaml.json'); memo.get('title: x') → { data: { title: 'x' }, written: [] } once kept.
 */
export function yamlMemo(file: string): YamlMemo {
  let kept = new Map<string, unknown>();
  try {
    kept = new Map(JSON.parse(readFileSync(file, 'utf8')) as [string, unknown][]);
  } catch {
    // not written yet, or damaged: parsed afresh
  }
  const used = new Map<string, unknown>();
  return {
    get(text) {
      const data = kept.get(text);
      if (data !== undefined) used.set(text, data);
      return data;
    },
    set(text, data) {
      if (isPlainJson(data)) used.set(text, data);
    },
    save() {
      const partial = `${file}.${process.pid}-${threadId}`;
      try {
        // Written beside and renamed, so a build stopped halfway never leaves half a file.
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(partial, JSON.stringify([...used]));
        renameSync(partial, file);
      } catch {
        // The memo only saves time: a build that cannot write it still builds.
      }
    },
  };
}

/** Whether `value` comes back from JSON the same: no Dates, Maps, NaN or other values JSON changes. */
export function isPlainJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isPlainJson);
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.entries(value).every(([key, field]) => key !== '__proto__' && isPlainJson(field));
}
