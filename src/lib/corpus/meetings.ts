/** The meeting folders of a content folder: each meeting.yaml and its agenda items, in agenda order. */
import { basename, extname, join } from 'node:path';
import { buildDate } from '../config/hosting.ts';
import type { ContentProblem } from '../content/content-error.ts';
import { isDocumentFile } from '../content/document-files.ts';
import { hasMinutes, meetingSchema, type MeetingStatus } from '../content/schema.ts';
import type { YamlSource } from '../content/yaml-source.ts';
import { slugify } from '../text/slug.ts';
import type { ContentReader } from './content-reader.ts';
import type { LocatedItem } from './item-file.ts';
import { type ItemMemoUse, readItemWithMemo } from './item-reuse.ts';
import type { MeetingEntry, RenderItemMinutes } from './model.ts';
import type { References } from './references.ts';

export const MEETING_FOLDER = /^(\d{4}-\d{2}-\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)$/;
// .mdx is read as Markdown: minutes may embed <KpiChart …/>, but nothing in them runs as code.
export const ITEM_FILE = /^[a-z0-9]+(?:-[a-z0-9]+)*\.mdx?$/;

/** The ids that meetings and items may name. */
export interface KnownIds {
  bodies: Set<string>;
  localities: Set<string>;
  topics: Set<string>;
  indicators: Set<string>;
}

/**
 * Every meeting under `meetingsDir` and its items, checking what they name against `known`;
 * with `memo`, items unchanged since an earlier build are given back from it (item-reuse.ts).
 */
export function readMeetings(
  reader: ContentReader,
  render: RenderItemMinutes,
  refs: References,
  meetingsDir: string,
  known: KnownIds,
  memo?: ItemMemoUse,
): { meetings: MeetingEntry[]; items: LocatedItem[] } {
  const { problems } = reader;
  const meetings: MeetingEntry[] = [];
  const items: LocatedItem[] = [];
  for (const { name: folder, path, kind } of reader.entries(meetingsDir)) {
    if (kind !== 'folder') {
      problems.push({
        file: reader.display(path),
        message: 'This file is not inside a meeting folder.',
        advice:
          'put each meeting in its own folder named YYYY-MM-DD-<body id>, e.g. content/meetings/2019-03-06-lincolnshire-hwb/.',
      });
      continue;
    }
    const named = MEETING_FOLDER.exec(folder);
    if (!named) {
      problems.push({
        file: reader.display(path),
        message: `The meeting folder "${folder}" is not named YYYY-MM-DD-<body id>.`,
        advice:
          "rename it to the meeting date and the body's id, e.g. 2019-03-06-lincolnshire-hwb (lower case, hyphens, no spaces).",
      });
      continue;
    }
    const meetingFile = join(path, 'meeting.yaml');
    const meeting = reader.yamlFile(
      meetingFile,
      meetingSchema,
      'each meeting folder needs a meeting.yaml with the body, date and minutes status.',
    );
    if (meeting) checkMeeting(reader, refs, reader.display(meetingFile), meeting, folder, named, known);
    const meetingItems: LocatedItem[] = [];
    for (const { name, path: itemPath, kind: itemKind } of reader.entries(path)) {
      if (name === 'meeting.yaml') continue;
      if (itemKind === 'folder') {
        reader.strayFolder(itemPath, "Minuted reads only a meeting folder's meeting.yaml and .md files");
        continue;
      }
      if (!ITEM_FILE.test(name)) {
        problems.push(unreadItemFile(reader.display(itemPath), name));
        continue;
      }
      const agenda = meeting !== undefined && !hasMinutes(meeting.value);
      const item = readItemWithMemo(reader, render, itemPath, { id: folder, date: named[1], agenda }, memo);
      if (!item) continue;
      checkItemReferences(refs, item, known);
      meetingItems.push(item);
    }
    sortByAgenda(meetingItems);
    checkItemNumbers(meetingItems, reader);
    if (meeting)
      meetings.push({
        ...meeting.value,
        id: folder,
        file: reader.display(meetingFile),
        items: meetingItems.map((i) => i.id),
      });
    items.push(...meetingItems);
  }
  return { meetings, items };
}

