/**
 * Items checked by an earlier build, so that a rebuild reads again only the item files that
 * changed. Each item file's result (all that readItem gives that depends on the file alone)
 * is kept with the file's size and modification and change times, a hash of its bytes, and
 * what of its context the result depends on (item-reuse.ts). Only files read without a
 * problem are kept, so every problem is found again on every build.
 *
 * Kept as one file for each meeting folder, in the minutes cache's folder (named by the
 * pipeline's version, so another version's memo is never read); a missing or damaged file
 * reads as empty, and a save keeps only what this build used.
 */
import { hash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { ContentProblem } from '../content/content-error.ts';
import type { ItemEntry } from './model.ts';
import { fileStamp, ItemMinutes } from './rendered-minutes.ts';

/** What of a file's state is compared before it is read. */
export interface Stamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
}

/** One item file's kept result. */
export interface MemoEntry {
  stamp: Stamp;
  /** Whether the stamp was taken long enough after the file's last write that any later write must change it. */
  settled: boolean;
  /** A hash of the file's bytes. */
  hash: string;
  /** What of its context the item depends on: its meeting and the glossary. */
  context: string;
  /** The line of each frontmatter field and list entry the checks between files name, by its path as JSON. */
  lines: Record<string, number | null>;
  /** The notes reading the file made (a file not saved as UTF-8). */
  notes: ContentProblem[];
  item: ItemEntry;
}

export interface ItemMemo {
  /** What was kept for the file at `path`, whatever its state now. */
  get(path: string): MemoEntry | undefined;
  /** Records that `entry` (kept, or kept and stamped again) was given back for `path` without checking the file. */
  reuse(path: string, entry: MemoEntry): void;
  /** Keeps what a check of the file at `path` gave. */
  set(path: string, entry: MemoEntry): void;
  /** The items given back so far without being checked again. */
  readonly hits: number;
  /** Writes the meeting folders' files that changed, and removes those of folders this build did not use. */
  save(): void;
}

/** One meeting folder's kept items, by file name. */
interface Shard {
  kept: Map<string, MemoEntry>;
  used: Map<string, MemoEntry>;
  changed: boolean;
}

const FORMAT = 2;

/**
 * The memo kept in folder `dir` (each meeting folder's file read when first asked for).
 * Example: const memo = itemMemo('node_modules/.astro/minuted/minutes-…/items'); loadCorpus(content, { itemMemo: memo }); memo.save().
 */
export function itemMemo(dir: string): ItemMemo {
  const shards = new Map<string, Shard>();
  let hits = 0;
  const fileOf = (folder: string) => join(dir, `${hash('sha1', folder).slice(0, 24)}.json`);
  const shardOf = (path: string): [Shard, string] => {
    const absolute = resolve(path);
    const folder = dirname(absolute);
    let shard = shards.get(folder);
    if (!shard) {
      shard = { kept: readShard(fileOf(folder), folder), used: new Map(), changed: false };
      shards.set(folder, shard);
    }
    return [shard, basename(absolute)];
  };
  return {
    get(path) {
      const [shard, name] = shardOf(path);
      return shard.kept.get(name);
    },
    reuse(path, entry) {
      const [shard, name] = shardOf(path);
      hits += 1;
      shard.used.set(name, entry);
      if (entry !== shard.kept.get(name)) shard.changed = true;
    },
    set(path, entry) {
      const [shard, name] = shardOf(path);
      shard.used.set(name, entry);
      shard.changed = true;
    },
    get hits() {
      return hits;
    },
    save() {
      const written = new Set<string>();
      try {
        for (const [folder, shard] of shards) {
          if (shard.used.size === 0) continue;
          const file = fileOf(folder);
          written.add(basename(file));
          // Unchanged: nothing set or stamped again, and every kept file met (used is then kept).
          if (!shard.changed && shard.used.size === shard.kept.size) continue;
          mkdirSync(dir, { recursive: true });
          // The minutes still kept in the file it replaces are read first.
          for (const entry of shard.used.values()) entry.item.minutes.hold();
          // Written beside and renamed, so a build stopped halfway never leaves half a file.
          const partial = `${file}.${process.pid}-${threadId}`;
          writeFileSync(partial, shardBytes(folder, shard.used));
          renameSync(partial, file);
        }
        for (const name of list(dir)) if (!written.has(name)) rmSync(join(dir, name), { force: true });
      } catch {
        // The memo only saves time: a build that cannot write it still builds, and reads every file next time.
      }
    },
  };
}

