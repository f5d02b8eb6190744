/**
 * readItem, answered from the item memo (item-memo.ts) when the file and its context are
 * as when it was kept. A file whose size and modification and change times are those kept
 * is not read at all; one whose stamp differs (touched, copied, checked out again) is read
 * and hashed, and still not checked again when its bytes are the same. A stamp taken while
 * the file was freshly written is not trusted on its own (a write in the same tick of a
 * coarse clock could leave it unchanged): the file is hashed until its stamp is settled.
 *
 * An item given back from the memo is what reading it would give: its fields, its notes,
 * and the lines of the fields the checks between files name (references, numbers,
 * follows), which run on every build on kept and read items alike.
 */
import { hash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import type { ItemFrontmatter } from '../content/item-schema.ts';
import { parseYaml, type YamlSource } from '../content/yaml-source.ts';
import { decodeText } from '../text/decode.ts';
import type { ContentReader } from './content-reader.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { readItem, type ItemMeeting, type LocatedItem } from './item-file.ts';
import type { ItemMemo, MemoEntry, Stamp } from './item-memo.ts';
import type { RenderItemMinutes } from './model.ts';

/** How long after its last write a file's stamp is trusted alone: longer than the coarsest file times (FAT's 2 s). */
export const SETTLE_MS = 3_000;

/** The frontmatter fields whose lines the checks between files ask for (meetings.ts, references.ts). */
const LINED = ['number', 'localities', 'topics', 'indicators', 'follows'] as const;

/** The memo to answer from, and the digest of the glossary the minutes are rendered with. */
export interface ItemMemoUse {
  memo: ItemMemo;
  glossary: string;
}

/**
 * readItem(reader, render, path, meeting), or what it gave an earlier build when the file
 * and its context are unchanged; what a check without problems gives is kept for the next.
 * Example: readItemWithMemo(reader, render, 'content/meetings/2019-03-01-lincolnshire-hwb/01-neighbourhood-working.md', meeting, { memo, glossary: terms.digest }).
 */
export function readItemWithMemo(
  reader: ContentReader,
  render: RenderItemMinutes,
  path: string,
  meeting: ItemMeeting,
  use: ItemMemoUse | undefined,
): LocatedItem | undefined {
  if (!use) return readItem(reader, render, path, meeting);
  const { memo } = use;
  const context = JSON.stringify([meeting.id, meeting.date, meeting.agenda, use.glossary]);
  const now = Date.now();
  let stamp: Stamp;
  try {
    const stats = statSync(path);
    stamp = { size: stats.size, mtimeMs: stats.mtimeMs, ctimeMs: stats.ctimeMs };
  } catch {
    return readItem(reader, render, path, meeting); // gone or unreadable: reported as without a memo
  }
  const settled = Math.max(stamp.mtimeMs, stamp.ctimeMs) < now - SETTLE_MS;
  const kept = memo.get(path);
  const fits = kept?.context === context;
  if (kept && fits && kept.settled && sameStamp(kept.stamp, stamp)) return reuse(reader, path, kept, memo);

  const problems = reader.problems.length;
  const notes = reader.notes.length;
  const bytes = reader.bytes(path);
  if (!bytes) return undefined;
  const digest = hash('sha1', bytes);
  if (kept && fits && kept.hash === digest) return reuse(reader, path, { ...kept, stamp, settled }, memo);
  const item = readItem(reader, render, path, meeting, () => reader.decode(path, bytes));
  if (item && reader.problems.length === problems) {
    const { lineOf, ...entry } = item;
    memo.set(path, {
      stamp,
      settled,
      hash: digest,
      context,
      lines: linesOf(lineOf, item),
      notes: reader.notes.slice(notes),
      item: entry,
    });
  }
  return item;
}

/** The kept item, as reading the file gives it: its notes recorded again, and its lines from those kept. */
function reuse(reader: ContentReader, path: string, entry: MemoEntry, memo: ItemMemo): LocatedItem {
  memo.reuse(path, entry);
  const file = reader.display(path);
  reader.notes.push(...entry.notes.map((note) => ({ ...note, file })));
  let afresh: YamlSource['lineOf'] | undefined;
  const lineOf: YamlSource['lineOf'] = (at) => {
    const key = JSON.stringify(at);
    if (Object.hasOwn(entry.lines, key)) return entry.lines[key] ?? undefined;
    return (afresh ??= linesAfresh(path, file))(at);
  };
  return { ...entry.item, file, lineOf };
}

/**
 * The lines of the fields the checks between files name, and of each entry of their lists.
 * Example: linesOf(source.lineOf, checked)['["number"]'] === 3.
 */
export function linesOf(
  lineOf: YamlSource['lineOf'],
  item: Pick<ItemFrontmatter, (typeof LINED)[number]>,
): MemoEntry['lines'] {
  const lines: MemoEntry['lines'] = {};
  for (const field of LINED) {
    lines[JSON.stringify([field])] = lineOf([field]) ?? null;
    const value: unknown = item[field];
    if (Array.isArray(value))
      for (let i = 0; i < value.length; i++) lines[JSON.stringify([field, i])] = lineOf([field, i]) ?? null;
  }
  return lines;
}

/** Where a field of the file is, parsing its frontmatter again: for a line not kept (no check asks for one today). */
function linesAfresh(path: string, file: string): YamlSource['lineOf'] {
  try {
    const decoded = decodeText(readFileSync(path));
    const split = decoded ? splitFrontmatter(decoded.text.replace(/\r\n?/g, '\n')) : undefined;
    const source = split && 'yaml' in split ? parseYaml(split.yaml, file, split.yamlLine).source : undefined;
    if (source) return source.lineOf;
  } catch {
    // changed or removed since it was checked: no line to give
  }
  return () => undefined;
}

function sameStamp(a: Stamp, b: Stamp): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs;
}
