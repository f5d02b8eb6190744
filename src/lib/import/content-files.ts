/**
 * The files the importer writes, as text: an item's Markdown with frontmatter and a
 * meeting's meeting.yaml, each signed with a checksum so a file edited by hand is
 * recognised and never overwritten without --force.
 */
import { createHash } from 'node:crypto';
import { Document, isScalar, visit } from 'yaml';
import { itemSchema, meetingSchema } from '../schema.ts';

const MARKER = /^# Imported by "npm run import" \(checksum ([0-9a-f]{12})\)\..*\n/m;

const checksum = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);

/** YAML as the sample content writes it: lists of ids on one line, long text as a block. */
function yaml(data: Record<string, unknown>): string {
  const doc = new Document(data);
  visit(doc, {
    Scalar(key, node) {
      if (key !== 'key' && typeof node.value === 'string' && node.value.includes('\n')) node.type = 'BLOCK_LITERAL';
    },
    Seq(_, node) {
      if (node.items.every((item) => isScalar(item))) node.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** Adds the signature line after `prefix`, over the text as it then reads without it. */
function signed(prefix: string, rest: string): string {
  const sum = checksum(prefix + rest);
  return `${prefix}# Imported by "npm run import" (checksum ${sum}). Edit freely: the importer then leaves this file alone unless run with --force.\n${rest}`;
}

/** The fields in the schema's order, without undefined, false or empty ones: the files hold only what is known. */
function compact(data: Record<string, unknown>, order: readonly string[]): Record<string, unknown> {
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  return Object.fromEntries(
    Object.entries(data)
      .filter(([, v]) => v !== undefined && v !== false && !(Array.isArray(v) && v.length === 0))
      .sort(([a], [b]) => rank(a) - rank(b)),
  );
}

/**
 * An item file: frontmatter, then the minutes.
 * Example: itemFileText({ number: '1', title: 'Neighbourhood Working' }, 'RESOLVED …\n') starts '---\n# Imported by'.
 */
export function itemFileText(frontmatter: Record<string, unknown>, markdown: string): string {
  return signed('---\n', `${yaml(compact(frontmatter, Object.keys(itemSchema.shape)))}---\n\n${markdown.trimEnd()}\n`);
}

/**
 * A meeting.yaml.
 * Example: meetingFileText({ body: 'bromley-hwb', date: '2023-06-29', status: 'approved' }) ends 'status: approved\n'.
 */
export function meetingFileText(meeting: Record<string, unknown>): string {
  return signed('', yaml(compact(meeting, Object.keys(meetingSchema.shape))));
}

/**
 * True when a file was not written by the importer, or was changed after: its checksum
 * line is missing or no longer matches.
 * Example: editedByHand(itemFileText(fm, md)) === false; editedByHand(itemFileText(fm, md) + 'More.') === true.
 */
export function editedByHand(text: string): boolean {
  const marker = MARKER.exec(text);
  if (!marker) return true;
  return checksum(text.slice(0, marker.index) + text.slice(marker.index + marker[0].length)) !== marker[1];
}

/**
 * A slug for a file name: lower case, ASCII letters and digits, single hyphens.
 * Example: slugify('SOUTH EAST LONDON ICB – 5 YEAR STRATEGY') === 'south-east-london-icb-5-year-strategy'.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * An item's file name: its number (two digits when numeric) and its title.
 * Example: itemFileName('1', 'Neighbourhood Working') === '01-neighbourhood-working.md'; itemFileName('HCP1', 'Better Care Fund') === 'hcp1-better-care-fund.md'.
 */
export function itemFileName(number: string, title: string): string {
  const numbered = /^(\d+)(.*)$/.exec(number);
  const prefix = numbered ? `${numbered[1].padStart(2, '0')}${slugify(numbered[2])}` : slugify(number);
  // Long titles are cut at a word, so file names stay readable.
  const full = slugify(title);
  const slug = full.length <= 100 ? full : full.slice(0, full.lastIndexOf('-', 100));
  return `${[prefix, slug].filter(Boolean).join('-') || 'item'}.md`;
}

/** An item already in the meeting folder. */
export interface ExistingItem {
  file: string;
  number: string;
  title: string;
}

/**
 * Where an imported item goes: the file already holding its number (or, when the page
 * shows no number, its title), so links stay the same; else a new file, numbered after
 * the others when the page shows no number.
 * Example: placeItem([], undefined, 'Neighbourhood Working') → { file: '01-neighbourhood-working.md', number: '1' }.
 */
export function placeItem(existing: readonly ExistingItem[], number: string | undefined, title: string): { file: string; number: string } {
  const same = existing.find((e) => (number !== undefined ? e.number.toLowerCase() === number.toLowerCase() : e.title === title));
  if (same) return { file: same.file, number: same.number };
  const chosen = number ?? String(Math.max(0, ...existing.map((e) => Number.parseInt(e.number, 10)).filter(Number.isFinite)) + 1);
  return { file: itemFileName(chosen, title), number: chosen };
}

/**
 * A meeting's fields from two sources, the later filling in and correcting the earlier;
 * lists of people are joined.
 * Example: mergeMeeting({ body: 'x', date: '2019-03-06', status: 'approved', venue: 'Room 1' }, { body: 'x', date: '2019-03-06', status: 'approved' }).venue === 'Room 1'.
 */
export function mergeMeeting<T extends { attendees?: string[]; apologies?: string[] }>(earlier: T, later: T): T {
  const defined = Object.fromEntries(Object.entries(later).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));
  const people = (key: 'attendees' | 'apologies') => [...new Set([...(earlier[key] ?? []), ...(later[key] ?? [])])];
  return { ...earlier, ...defined, attendees: people('attendees'), apologies: people('apologies') };
}
