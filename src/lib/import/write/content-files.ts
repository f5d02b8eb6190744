/**
 * The files the importer writes, as text: an item's Markdown with frontmatter and a
 * meeting's meeting.yaml, each signed with a checksum so a file edited by hand is
 * recognised and never overwritten without --force.
 */
import { createHash } from 'node:crypto';
import { Document, isScalar, visit } from 'yaml';
import { hasMinutes, meetingSchema, type MeetingStatus } from '../../content/schema.ts';
import { itemSchema } from '../../content/item-schema.ts';
import { slugify } from '../../text/slug.ts';

const MARKER =
  /^# Imported by "npm run import"(?: from "([^"\n]*)")? \(checksum ([0-9a-f]{12})(?:, minutes ([0-9a-f]{12}))?\)\..*\n/m;

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

/**
 * Adds the signature line after `prefix`: the source file's name, a checksum of the text
 * as it then reads without it, and one of the minutes alone, so a later import can tell a
 * file edited by hand, and whether its minutes were.
 */
function signed(prefix: string, rest: string, from?: string, minutes?: string): string {
  const origin = from ? ` from "${from.replace(/["\n\r]/g, "'")}"` : '';
  const sums = [
    checksum(prefix + rest),
    ...(minutes === undefined ? [] : [`minutes ${checksum(minutes.trim())}`]),
  ].join(', ');
  return `${prefix}# Imported by "npm run import"${origin} (checksum ${sums}). Edit freely: the importer then leaves this file alone unless run with --force.\n${rest}`;
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
 * An item file: frontmatter, then the minutes; `from` names the file it was imported from.
 * Example: itemFileText({ number: '1', title: 'Neighbourhood Working' }, 'RESOLVED …\n', 'item.txt') starts '---\n# Imported by'.
 */
export function itemFileText(frontmatter: Record<string, unknown>, markdown: string, from?: string): string {
  return signed(
    '---\n',
    `${yaml(compact(frontmatter, Object.keys(itemSchema.shape)))}---\n\n${markdown.trimEnd()}\n`,
    from,
    markdown,
  );
}

/**
 * A meeting.yaml.
 * Example: meetingFileText({ body: 'bromley-hwb', date: '2023-06-29', status: 'approved' }) ends 'status: approved\n'.
 */
export function meetingFileText(meeting: Record<string, unknown>): string {
  return signed('', yaml(compact(meeting, Object.keys(meetingSchema.shape))));
}

/** What a file written by the importer says of its making, and what has changed since. */
export interface Provenance {
  /** True when the file was not written by the importer, or was changed after. */
  edited: boolean;
  /** True when an item's minutes (below the frontmatter) were changed after. */
  minutesEdited: boolean;
  /** The name of the file it was imported from. */
  from?: string;
}

/** An item file's minutes: what follows its frontmatter. */
export const minutesOf = (text: string) => /^---\n[\s\S]*?\n---\n([\s\S]*)$/.exec(text)?.[1] ?? text;

/**
 * Whether a file was edited since the importer wrote it, from its signature line.
 * Example: provenance(itemFileText(fm, md)).edited === false; provenance(itemFileText(fm, md) + 'More.').minutesEdited === true.
 */
export function provenance(text: string): Provenance {
  const marker = MARKER.exec(text);
  if (!marker) return { edited: true, minutesEdited: true };
  const edited = checksum(text.slice(0, marker.index) + text.slice(marker.index + marker[0].length)) !== marker[2];
  const minutesEdited = marker[3] !== undefined && checksum(minutesOf(text).trim()) !== marker[3];
  return { edited, minutesEdited: edited && (marker[3] === undefined || minutesEdited), from: marker[1] };
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
  /** The file it was imported from, when the importer wrote it. */
  from?: string;
  /** True when this run wrote it. */
  thisRun?: boolean;
}

const sameText = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Where an imported item goes: the file already holding it (its number and title, or its
 * number when imported from the same file before, as a corrected title is), so links stay
 * the same; else a new file. An item whose number another item of the meeting already has
 * is kept beside it as "6 (2)", with `clash` naming the other: nothing is overwritten.
 * Example: placeItem([], undefined, 'Neighbourhood Working', 'a.txt') → { file: '01-neighbourhood-working.md', number: '1' }.
 */
export function placeItem(
  existing: readonly ExistingItem[],
  number: string | undefined,
  title: string,
  from: string,
): { file: string; number: string; clash?: ExistingItem } {
  if (number === undefined) {
    const same = existing.find((e) => sameText(e.title, title) && !e.thisRun);
    if (same) return { file: same.file, number: same.number };
    const next = String(Math.max(0, ...existing.map((e) => Number.parseInt(e.number, 10)).filter(Number.isFinite)) + 1);
    return { file: itemFileName(next, title), number: next };
  }
  const same = existing.find((e) => sameText(e.number, number));
  if (!same) return { file: itemFileName(number, title), number };
  if (!same.thisRun && (sameText(same.title, title) || (same.from !== undefined && same.from === from)))
    return { file: same.file, number: same.number };
  let copy = 2;
  while (existing.some((e) => sameText(e.number, `${number} (${copy})`))) copy += 1;
  return {
    file: itemFileName(number, title).replace(/\.md$/, `-${copy}.md`),
    number: `${number} (${copy})`,
    clash: same,
  };
}

/**
 * A meeting's fields from two pages, the later filling in and correcting the earlier.
 * Lists are joined; a venue or time the two give differently is kept in the notes, so
 * neither page's words are lost. Minutes make a scheduled meeting draft or approved, but
 * its agenda, read after them, never makes it scheduled again.
 * Example: mergeMeeting({ body: 'x', date: '2019-03-06', status: 'approved', venue: 'Room 1' }, { body: 'x', date: '2019-03-06', status: 'approved' }).venue === 'Room 1'.
 */
export function mergeMeeting<
  T extends {
    status?: MeetingStatus;
    venue?: string;
    time?: string;
    attendees?: string[];
    apologies?: string[];
    notes?: string[];
  },
>(earlier: T, later: T): T {
  const defined = Object.fromEntries(
    Object.entries(later).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)),
  );
  const joined = (key: 'attendees' | 'apologies' | 'notes', more: string[] = []) => [
    ...new Set([...(earlier[key] ?? []), ...(later[key] ?? []), ...more]),
  ];
  const differing = (['venue', 'time'] as const)
    .filter((key) => earlier[key] && later[key] && earlier[key] !== later[key])
    .map((key) => `${key === 'venue' ? 'Venue' : 'Time'}: ${earlier[key]}`);
  const minuted = (meeting: T) => meeting.status !== undefined && hasMinutes({ status: meeting.status });
  return {
    ...earlier,
    ...defined,
    ...(minuted(earlier) && !minuted(later) ? { status: earlier.status } : {}),
    attendees: joined('attendees'),
    apologies: joined('apologies'),
    notes: joined('notes', differing),
  };
}
