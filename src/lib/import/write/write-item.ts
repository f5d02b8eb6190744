/** Writes an imported item's file without losing a person's edits to it. */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { itemSchema } from '../../content/schema.ts';
import type { ImportedItem } from '../imported.ts';
import { itemFileText, minutesOf, provenance } from './content-files.ts';
import { frontmatterOf } from './existing-content.ts';

/** Fields a person adds to an imported item, kept when it is imported again with --force. */
const HAND_FIELDS = ['topics', 'localities', 'indicators', 'follows', 'actions', 'decisions'] as const;

/** The imported frontmatter with what a person added by hand: lists of ids joined, corrections kept. */
function withHandFields(imported: Record<string, unknown>, hand: Record<string, unknown>): Record<string, unknown> {
  const merged = { ...imported };
  for (const key of HAND_FIELDS) {
    const mine = hand[key];
    if (!Array.isArray(mine) || mine.length === 0) continue;
    const theirs = Array.isArray(imported[key]) ? (imported[key] as unknown[]) : [];
    merged[key] =
      typeof mine[0] === 'string'
        ? [...new Set([...mine, ...theirs])]
        : [...mine, ...theirs.filter((t) => !mine.some((m) => JSON.stringify(m) === JSON.stringify(t)))];
  }
  // A review note a person deleted has been dealt with.
  if (hand.review === undefined && Object.keys(hand).length > 0) delete merged.review;
  return merged;
}

/**
 * Writes one item file, unless a person has edited it: then without --force it is left
 * alone (a problem to report); with --force the import replaces it, keeping the fields
 * the person added, and keeping their edited file aside when its minutes were edited.
 */
export function writeItem(
  path: string,
  item: ImportedItem,
  number: string,
  from: string,
  force: boolean,
  write: (path: string, text: string) => void,
): 'edited' | { keptAside?: string } {
  const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  const imported = { number, ...item.frontmatter, review: item.review.length ? item.review.join(' ') : undefined };
  const edited = current !== undefined && provenance(current);
  if (!edited || !edited.edited) {
    write(path, itemFileText(imported, item.markdown, from));
    return {};
  }
  if (!force) return 'edited';
  const hand = frontmatterOf(current);
  const merged = itemSchema.partial().safeParse(hand).success ? withHandFields(imported, hand) : imported;
  let keptAside: string | undefined;
  if (edited.minutesEdited && minutesOf(current).trim() !== item.markdown.trim()) {
    keptAside = join(dirname(dirname(dirname(path))), 'import-kept', basename(dirname(path)), basename(path));
    write(keptAside, current);
  }
  write(path, itemFileText(merged, item.markdown, from));
  return { keptAside };
}
