/** Writes an imported item's file without losing a person's edits to it. */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { ImportedItem } from '../imported.ts';
import { itemFileText, minutesOf, provenance } from './content-files.ts';
import { frontmatterOf } from './existing-content.ts';

/** Lists a person adds to, joined with the import's: ids, follow-ups and corrections to decisions. */
const JOINED = ['topics', 'localities', 'indicators', 'follows', 'actions', 'decisions'] as const;

/** What an import reads from the page itself: over a file nobody edited, the page's say replaces the last import's. */
const FROM_THE_PAGE = new Set([
  'number',
  'title',
  'minuteRef',
  'description',
  'procedural',
  'supportingDocuments',
  'decisions',
  'votes',
  'review',
]);

const empty = (value: unknown) =>
  value === undefined || value === false || (Array.isArray(value) && value.length === 0);

/**
 * The imported frontmatter, keeping what the file already held that this import does not
 * give: topics, a source, follows, votes… (a person's, or an earlier run's options), never
 * dropped unseen. Lists of ids and corrections are joined; what the page says wins.
 */
function withKeptFields(
  imported: Record<string, unknown>,
  current: Record<string, unknown>,
  edited: boolean,
): Record<string, unknown> {
  const merged = { ...imported };
  for (const [key, mine] of Object.entries(current)) {
    if (!edited && FROM_THE_PAGE.has(key)) continue;
    const theirs = imported[key];
    if (empty(theirs)) merged[key] = mine;
    else if ((JOINED as readonly string[]).includes(key) && Array.isArray(mine) && Array.isArray(theirs))
      merged[key] =
        typeof mine[0] === 'string'
          ? [...new Set([...mine, ...theirs])]
          : [...mine, ...theirs.filter((t) => !mine.some((m) => JSON.stringify(m) === JSON.stringify(t)))];
  }
  // A review note a person deleted has been dealt with.
  if (edited && current.review === undefined && Object.keys(current).length > 0) delete merged.review;
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
    const kept = current === undefined ? imported : withKeptFields(imported, frontmatterOf(current), false);
    write(path, itemFileText(kept, item.markdown, from));
    return {};
  }
  if (!force) return 'edited';
  const merged = withKeptFields(imported, frontmatterOf(current), true);
  let keptAside: string | undefined;
  if (edited.minutesEdited && minutesOf(current).trim() !== item.markdown.trim()) {
    keptAside = join(dirname(dirname(dirname(path))), 'import-kept', basename(dirname(path)), basename(path));
    write(keptAside, current);
  }
  write(path, itemFileText(merged, item.markdown, from));
  return { keptAside };
}
