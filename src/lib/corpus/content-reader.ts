/** Reads a content folder's files, recording each problem instead of throwing, so all are reported together. */
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, extname, join, sep } from 'node:path';
import type { z } from 'astro/zod';
import type { ContentProblem } from '../content/content-error.ts';
import { idSchema } from '../content/schema.ts';
import type { YamlMemo } from '../content/yaml-memo.ts';
import { parseYaml, validate, type YamlSource } from '../content/yaml-source.ts';
import { decodeText } from '../text/decode.ts';
import { slugify } from '../text/slug.ts';
import type { WithId } from './model.ts';

/** A record read from `<id>.yaml`, with where its fields are for problems. */
export type Located<T> = WithId<T> & { file: string; lineOf: YamlSource['lineOf'] };

/** One entry of a folder that may be read: a file or a folder inside the content folder. */
export interface Entry {
  name: string;
  path: string;
  kind: 'file' | 'folder';
}

/** What a path is; 'refused' when it must not be read (a problem is recorded). */
export type PathKind = Entry['kind'] | 'missing' | 'refused';

/**
 * Files that programs leave beside the clerk's own, never their writing: hidden files
 * (.DS_Store), Office's lock (~$minutes.docx) and temporary (~WRL0001.tmp) files,
 * editors' backups (item.md~), and Windows' Thumbs.db and desktop.ini.
 */
const NOT_THE_CLERKS = /^(?:\.|~\$)|^~.*\.tmp$|~$|^(?:thumbs\.db|ehthumbs\.db|desktop\.ini)$/i;

const MAY_NOT_READ =
  'let the account that builds the site read it (in its Properties or with chmod), or move it out of the content folder.';

export class ContentReader {
  /** A path as problems show it: relative to the content folder's parent. */
  readonly display: (path: string) => string;
  readonly problems: ContentProblem[];
  /** What was read but is worth the clerk's attention, such as a file not saved as UTF-8. */
  readonly notes: ContentProblem[] = [];
  readonly yamlMemo?: YamlMemo;
  private readonly root: string;
  private realRoot?: string;
  private readonly refused = new Set<string>();
  /** Files folderOfYaml found but could not use: what names them already has their problem. */
  private readonly unread = new Set<string>();

  constructor(root: string, display: (path: string) => string, problems: ContentProblem[], yamlMemo?: YamlMemo) {
    this.root = root;
    this.display = display;
    this.problems = problems;
    this.yamlMemo = yamlMemo;
  }

