/**
 * An import run: reads the files, writes their meetings and items into a content folder
 * without ever overwriting a person's edits, and reports, file by file, what each became.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative } from 'node:path';
import type { z } from 'astro/zod';
import type { RenderItemMinutes } from '../corpus/corpus.ts';
import { renderMinutes } from '../minutes/render.ts';
import { bodySchema, itemSchema, localitySchema } from '../content/schema.ts';
import { parseYaml, validate } from '../content/yaml-source.ts';
import {
  itemFileText,
  meetingFileText,
  mergeMeeting,
  minutesOf,
  placeItem,
  provenance,
  type ExistingItem,
} from './write/content-files.ts';
import { importPage, type ImportedItem, type ImportOptions, type MeetingFields } from './import-page.ts';
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

/** Files named, and the files of folders named that the importer reads, in a stable order. */
export function expandInputs(paths: readonly string[]): string[] {
  return paths.flatMap((path) => {
    if (!existsSync(path) || !statSync(path).isDirectory()) return [path];
    return (
      readdirSync(path, { recursive: true, encoding: 'utf8' })
        // Old Word, RTF and OpenDocument files too, so each is named and explained rather than passed over.
        .filter((name) =>
          ['.txt', '.html', '.htm', '.pdf', '.docx', '.doc', '.rtf', '.odt'].includes(extname(name).toLowerCase()),
        )
        .sort()
        .map((name) => join(path, name))
    );
  });
}

/** Reads the content folder's bodies and localities (only those: the rest need not exist yet). */
function readKnown(out: string) {
  const folder = <T>(name: string, schema: z.ZodType<T>) =>
    (existsSync(join(out, name)) ? readdirSync(join(out, name)) : [])
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .flatMap((f) => {
        const parsed = parseYaml(readFileSync(join(out, name, f), 'utf8'), f);
        const value = parsed.source && validate(schema, parsed.source, f).value;
        return value ? [{ ...value, id: f.slice(0, -5) }] : [];
      });
  return { bodies: folder('bodies', bodySchema), localities: folder('localities', localitySchema) };
}

/** The frontmatter of an item file, as far as it reads. */
function frontmatterOf(text: string): Record<string, unknown> {
  const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1];
  const data = front ? parseYaml(front, 'item').source?.data : undefined;
  return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
}

/** The items already in a meeting folder. */
function existingItems(folder: string): ExistingItem[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .flatMap((file) => {
      const text = readFileSync(join(folder, file), 'utf8');
      const data = frontmatterOf(text);
      return data.number !== undefined
        ? [{ file, number: String(data.number), title: String(data.title ?? ''), from: provenance(text).from }]
        : [];
    });
}

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

  for (const [i, { path, options }] of inputs.entries()) {
    log(`[${i + 1}/${inputs.length}] ${path}`);
    const file: FileReport = { file: path, items: [], leftOut: [], lost: [], problems: [] };
    report.files.push(file);
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      file.refused =
        code === 'ENOENT'
          ? {
              problem: 'There is no file at this path.',
              advice: 'check the spelling of the file and folder names; a name with spaces needs quotes around it.',
            }
          : {
              problem: `The file cannot be read (${code === 'EACCES' || code === 'EPERM' ? 'you do not have permission to read it' : (code ?? 'error')}).`,
              advice: 'check that the file is not open in another program and that you may read it.',
            };
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
    for (const meeting of result.meetings) {
      const folder = `${meeting.date}-${meeting.body}`;
      meetings.set(folder, meetings.has(folder) ? mergeMeeting(meetings.get(folder)!, meeting) : meeting);
    }
    for (const item of result.items) {
      const folder = join(out, 'meetings', item.meetingFolder);
      if (!placed.has(folder)) placed.set(folder, existingItems(folder));
      const items = placed.get(folder)!;
      const place = placeItem(items, item.number, item.title, basename(path));
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
    const earlier =
      previous === undefined ? undefined : (parseYaml(previous, meetingFile).source?.data as MeetingFields | undefined);
    if (previous !== undefined && provenance(previous).edited && !force) {
      log(`  kept ${display(meetingFile)}: it was edited by hand (run with --force to add what the pages say)`);
      continue;
    }
    write(meetingFile, meetingFileText({ ...(earlier ? mergeMeeting(earlier, meeting) : meeting) }));
  }
  return report;
}

/**
 * Writes one item file, unless a person has edited it: then without --force it is left
 * alone (a problem to report); with --force the import replaces it, keeping the fields
 * the person added, and keeping their edited file aside when its minutes were edited.
 */
function writeItem(
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

/**
 * A renderer that remembers what it rendered, by the minutes and their decisions' inputs:
 * the check after an import then reads the imported items without rendering them again.
 * Example: const render = rememberingRender(); render(md) === render(md).
 */
export function rememberingRender(): RenderItemMinutes {
  const seen = new Map<string, ReturnType<typeof renderMinutes>>();
  return (markdown, inputs = []) => {
    const key = `${JSON.stringify(inputs)}\n${markdown.trim()}`;
    let rendered = seen.get(key);
    if (!rendered) seen.set(key, (rendered = renderMinutes(markdown, inputs)));
    return rendered;
  };
}
