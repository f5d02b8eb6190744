/**
 * What the importer leaves out of a page, and why: every piece is named, counted in the
 * import report, and excused by the nothing-lost check, which allows nothing else.
 */

/** Why text was not written as minutes. */
export const LEFT_OUT_REASONS = {
  furniture: 'page furniture (navigation, links, buttons)',
  footer: "the website's footer",
  pageNumber: 'page numbers',
  runningHeader: 'running headers and footers',
  fileSize: 'document links\' file sizes ("pdf icon PDF 92 KB")',
  label: 'labels turned into structure ("Minutes:", "Agenda item")',
  meeting: 'meeting details, written to meeting.yaml',
  number: "item numbers, written as each item's number",
  address: "the page's web address, written as its source",
} as const;

export type LeftOutReason = keyof typeof LEFT_OUT_REASONS;

/** A piece of a source line left out: `at` is its 1-based line number in the file's text. */
export interface LeftOut {
  at: number;
  text: string;
  reason: LeftOutReason;
}

/** A line of the page as the importer reads it: its text, and its line number in the file. */
export interface SourceLine {
  at: number;
  text: string;
}

/**
 * How many lines or pieces were left out for each reason, most first.
 * Example: countLeftOut([{ at: 1, text: 'Page 1 of 3', reason: 'pageNumber' }]) → [['pageNumber', 1]].
 */
export function countLeftOut(leftOut: readonly LeftOut[]): [LeftOutReason, number][] {
  const counts = new Map<LeftOutReason, number>();
  for (const { reason } of leftOut) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}
