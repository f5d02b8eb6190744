/**
 * `npm run import -- --out <content-dir> [--body <id>] [--date YYYY-MM-DD] [--force] <file-or-folder>...`
 *
 * Imports ModernGov pages (text exports or saved HTML) into a content folder: reads the
 * files, writes meeting folders and item files, shows progress on stderr and a summary.
 * Exit code 1 when any file failed, 2 for a mistake in the command itself.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ContentError } from '../src/lib/content-error.ts';
import { loadCorpus } from '../src/lib/corpus.ts';
import { bodySchema, localitySchema } from '../src/lib/schema.ts';
import { parseYaml, validate } from '../src/lib/yaml-source.ts';
import { editedByHand, itemFileText, meetingFileText, mergeMeeting, placeItem, type ExistingItem } from '../src/lib/import/content-files.ts';
import { importPage, type ImportedItem, type ImportOptions, type MeetingFields } from '../src/lib/import/import-page.ts';

const USAGE = `Usage: npm run import -- --out <content-dir> [--body <id>] [--date YYYY-MM-DD] [--force] <file-or-folder>...

Imports ModernGov minutes pages (text exports or saved HTML: agenda items, decisions,
whole meetings) into a Minuted content folder.

  --out <dir>     the content folder (with bodies/ and localities/), e.g. content
  --body <id>     the body, when a page does not name its committee
  --date <date>   the meeting date YYYY-MM-DD, when a page does not show it
  --force         overwrite item files even if they were edited by hand
`;

/** One file to import, with anything known about it besides the page. */
export interface ImportInput {
  path: string;
  options?: Partial<Pick<ImportOptions, 'body' | 'date' | 'meeting' | 'item'>>;
}

/** What a run did, for the summary. */
export interface ImportReport {
  files: number;
  items: number;
  decisions: number;
  actions: number;
  votes: number;
  written: string[];
  unchanged: string[];
  failures: { file: string; problem: string; advice: string; line?: number }[];
}

type Log = (line: string) => void;

/** Reads the content folder's bodies and localities (only those: the rest need not exist yet). */
function readKnown(out: string) {
  const folder = <T>(name: string, schema: import('astro/zod').z.ZodType<T>) =>
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

/** Files named, and the .txt/.html files of folders named, in a stable order. */
export function expandInputs(paths: readonly string[]): string[] {
  return paths.flatMap((path) => {
    if (!existsSync(path) || !statSync(path).isDirectory()) return [path];
    return readdirSync(path, { recursive: true, encoding: 'utf8' })
      .filter((name) => ['.txt', '.html', '.htm'].includes(extname(name).toLowerCase()))
      .sort()
      .map((name) => join(path, name));
  });
}

/** The items already in a meeting folder: file, number and title. */
function existingItems(folder: string): ExistingItem[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .flatMap((file) => {
      const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(folder, file), 'utf8'))?.[1];
      const data = front ? (parseYaml(front, file).source?.data as { number?: unknown; title?: unknown } | undefined) : undefined;
      return data?.number !== undefined ? [{ file, number: String(data.number), title: String(data.title ?? '') }] : [];
    });
}

/**
 * Imports files into the content folder `out`.
 * Example: runImport([{ path: 'minutes/item.txt', options: { body: 'bromley-hwb', date: '2023-06-29' } }], { out: 'content', force: false, log: console.error }).items === 1.
 */