/** A file in a meeting folder that is not an item Minuted can read: what to rename it to, or move. */
function unreadItemFile(file: string, name: string): ContentProblem {
  if (!/^\.mdx?$/i.test(extname(name)))
    return {
      file,
      message: 'Minuted does not know what to do with this file, so it would be left out of the site.',
      advice: isDocumentFile(name)
        ? 'if it holds minutes, npm run import turns it into agenda items (see "Importing minutes you already have" in the README); either way, move it out of the content folder.'
        : "agenda items are .md files; the meeting's details go in meeting.yaml. Move other files elsewhere.",
    };
  const fit = `${slugify(basename(name, extname(name)))}${extname(name).toLowerCase()}`;
  return {
    file,
    message: `The file name "${name}" cannot be used in a web address.`,
    advice: `rename it with lower-case letters, digits and hyphens only${ITEM_FILE.test(fit) ? `: "${fit}"` : ', e.g. 03-neighbourhood-working.md'}.`,
  };
}

/**
 * A meeting.yaml's body must exist, its date and body match its folder's name, and its
 * date be past if it has minutes; a scheduled meeting whose day has passed gets a note.
 */
function checkMeeting(
  reader: ContentReader,
  refs: References,
  file: string,
  meeting: { value: { body: string; date: string; status: MeetingStatus }; lineOf: YamlSource['lineOf'] },
  folder: string,
  named: RegExpExecArray,
  known: KnownIds,
): void {
  refs.check(file, meeting.lineOf, 'body', [meeting.value.body], known.bodies, 'bodies');
  if (meeting.value.date !== named[1]) {
    reader.problems.push({
      file,
      field: 'date',
      line: meeting.lineOf(['date']),
      message: `The date ${meeting.value.date} does not match the folder name "${folder}".`,
      advice: 'make the folder name start with the meeting date, or correct the date.',
    });
  }
  const today = buildDate();
  if (meeting.value.date > today && hasMinutes(meeting.value)) {
    reader.problems.push({
      file,
      field: 'date',
      line: meeting.lineOf(['date']),
      message: `The meeting is dated ${meeting.value.date}, after the day of this build (${today}), yet it has minutes ("status: ${meeting.value.status}").`,
      advice:
        'check the date against the agenda: minutes can only be written once a meeting has been held. For a meeting still to come, write "status: scheduled" and put its agenda in its items.',
    });
  }
  if (meeting.value.date < today && meeting.value.status === 'scheduled') {
    reader.notes.push({
      file,
      field: 'status',
      line: meeting.lineOf(['status']),
      message: `The meeting was due on ${meeting.value.date}, before the day of this build (${today}), and is still "status: scheduled": the site says its minutes are not yet published.`,
      advice:
        'once its minutes are published, put them below the frontmatter of its items and change the status to draft; if it did not take place, change the status to cancelled.',
    });
  }
  if (meeting.value.body !== named[2]) {
    reader.problems.push({
      file,
      field: 'body',
      line: meeting.lineOf(['body']),
      message: `The body "${meeting.value.body}" does not match the folder name "${folder}".`,
      advice: "make the folder name end with the body's id, or correct the body.",
    });
  }
}

/** An item's localities, topics, indicators and embedded charts must name what exists. */
function checkItemReferences(refs: References, item: LocatedItem, known: KnownIds): void {
  refs.check(item.file, item.lineOf, 'localities', item.localities, known.localities, 'localities');
  refs.check(item.file, item.lineOf, 'topics', item.topics, known.topics, 'topics');
  refs.check(item.file, item.lineOf, 'indicators', item.indicators, known.indicators, 'indicators');
  for (const embed of item.kpiEmbeds) {
    const at = (): YamlSource['lineOf'] => () => embed.line;
    refs.check(item.file, at(), 'KpiChart indicator', [embed.indicator], known.indicators, 'indicators');
    refs.check(item.file, at(), 'KpiChart locality', [embed.locality], known.localities, 'localities');
  }
}

/** Two items of one meeting cannot share a number (compared without case). */
function checkItemNumbers(items: readonly LocatedItem[], reader: ContentReader): void {
  for (const [i, item] of items.entries()) {
    const twin = items.slice(0, i).find((other) => other.number.toLowerCase() === item.number.toLowerCase());
    if (twin)
      reader.problems.push({
        file: item.file,
        field: 'number',
        line: item.lineOf(['number']),
        message: `Item number "${item.number}" is also used by ${twin.file}.`,
        advice: 'give each item of a meeting its own number, as on the agenda.',
      });
  }
}

// One collator for every comparison: localeCompare with options would make one for each.
const AGENDA_NUMBERS = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });

/** Agenda order: by number, reading "2" before "10" and "6a" after "6". */
export function sortByAgenda<T extends { number: string; slug: string }>(items: T[]): T[] {
  return items.sort((a, b) => AGENDA_NUMBERS.compare(a.number, b.number) || a.slug.localeCompare(b.slug));
}