  /**
   * The entries of a folder that may be read, sorted; a missing folder is an empty one.
   * Links leading outside the content folder, or nowhere, are left out with a problem,
   * and files programs leave beside the clerk's are skipped quietly.
   */
  entries(dir: string): Entry[] {
    if (this.kind(dir) !== 'folder') return [];
    const found: Entry[] = [];
    let dirents;
    try {
      dirents = readdirSync(dir, { withFileTypes: true });
    } catch {
      this.refuse(dir, 'Minuted may not open this folder: its permissions do not allow it.', MAY_NOT_READ);
      return [];
    }
    for (const dirent of dirents) {
      if (NOT_THE_CLERKS.test(dirent.name)) continue;
      const path = join(dir, dirent.name);
      const kind = dirent.isSymbolicLink() ? this.followLink(path) : this.kindOf(path, dirent);
      if (kind === 'file' || kind === 'folder') found.push({ name: dirent.name, path, kind });
    }
    return found.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  /** What `path` is, following a link only to somewhere inside the content folder. */
  kind(path: string): PathKind {
    let stats: Stats;
    try {
      stats = lstatSync(path);
    } catch {
      return 'missing';
    }
    return stats.isSymbolicLink() ? this.followLink(path) : this.kindOf(path, stats);
  }

  /** Records a problem with `path`, once however many times it is met. */
  refuse(path: string, message: string, advice: string): 'refused' {
    if (!this.refused.has(path)) this.problems.push({ file: this.display(path), message, advice });
    this.refused.add(path);
    return 'refused';
  }

  /** The text of a file, or undefined (with a problem recorded unless it is missing) when it cannot be used. */
  text(path: string): string | undefined {
    const bytes = this.bytes(path);
    return bytes && this.decode(path, bytes);
  }

  /** The bytes of a file, or undefined (with a problem recorded unless it is missing) when it cannot be read. */
  bytes(path: string): Buffer | undefined {
    const kind = this.kind(path);
    if (kind === 'folder')
      this.refuse(
        path,
        'This is a folder, but Minuted expects a file here.',
        'rename or move the folder, and put the file in its place (see "The content format" in README.md).',
      );
    if (kind !== 'file') return undefined;
    try {
      return readFileSync(path);
    } catch {
      this.refuse(path, 'Minuted may not read this file: its permissions do not allow it.', MAY_NOT_READ);
      return undefined;
    }
  }

  /** The text of `bytes`, read from `path`, or undefined (with a problem recorded) when they are not text. */
  decode(path: string, bytes: Buffer): string | undefined {
    const file = this.display(path);
    if (bytes.length === 0) {
      this.problems.push({
        file,
        message: 'The file is empty.',
        advice: 'fill it in (see the content format in README.md) or delete it.',
      });
      return undefined;
    }
    const decoded = decodeText(bytes);
    if (!decoded) {
      this.problems.push({
        file,
        message: 'The file is not text: it may be a workbook, document or picture saved under this name.',
        advice:
          'save it from the program that made it as text (from Excel: Save As, "CSV UTF-8"), or move it out of the content folder.',
      });
      return undefined;
    }
    if (decoded.encoding !== 'UTF-8')
      this.notes.push({
        file,
        message: `The file is saved as ${decoded.encoding}, not UTF-8; Minuted read it as ${decoded.encoding}.`,
        advice: `save it as UTF-8 to be sure every character comes out as written (in Excel: Save As, "CSV UTF-8"; in Notepad: Save As, Encoding: UTF-8).`,
      });
    return decoded.text.replace(/\r\n?/g, '\n');
  }

  yamlFile<T>(
    path: string,
    schema: z.ZodType<T>,
    whenMissing: string,
  ): { value: T; lineOf: YamlSource['lineOf'] } | undefined {
    const file = this.display(path);
    if (this.kind(path) === 'missing') {
      this.problems.push({ file, message: 'This file is missing.', advice: whenMissing });
      return undefined;
    }
    const text = this.text(path);
    if (text === undefined) return undefined;
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
    for (const { name, path, kind } of this.entries(dir)) {
      const file = this.display(path);
      if (kind === 'folder') {
        this.strayFolder(path, 'Minuted reads only the .yaml files of this folder');
        continue;
      }
      if (extname(name) !== '.yaml') {
        const yaml = /^\.ya?ml$/i.test(extname(name));
        this.problems.push({
          file,
          message: 'Minuted only reads .yaml files here, so this one would be left out.',
          advice: yaml
            ? `rename it "${basename(name, extname(name))}.yaml".`
            : 'rename it to end in .yaml, or move it out of this folder.',
        });
        continue;
      }
      const id = basename(name, '.yaml');
      if (!idSchema.safeParse(id).success) {
        this.problems.push({
          file,
          message: `"${id}" cannot be used as an id: ids appear in web addresses.`,
          advice: `rename the file with lower-case letters, digits and single hyphens only: "${slugify(id) || 'south-east-london'}.yaml".`,
        });
        continue;
      }
      const read = this.yamlFile(path, schema, '');
      if (read) found.push({ ...read.value, id, file, lineOf: read.lineOf });
      else this.unread.add(path);
    }
    return found;
  }

  /** A folder where only files are read: nothing in it would be published. */
  /**
   * The ids of `records` read from `dir`, and of the files there that have problems: a file
   * that failed on one field is reported once, not again wherever its id is named.
   */
  idsIn(dir: string, records: readonly { id: string }[]): Set<string> {
    const unread = this.entries(dir).filter(({ path }) => this.unread.has(path));
    return new Set([...records.map((r) => r.id), ...unread.map(({ name }) => basename(name, '.yaml'))]);
  }

  strayFolder(path: string, reads: string): void {
    this.problems.push({
      file: this.display(path),
      message: `This folder would be left out: ${reads}, not folders inside it.`,
      advice: 'move the files you want published out of it into the folder above, and move the folder elsewhere.',
    });
  }

  /** A link's target, if it is inside the content folder; anything else is refused by name, never read. */
  private followLink(path: string): PathKind {
    let real: string;
    try {
      real = realpathSync(path);
    } catch {
      return this.refuse(
        path,
        'This is a link to a file or folder that does not exist.',
        'delete the link, or put back what it pointed to (it may have been moved or renamed).',
      );
    }
    this.realRoot ??= realpathSync(this.root);
    if (real !== this.realRoot && !real.startsWith(this.realRoot + sep))
      return this.refuse(
        path,
        'This is a link to a file or folder outside the content folder, and Minuted reads nothing outside it.',
        'put a copy of what it links to in its place, inside the content folder, or delete the link.',
      );
    return this.kindOf(path, statSync(real));
  }

  private kindOf(path: string, stats: Pick<Stats, 'isFile' | 'isDirectory'>): PathKind {
    if (stats.isDirectory()) return 'folder';
    if (stats.isFile()) return 'file';
    // Reading a pipe would wait for ever, and a device is never the clerk's writing.
    return this.refuse(
      path,
      'This is neither a file nor a folder (a pipe, socket or device), so Minuted cannot read it.',
      'delete it, or move it out of the content folder.',
    );
  }
}