export function runImport(inputs: readonly ImportInput[], settings: { out: string; force: boolean; log: Log; body?: string; date?: string }): ImportReport {
  const { out, force, log } = settings;
  const known = readKnown(out);
  const report: ImportReport = { files: inputs.length, items: 0, decisions: 0, actions: 0, votes: 0, written: [], unchanged: [], failures: [] };
  const meetings = new Map<string, { meeting: MeetingFields; items: { item: ImportedItem; from: string }[] }>();
  inputs.forEach(({ path, options }, i) => {
    log(`[${i + 1}/${inputs.length}] ${path}`);
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      report.failures.push({ file: path, problem: `The file cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`, advice: 'check the path and that the file is not open in another program.' });
      return;
    }
    const result = importPage(bytes, { ...known, body: settings.body, date: settings.date, ...options });
    if (!result.ok) {
      report.failures.push({ file: path, problem: result.problem, advice: result.advice, line: result.line });
      return;
    }
    const folder = `${result.meeting.date}-${result.meeting.body}`;
    const entry = meetings.get(folder);
    if (entry) entry.meeting = mergeMeeting(entry.meeting, result.meeting);
    else meetings.set(folder, { meeting: result.meeting, items: [] });
    meetings.get(folder)!.items.push(...result.items.map((item) => ({ item, from: path })));
  });

  for (const [folderName, { meeting, items }] of [...meetings].sort(([a], [b]) => a.localeCompare(b))) {
    const folder = join(out, 'meetings', folderName);
    mkdirSync(folder, { recursive: true });
    const meetingFile = join(folder, 'meeting.yaml');
    const previous = existsSync(meetingFile) ? readFileSync(meetingFile, 'utf8') : undefined;
    if (previous !== undefined && editedByHand(previous) && !force) {
      log(`  kept ${relative(process.cwd(), meetingFile)}: it was edited by hand (run with --force to replace it)`);
    } else {
      const earlier = previous !== undefined && !force ? (parseYaml(previous, meetingFile).source?.data as MeetingFields | undefined) : undefined;
      write(meetingFile, meetingFileText({ ...(earlier ? mergeMeeting(earlier, meeting) : meeting) }), report);
    }
    const placed = existingItems(folder);
    for (const { item, from } of items) {
      const { file, number } = placeItem(placed, item.number, item.title);
      placed.push({ file, number, title: item.title });
      const path = join(folder, file);
      const text = itemFileText({ number, ...item.frontmatter }, item.markdown);
      const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
      if (current !== undefined && current !== text && editedByHand(current) && !force) {
        report.failures.push({ file: from, problem: `${relative(process.cwd(), path)} was edited by hand, so it was not overwritten.`, advice: 'keep your edits (nothing to do), or run again with --force to replace them with the imported text.' });
        continue;
      }
      write(path, text, report);
      if (item.number === undefined) log(`  ${file}: the page shows no item number, so it is number ${number}; correct "number:" if the agenda differs`);
      report.items += 1;
      report.decisions += item.decisions;
      report.actions += item.actions.length;
      report.votes += item.votes.length;
    }
  }
  return report;
}

function write(path: string, text: string, report: ImportReport): void {
  if (existsSync(path) && readFileSync(path, 'utf8') === text) {
    report.unchanged.push(path);
    return;
  }
  writeFileSync(path, text);
  report.written.push(path);
}

/** The summary printed at the end of a run. */
export function summary(report: ImportReport): string {
  const failures = report.failures.map((f) => `✗ ${f.file}${f.line ? `, line ${f.line}` : ''}\n  ${f.problem}\n  How to fix: ${f.advice}`);
  const counts = `Read ${report.files} file${report.files === 1 ? '' : 's'}: ${report.items} items, ${report.decisions} decisions, ${report.actions} actions, ${report.votes} votes; ${report.written.length} files written, ${report.unchanged.length} unchanged; ${report.failures.length} failure${report.failures.length === 1 ? '' : 's'}.`;
  return [...failures, counts].join('\n\n');
}

function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs({ args: argv, allowPositionals: true, options: { out: { type: 'string' }, body: { type: 'string' }, date: { type: 'string' }, force: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } } });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!values.out || positionals.length === 0) {
    console.error(`${values.out ? 'Name at least one file or folder to import.' : 'Say where the content folder is with --out, e.g. --out content.'}\n\n${USAGE}`);
    return 2;
  }
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) {
    console.error(`--date ${values.date} is not a date written YYYY-MM-DD: give it as e.g. --date 2019-03-06.`);
    return 2;
  }
  const out = resolve(values.out);
  const report = runImport(expandInputs(positionals).map((path) => ({ path })), { out, force: values.force, body: values.body, date: values.date, log: (line) => console.error(line) });
  console.log(summary(report));
  let failed = report.failures.length > 0;
  if (existsSync(join(out, 'site.yaml'))) {
    try {
      loadCorpus(out);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      console.error(`\nThe content folder does not build yet:\n${error.message}`);
      failed = true;
    }
  }
  return failed ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
