/** A meeting page laid out as a table, flattened to text: an item a row, each starting with the item's title. */
import type { SourceLine } from '../text/left-out.ts';
import { looksLikeTitle } from './item-headings.ts';
import { MINUTES_LABEL, trimBlank } from './item-parts.ts';

/** A row rule of a table flattened to text: "|", "||||", "---|---|". */
const TABLE_RULE = /^[|\s-]*\|[|\s-]*$/;

/** The rows of a table flattened to text, each starting with the item's title: only when rows carry "Minutes:" labels. */
export function tableRows(lines: readonly SourceLine[]): { at: number; lines: SourceLine[] }[] {
  // A row ends at a rule ("|", "---|---|") or at a line that ends its last cell with "|".
  const ends = lines.flatMap((l, i) => (TABLE_RULE.test(l.text.trim()) || /\S\s*\|$/.test(l.text.trim()) ? [i] : []));
  if (ends.length < 2) return [];
  const rows: { at: number; lines: SourceLine[] }[] = [];
  const firstRule = lines.findIndex((l) => TABLE_RULE.test(l.text.trim()));
  let start = firstRule + 1;
  for (const end of [...ends.filter((e) => e >= start), lines.length]) {
    const row = trimBlank(
      lines
        .slice(start, end + 1)
        .filter((l) => !TABLE_RULE.test(l.text.trim()))
        .map((l) => ({ at: l.at, text: l.text.replace(/\s*\|+\s*$/, '') })),
    );
    if (row.length > 0) rows.push({ at: start, lines: row });
    start = end + 1;
  }
  const labelled = rows.filter((r) => r.lines.some((l) => MINUTES_LABEL.test(l.text.trim())));
  if (labelled.length < 2) return [];
  // A row without minutes that has no title ("X joined the meeting") belongs with the item before it.
  const merged: { at: number; lines: SourceLine[] }[] = [];
  for (const row of rows) {
    const hasMinutes = row.lines.some((l) => MINUTES_LABEL.test(l.text.trim()));
    if (!hasMinutes && merged.length > 0 && titleAndDescription(row.lines[0].text).title === undefined)
      merged.at(-1)!.lines.push({ at: row.lines[0].at, text: '' }, ...row.lines);
    else merged.push(row);
  }
  return merged;
}

/** A flattened row's first cell: "Declarations of Interest To receive any declarations…" → the title, then the agenda's description. */
export function titleAndDescription(text: string): { title?: string; description?: string } {
  const at = text.search(
    /\s(?:To (?:receive|consider|note|approve|agree|elect|appoint|confirm)|Members (?:are|of the))\b/,
  );
  const title = (at > 0 ? text.slice(0, at) : text).trim();
  const description = at > 0 ? text.slice(at).trim() : undefined;
  return looksLikeTitle(title) ? { title, description } : { description: text.trim() };
}
