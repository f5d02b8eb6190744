/**
 * An import run: reads the files, writes their meetings and items into a content folder
 * without ever overwriting a person's edits, and reports, file by file, what each became.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { hasMinutes } from '../content/schema.ts';
import type { RenderItemMinutes } from '../corpus/model.ts';
import { parseYaml } from '../content/yaml-source.ts';
import { meetingFileText, mergeMeeting, placeItem, provenance, type ExistingItem } from './write/content-files.ts';
import { existingItems, readKnown } from './write/existing-content.ts';
import { writeItem } from './write/write-item.ts';
import { importPage } from './import-page.ts';
import type { ImportOptions, MeetingFields } from './imported.ts';
import { readInput } from './input-files.ts';
import type { LostLine } from './nothing-lost.ts';
import type { PageKind } from './page/page-kind.ts';
import type { Refusal, SourceFormat } from './read/source-text.ts';
import type { LeftOut } from './text/left-out.ts';

/** One file to import, with anything known about it besides the page. */
export interface ImportInput {
  path: string;
  options?: Partial<Pick<ImportOptions, 'body' | 'date' | 'meeting' | 'item'>>;
}

/** What became of one item. */
export interface ItemReport {
  /** The item file, relative to the content folder's parent. */
  path: string;
  number: string;
  title: string;
  decisions: number;
  votes: number;
  actions: number;
  review: string[];
}

/** What became of one file. */
export interface FileReport {
  file: string;
  format?: SourceFormat;
  kind?: PageKind;
  /** True when it was an agenda, its meeting still to be held: written as scheduled. */
  agenda?: boolean;
  /** Why nothing of it was imported. */
  refused?: Refusal;
  items: ItemReport[];
  /** What was left out of the minutes, and why. */
  leftOut: LeftOut[];
  /** Lines of the file found in none of the files written: errors. */
  lost: LostLine[];
  /** Files not written, or kept aside, because a person had edited them. */
  problems: Refusal[];
}

export interface ImportReport {
  files: FileReport[];
  written: string[];
  unchanged: string[];
}

type Log = (line: string) => void;

/** True when the file needs the clerk: refused, lost text, or edits in the way. */
export const failed = (file: FileReport) =>
  file.refused !== undefined || file.lost.length > 0 || file.problems.length > 0;

/**
 * Imports files into the content folder `out`.
 * Example: (await runImport([{ path: 'minutes/item.txt', options: { body: 'bromley-hwb', date: '2023-06-29' } }], { out: 'content', force: false, log: console.error })).files[0].items.length === 1.
 */
export async function runImport(
  inputs: readonly ImportInput[],
  settings: { out: string; force: boolean; log: Log; body?: string; date?: string; render?: RenderItemMinutes },
): Promise<ImportReport> {
  const { out, force, log } = settings;
  const known = readKnown(out);
  const display = (path: string) => relative(join(out, '..'), path).split('\\').join('/');
  const report: ImportReport = { files: [], written: [], unchanged: [] };
  const write = (path: string, text: string) => {
    if (existsSync(path) && readFileSync(path, 'utf8') === text) report.unchanged.push(path);
    else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
      report.written.push(path);
    }
  };
  const meetings = new Map<string, MeetingFields>();
  const placed = new Map<string, ExistingItem[]>();
  const onDisk = (folder: string) => {
    const file = join(out, 'meetings', folder, 'meeting.yaml');
    return existsSync(file) ? (parseYaml(readFileSync(file, 'utf8'), file).source?.data as MeetingFields) : undefined;
  };
  /** True when the meeting has minutes, on disk or from a page read earlier in this run. */
  const minuted = (folder: string) =>
    [meetings.get(folder), onDisk(folder)].some((meeting) => meeting?.status && hasMinutes(meeting));

  for (const [i, { path, options }] of inputs.entries()) {
    log(`[${i + 1}/${inputs.length}] ${path}`);
    const file: FileReport = { file: path, items: [], leftOut: [], lost: [], problems: [] };
    report.files.push(file);
    const bytes = readInput(path);
    if ('problem' in bytes) {
      file.refused = bytes;
      continue;
    }
    const result = await importPage(bytes, {
      ...known,
      body: settings.body,
      date: settings.date,
      render: settings.render,
      ...options,
    });
    if (!result.ok) {
      const { ok, ...refusal } = result;
      file.refused = refusal;
      continue;
    }
    Object.assign(file, { format: result.format, kind: result.kind, leftOut: result.leftOut, lost: result.lost });
    file.agenda = result.meetings.some((meeting) => meeting.status === 'scheduled');
    for (const meeting of result.meetings) {
      const folder = `${meeting.date}-${meeting.body}`;
      meetings.set(folder, meetings.has(folder) ? mergeMeeting(meetings.get(folder)!, meeting) : meeting);
    }
    for (const item of result.items) {
      const folder = join(out, 'meetings', item.meetingFolder);
      if (!placed.has(folder)) placed.set(folder, existingItems(folder));
      const items = placed.get(folder)!;
      const place = placeItem(items, item.number, item.title, basename(path));
      // An agenda read after its meeting's minutes leaves their items as they are.
      if (item.agenda && existsSync(join(folder, place.file)) && minuted(item.meetingFolder)) continue;
      const review = [...item.review];
      if (place.clash)
        review.push(
          `Another page${place.clash.from ? ` (${place.clash.from})` : ''} also gives this meeting an item ${place.clash.number} ("${place.clash.title}"), so this one is numbered "${place.number}": check the meeting's date, or give it the number the agenda gives.`,
        );
      if (item.number === undefined)
        review.push(
          `The page shows no item number, so it is number ${place.number}: correct "number:" if the agenda differs.`,
        );
      const written = writeItem(
        join(folder, place.file),
        { ...item, review },
        place.number,
        basename(path),
        force,
        write,
      );
      const entry = { file: place.file, number: place.number, title: item.title, from: basename(path), thisRun: true };
      const at = items.findIndex((e) => e.file === place.file);
      if (at >= 0) items[at] = entry;
      else items.push(entry);
      if (written === 'edited') {
        file.problems.push({
          problem: `${display(join(folder, place.file))} was edited by hand, so it was not overwritten.`,
          advice:
            'keep your edits (nothing to do), or run again with --force to import the page over them (fields you added, such as topics, are kept).',
        });
        continue;
      }
      if (written.keptAside)
        file.problems.push({
          problem: `${display(join(folder, place.file))} had its minutes edited by hand: the imported minutes replace them, and the edited file is kept as ${display(written.keptAside)}.`,
          advice: 'compare the two and copy back any correction you still want.',
        });
      file.items.push({
        path: display(join(folder, place.file)),
        number: place.number,
        title: item.title,
        decisions: item.decisions,
        votes: item.votes.length,
        actions: item.actions.length,
        review,
      });
    }
  }

  for (const [folderName, meeting] of [...meetings].sort(([a], [b]) => a.localeCompare(b))) {
    const meetingFile = join(out, 'meetings', folderName, 'meeting.yaml');
    const previous = existsSync(meetingFile) ? readFileSync(meetingFile, 'utf8') : undefined;
    const earlier = previous === undefined ? undefined : onDisk(folderName);
    if (previous !== undefined && provenance(previous).edited && !force) {
      log(`  kept ${display(meetingFile)}: it was edited by hand (run with --force to add what the pages say)`);
      continue;
    }
    write(meetingFile, meetingFileText({ ...(earlier ? mergeMeeting(earlier, meeting) : meeting) }));
  }
  return report;
}
