/**
 * remark plugin: GitHub's Markdown as minutes use it (tables, strikethrough, task lists,
 * footnotes), with bare addresses linked after parsing (autolinks.ts) rather than by GFM's
 * autolink-literal syntax, which tried every word and cost half the pipeline's time.
 * The one composition of GFM in the project: render.ts uses it.
 */
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import type { Processor } from 'unified';
import remarkAutolinks from './autolinks.ts';

export default function remarkMinutesGfm(this: Processor) {
  return minutesGfm(this, true);
}

/**
 * A line that could be a table's delimiter row ("| --- | :-: |"), behind any quote or list
 * markers: GFM reads no table in text without one. A table is tried at every line, so
 * text without one is read with remarkMinutesGfmWithoutTables, which gives it the same.
 */
export const MAY_HOLD_TABLE = /^[ \t>|:*+.)0-9-]*-[ \t>|:*+.)0-9-]*$/m;

/** remarkMinutesGfm less tables: for text MAY_HOLD_TABLE finds none in. */
export function remarkMinutesGfmWithoutTables(this: Processor) {
  return minutesGfm(this, false);
}

function minutesGfm(processor: Processor, tables: boolean) {
  const data = processor.data();
  // In micromark-extension-gfm's order, less the autolink literal, so each construct wins where it did.
  (data.micromarkExtensions ??= []).push(
    gfmFootnote(),
    gfmStrikethrough(),
    ...(tables ? [gfmTable()] : []),
    gfmTaskListItem(),
  );
  (data.fromMarkdownExtensions ??= []).push(
    gfmFootnoteFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    ...(tables ? [gfmTableFromMarkdown()] : []),
    gfmTaskListItemFromMarkdown(),
  );
  // Run first of the transforms, where GFM linked addresses (at the end of parsing).
  return remarkAutolinks();
}
