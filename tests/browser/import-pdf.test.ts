/**
 * A whole meeting's minutes printed to PDF by Chromium, imported as a clerk imports them:
 * the minute book of a real meeting (../shared/minutes-corpus; tests/support/printed-minutes.ts)
 * with its title block, numbered items and paragraphs, running header and "Page 1 of 3"
 * footers, in a column narrow enough to wrap lines mid-sentence and hyphenate long words
 * at line ends (./print-pdf.ts).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/lib/audit/browser-audit.ts';
import { pdfText } from '../../src/lib/import/read/pdf-text.ts';
import { clerksChecks, fold, importMinutes, type ImportedMinutes, type KnownFaults } from '../support/imported-minutes.ts';
import { minuteBook, NOTTINGHAM_HWB } from '../support/printed-minutes.ts';
import { FOOTER, minutesHtml, printPdf } from './print-pdf.ts';

const meeting = NOTTINGHAM_HWB;
const header = `${meeting.body} – Minutes`;
const blocks = minuteBook(meeting);
/** The minutes' own paragraphs (not the title block), a line each. */
const minutes = blocks.filter((b) => b.kind === 'numbered' || b.kind === 'lettered').map((b) => fold(b.text));

// Importer faults this PDF shows. The column wraps the title block as:
//   "Minutes of the meeting held on" / "Wednesday 28 May 2025 at 1.30" / "pm in the Ground Floor Committee" / …
//   "Present: Dr Hussein Mawji (Vice-" / "Chair, in the Chair)"
//   "Apologies: Councillor Helen Kalsi," / "Councillor Cheryl Barnard, Counc-" / "illor Neghat Khan, Victoria" / …
// and meeting-header.ts reads each line alone (text/hard-wraps.ts is never applied to it).
const faults: KnownFaults = {
  // The date is read from the short line "Wednesday 28 May 2025 at 1.30", but the body's name
  // ("Nottingham City Health" / "and Wellbeing Board") is not: refused until given --body.
  'title block': 'meeting-header.ts does not read the body from the title',
  time: 'meeting-header.ts: "at 1.30" / "pm in the …" read as 01:30',
  venue: 'meeting-header.ts: the venue after the time is never read',
  present: 'meeting-header.ts: "Present:" reads its first line only, "Dr Hussein Mawji (Vice-"',
  apologies: 'meeting-header.ts: "Apologies:" reads its first line only, one name of seven',
  // item-headings.ts: the first line of each wrapped numbered paragraph has no full stop, so
  // "1.1 Resolved to appoint Dr Hussein", "1.2 In the absence of the Chair, Dr", "2.1
  // Councillor Helen Kalsi – work" … "2.7 Damien West", "5.1 David Johns, Deputy Director of"
  // make a longer rising run than "1. Appointment of Vice Chair" … "5. Best Start Strategy".
  items: 'item-headings.ts takes the first lines of paragraphs 1.1…5.1 for the items',
  'decision 1': 'item-headings.ts makes "1.1 Resolved to appoint Dr Hussein" an item title',
  // text/hard-wraps.ts: "…held on 26" / "February 2025 as a correct record…" stay two
  // paragraphs, so the decision found stops at "26"; its outcome would be 'agreed' (see documents.test.ts).
  'decision 2': 'hard-wraps.ts breaks the paragraph before "February 2025"; decisions.ts reads confirmed as agreed',
};

let browser: Browser;
let text = '';
let pages = 0;
let imported: ImportedMinutes;
beforeAll(async () => {
  browser = await launchChromium();
  const pdf = await printPdf(browser, minutesHtml([blocks]), header);
  const read = await pdfText(pdf);
  if ('problem' in read) throw new Error(`${read.problem} ${read.advice}`);
  ({ text, pages } = read);
  imported = await importMinutes(meeting, 'minutes.pdf', pdf);
});
afterAll(async () => {
  imported?.remove();
  await browser?.close();
});

/** The PDF's lines of minutes, without its page breaks, running header and footers. */
const printedLines = () => text.split('\n').filter((line) => line.trim() && line !== '\f' && line !== header && !FOOTER.test(line));

/**
 * Sentences of the minutes that no line of the PDF holds whole. Here every "-" then a line
 * starting in lower case is a word the column broke, so those lines are joined first.
 */
function wrappedSentences(): string[] {
  const lines = printedLines().join('\n').replace(/(\p{L})-\n(\p{Ll})/gu, '$1$2').split('\n').map(fold);
  const joined = lines.join(' ');
  return minutes.flatMap((paragraph) => paragraph.split(/(?<=[.;:])\s+(?=[A-Z(])/)).filter((s) => joined.includes(s) && !lines.some((line) => line.includes(s)));
}

/** Words of the minutes the column hyphenated at a line end, with the word before: "Jessica Tomli-" then "nson, Public" → "Jessica Tomlinson,". */
function hyphenatedWords(): string[] {
  const mended = [...printedLines().join('\n').matchAll(/(?:(\S+) )?(\p{L}+)-\n(\p{Ll}\S*)/gu)].map(([, before, head, tail]) => [before, `${head}${tail}`].filter(Boolean).join(' '));
  return mended.filter((words) => minutes.some((paragraph) => paragraph.includes(words)));
}

describe(`${meeting.body}: PDF minutes of the whole meeting, printed by Chromium`, () => {
  clerksChecks(meeting, () => imported, { header, decided: ['agreed', 'approved'], faults });

  it('counts the running header and the "Page n of N" of every page as left out', () => {
    // Only a line at the top of three pages or more is certainly a running header.
    expect(pages).toBeGreaterThanOrEqual(3);
    const count = (reason: string) => imported.file.leftOut.filter((piece) => piece.reason === reason).length;
    expect({ runningHeader: count('runningHeader'), pageNumber: count('pageNumber') }).toEqual({ runningHeader: pages, pageNumber: pages });
  });

  it('wraps sentences of the minutes over lines, and hyphenates words at line ends, for the importer to mend', () => {
    expect(wrappedSentences().length).toBeGreaterThan(3);
    expect(hyphenatedWords().length).toBeGreaterThan(1);
  });

  // Fails: the sentences item-headings.ts cuts at their first line (see `items`), and two
  // that text/hard-wraps.ts leaves broken where a line ends before a capital and the column
  // is too narrow for it to tell a hard wrap (under 40 characters a line):
  //   "4.1 The Board confirmed the" / "minutes of the meeting held on 26" / "February 2025 as a correct record"
  //   "presentation on the Nottingham City" / "Best Start Strategy for 2025-35,"
  it.fails('joins each sentence the column wrapped over lines into one paragraph of its item [fails: item-headings.ts, hard-wraps.ts]', () => {
    // Item files as written: a paragraph is one line of Markdown, so a sentence broken into two paragraphs is not found.
    expect(wrappedSentences().filter((sentence) => !imported.files.some((file) => file.includes(sentence)))).toEqual([]);
  });

  it('mends each word the column hyphenated at a line end', () => {
    expect(hyphenatedWords().filter((words) => !imported.files.some((file) => file.includes(words)))).toEqual([]);
  });
});
