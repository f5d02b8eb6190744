/**
 * A printed minute book (./printed-minutes.ts) imported as a clerk imports one: with
 * runImport into a copy of the sample content that has a body file for the board, and
 * then checked as a clerk checks it: one meeting folder, meeting.yaml, the items, the
 * decisions, no page furniture in the minutes, nothing lost, a folder that loads.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import { type ItemEntry, type MeetingEntry } from '../../src/lib/corpus/model.ts';
import { runImport, type FileReport } from '../../src/lib/import/run-import.ts';
import type { DecisionOutcome } from '../../src/lib/content/item-schema.ts';
import { copySampleContent, problemsOf, SAMPLE_CONTENT, type ContentFixture } from './content-fixture.ts';
import { minuteBook, printed, seed, type Meeting } from './printed-minutes.ts';

/** The body's id in content/bodies/: "nottingham-city-health-and-wellbeing-board". */
export const bodyId = (meeting: Meeting) => meeting.body.toLowerCase().replace(/[^a-z]+/g, '-');

export interface ImportedMinutes {
  content: ContentFixture;
  /** What the clerk had to give because the import report asked for it: the date, the body. */
  told: { date?: string; body?: string };
  /** The import report's entry for the document, on the last run. */
  file: FileReport;
  /** Meeting folders the import made (the sample's own left out). */
  folders: string[];
  meeting?: MeetingEntry;
  /** The items as the site loads them, in the report's order. */
  items: ItemEntry[];
  /** Each item file's whole text, in the same order. */
  files: string[];
  remove(): void;
}

/**
 * Imports the document, named `name`, as a clerk would: the board's body file added,
 * then the file imported with no --date or --body; when the import report says it cannot
 * tell the date or the committee, imported again with what it asks for, as its "How to
 * fix" says, so that one fault does not hide the rest of what the import makes.
 */
export async function importMinutes(meeting: Meeting, name: string, bytes: Uint8Array): Promise<ImportedMinutes> {
  const content = copySampleContent();
  content.write(
    `bodies/${bodyId(meeting)}.yaml`,
    `name: ${meeting.body}\nkind: ${meeting.kind}\norganisation: ${meeting.organisation}\nlocalities: [england]\n`,
  );
  const inputs = mkdtempSync(join(tmpdir(), 'minuted-printed-'));
  writeFileSync(join(inputs, name), bytes);
  const told: ImportedMinutes['told'] = {};
  let file: FileReport;
  for (;;) {
    file = (
      await runImport([{ path: join(inputs, name), options: { ...told } }], {
        out: content.dir,
        force: false,
        log: () => {},
      })
    ).files[0];
    const problem = file.refused?.problem ?? '';
    if (/does not show the meeting's date/.test(problem) && !told.date) told.date = meeting.date;
    else if (/names? the committee/.test(problem) && !told.body) told.body = bodyId(meeting);
    else break;
  }
  const sample = new Set(readdirSync(join(SAMPLE_CONTENT, 'meetings')));
  const folders = readdirSync(join(content.dir, 'meetings')).filter((f) => !sample.has(f));
  const corpus = folders.length ? loadCorpus(content.dir) : undefined;
  return {
    content,
    told,
    file,
    folders,
    meeting: corpus?.meetings.find((m) => m.id === folders[0]),
    items: file.items.map((item) => corpus!.items.find((i) => i.file === item.path)!),
    files: file.items.map((item) => readFileSync(join(content.dir, '..', item.path), 'utf8')),
    remove: () => {
      content.remove();
      rmSync(inputs, { recursive: true, force: true });
    },
  };
}

export const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * What a clerk checks of an imported minute book, as `it`s: each against what the
 * document itself prints (its date, title block, headings) or the lines of its seeds that
 * record decisions (meeting.resolutions); `decided` gives the outcome each of those
 * resolutions' words express.
 */
export function clerksChecks(
  meeting: Meeting,
  imported: () => ImportedMinutes,
  options: { header: string; decided: DecisionOutcome[] },
) {
  const { date } = meeting;
  const blocks = minuteBook(meeting);

  it("prints under its items every line of its seeds' minutes, in order, and nothing else", () => {
    const paragraphs = blocks.slice(blocks.findIndex((b) => b.kind === 'item')).filter((b) => b.kind !== 'item');
    expect(paragraphs.map((b) => b.text)).toEqual(meeting.items.flatMap((item) => seed(item.seed).minutes));
  });

  it('makes one meeting folder, named with the date the minutes were held on', () => {
    expect(imported().file.refused).toBeUndefined();
    expect(imported().folders).toEqual([`${date}-${bodyId(meeting)}`]);
    expect(imported().meeting?.date).toBe(date);
    expect(imported().file.items.length).toBeGreaterThan(0);
  });

  it('reads the date and the board from the title block, needing no --date or --body', () => {
    expect(imported().told).toEqual({});
  });

  it('writes the time of the title block into meeting.yaml', () => {
    expect(imported().meeting?.time).toBe(meeting.time);
  });

  it('writes the venue of the title block into meeting.yaml', () => {
    expect(imported().meeting?.venue).toBe(meeting.venue);
  });

  it('lists the members "Present:" as the attendees', () => {
    expect(imported().meeting?.attendees).toEqual(meeting.present);
  });

  it('lists the "Apologies:"', () => {
    expect(imported().meeting?.apologies).toEqual(meeting.apologies);
  });

  it('gives the items the numbers and titles of the printed headings, in order', () => {
    expect(imported().file.items.map((item) => `${item.number}. ${item.title}`)).toEqual(
      blocks.filter((b) => b.kind === 'item').map(printed),
    );
  });

  meeting.resolutions.forEach((resolution, i) => {
    const paragraph = blocks.find((b) => b.kind !== 'item' && fold(b.text) === fold(resolution));
    if (!paragraph) throw new Error(`the minute book of ${meeting.body} does not print "${resolution}"`);
    // Looked for in every item, so that an item split wrongly shows in the check of the items alone.
    it(`finds the decision "${fold(resolution).slice(0, 50)}…"${paragraph.number ? ` (${paragraph.number})` : ''}, ${options.decided[i]}`, () => {
      const decision = imported()
        .items.flatMap((item) => item.decisionList)
        .find((d) => fold(d.text).includes(fold(resolution)));
      expect(decision?.outcome).toBe(options.decided[i]);
    });
  });

  it('writes the running header and "Page n of N" into no item file', () => {
    expect(
      imported().files.filter((text) => text.includes(options.header) || /\bPage \d+ of \d+\b/.test(text)),
    ).toEqual([]);
  });

  it('loses no line of the document', () => {
    expect(imported().file.lost).toEqual([]);
  });

  it('leaves a content folder that loads with no problems', () => {
    expect(problemsOf(imported().content.dir)).toEqual([]);
  });
}