/**
 * A meeting folder's file: a line of JSON with its entries, each item's minutes replaced by
 * the lengths in bytes of their HTML and text and the HTML's digest, then those minutes as
 * UTF-8. Quoting and parsing them as JSON took several times as long as copying them, and
 * kept apart they are decoded only when asked for (rendered-minutes.ts).
 */
function shardBytes(folder: string, entries: Map<string, MemoEntry>): Buffer {
  const minutes: Buffer[] = [];
  const lengths = (item: ItemEntry) => {
    const [html, text] = [Buffer.from(item.minutes.html), Buffer.from(item.minutes.text)];
    minutes.push(html, text);
    // In its place, so an item read back has its fields in the order reading the file gives them.
    return { ...item, minutes: { html: html.length, text: text.length, digest: item.minutes.digest } };
  };
  const head = asciiJson({
    format: FORMAT,
    folder,
    entries: [...entries].map(([name, entry]) => [name, { ...entry, item: lengths(entry.item) }]),
  });
  return Buffer.concat([Buffer.from(`${head}\n`), ...minutes]);
}

/** The entries kept in `file` for meeting folder `folder`; none when it is missing, damaged, or another folder's. */
function readShard(file: string, folder: string): Map<string, MemoEntry> {
  // Asked first: a check before any memo was written would otherwise throw once a meeting folder.
  if (!existsSync(file)) return new Map();
  let fd;
  try {
    fd = openSync(file, 'r');
    const stats = fstatSync(fd);
    const [head, end] = readHead(fd, stats.size);
    const read = JSON.parse(head.toString('utf8', 0, end)) as { format: number; folder: string; entries: unknown };
    if (read.format !== FORMAT || read.folder !== folder || !Array.isArray(read.entries)) return new Map();
    let at = end + 1;
    const entries = read.entries as [string, MemoEntry][];
    for (const [, entry] of entries) {
      const kept: unknown = entry.item?.minutes;
      if (!wellFormed(entry) || !keptMinutes(kept)) return new Map();
      const minutes = { file, stamp: fileStamp(stats), at, htmlLength: kept.html, textLength: kept.text };
      entry.item.minutes = ItemMinutes.inFile(minutes, kept.digest);
      at += kept.html + kept.text;
    }
    return at === stats.size ? new Map(entries) : new Map();
  } catch {
    return new Map(); // not written yet, or damaged: every file is read
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A file's first line (its JSON), read in growing chunks: the minutes after it are read only when asked for. */
function readHead(fd: number, size: number): [Buffer, number] {
  let head = Buffer.allocUnsafe(Math.min(size, 16_384));
  let length = 0;
  for (;;) {
    length += readSync(fd, head, length, head.length - length, length);
    const end = head.subarray(0, length).indexOf(10);
    if (end >= 0) return [head, end];
    if (length >= size || head.length >= size) throw new Error('damaged: no line ends the JSON');
    head = Buffer.concat([head.subarray(0, length), Buffer.allocUnsafe(Math.min(size, head.length * 4) - length)]);
  }
}

/** Whether an entry read back has the shape this module writes (a damaged file may parse yet not). */
function wellFormed(entry: MemoEntry): boolean {
  return (
    typeof entry === 'object' &&
    entry !== null &&
    typeof entry.hash === 'string' &&
    typeof entry.context === 'string' &&
    typeof entry.settled === 'boolean' &&
    typeof entry.stamp?.size === 'number' &&
    typeof entry.stamp.mtimeMs === 'number' &&
    typeof entry.stamp.ctimeMs === 'number' &&
    typeof entry.lines === 'object' &&
    entry.lines !== null &&
    Array.isArray(entry.notes) &&
    typeof entry.item === 'object' &&
    entry.item !== null
  );
}

/** Whether an item's minutes as kept in a file's JSON are lengths and a digest, as this module writes them. */
function keptMinutes(kept: unknown): kept is { html: number; text: number; digest: string } {
  const { html, text, digest } = (kept ?? {}) as Record<string, unknown>;
  return (
    Number.isInteger(html) &&
    Number(html) >= 0 &&
    Number.isInteger(text) &&
    Number(text) >= 0 &&
    typeof digest === 'string'
  );
}

/**
 * JSON with every character outside ASCII written as an escape: titles hold dashes and
 * quotes, and JSON of ASCII alone is read back several times faster than with a few
 * characters beyond it (V8 then decodes and parses the whole text as two-byte).
 */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0080-\uffff]+/g, (run) => {
    let escaped = '';
    for (let i = 0; i < run.length; i++) escaped += `\\u${run.charCodeAt(i).toString(16).padStart(4, '0')}`;
    return escaped;
  });
}

function list(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
