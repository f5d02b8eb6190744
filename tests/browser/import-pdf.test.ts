/**
 * A whole meeting's minutes printed to PDF by Chromium, imported as a clerk imports them:
 * the minute book of a meeting made for the tests, whose items are real minutes (the
 * seeds, tests/fixtures/seeds; tests/support/printed-minutes.ts), with its title block,
 * numbered items and paragraphs, running header and "Page 1 of 3" footers, in a column
 * narrow enough to wrap lines mid-sentence and hyphenate long words at line ends
 * (./print-pdf.ts).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/lib/audit/browser-audit.ts';
import { pdfText } from '../../src/lib/import/read/pdf-text.ts';
import { clerksChecks, fold, importMinutes, type ImportedMinutes } from '../support/imported-minutes.ts';
import { MIDDLEMARCH_HWB, minuteBook } from '../support/printed-minutes.ts';
import { FOOTER, minutesHtml, printPdf } from './print-pdf.ts';

const meeting = MIDDLEMARCH_HWB;
const header = `${meeting.body} – Minutes`;
const blocks = minuteBook(meeting);
/** The minutes' own paragraphs (not the title block), a line each; without a bullet, which the importer writes as Markdown's "-". */
const minutes = blocks
  .filter((b) => b.kind === 'numbered' || b.kind === 'lettered')
  .map((b) => fold(b.text).replace(/^· /, ''));

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
const printedLines = () =>
  text.split('\n').filter((line) => line.trim() && line !== '\f' && line !== header && !FOOTER.test(line));

/**
 * Sentences of the minutes that no line of the PDF holds whole. Here every "-" then a line
 * starting in lower case is a word the column broke, so those lines are joined first.
 */
function wrappedSentences(): string[] {
  const lines = printedLines()
    .join('\n')
    .replace(/(\p{L})-\n(\p{Ll})/gu, '$1$2')
    .split('\n')
    .map(fold);
  const joined = lines.join(' ');
  return minutes
    .flatMap((paragraph) => paragraph.split(/(?<=[.;:])\s+(?=[A-Z(])/))
    .filter((s) => joined.includes(s) && !lines.some((line) => line.includes(s)));
}

/** Words of the minutes the column hyphenated at a line end, with the word before: "the devel-" then "opment of" → "the development". */
function hyphenatedWords(): string[] {
  const mended = [
    ...printedLines()
      .join('\n')
      .matchAll(/(?:(\S+) )?(\p{L}+)-\n(\p{Ll}\S*)/gu),
  ].map(([, before, head, tail]) => [before, `${head}${tail}`].filter(Boolean).join(' '));
  return mended.filter((words) => minutes.some((paragraph) => paragraph.includes(words)));
}

describe(`${meeting.body}: PDF minutes of the whole meeting, printed by Chromium`, () => {
  clerksChecks(meeting, () => imported, { header, decided: ['noted', 'noted'] });

  it('counts the running header and the "Page n of N" of every page as left out', () => {
    // Only a line at the top of three pages or more is certainly a running header.
    expect(pages).toBeGreaterThanOrEqual(3);
    const count = (reason: string) => imported.file.leftOut.filter((piece) => piece.reason === reason).length;
    expect({ runningHeader: count('runningHeader'), pageNumber: count('pageNumber') }).toEqual({
      runningHeader: pages,
      pageNumber: pages,
    });
  });

  it('wraps sentences of the minutes over lines, and hyphenates words at line ends, for the importer to mend', () => {
    expect(wrappedSentences().length).toBeGreaterThan(3);
    expect(hyphenatedWords().length).toBeGreaterThan(1);
  });

  it('joins each sentence the column wrapped over lines into one paragraph of its item', () => {
    // Item files as written: a paragraph is one line of Markdown, so a sentence broken into two paragraphs is not found.
    expect(wrappedSentences().filter((sentence) => !imported.files.some((file) => file.includes(sentence)))).toEqual(
      [],
    );
  });

  it('mends each word the column hyphenated at a line end', () => {
    expect(hyphenatedWords().filter((words) => !imported.files.some((file) => file.includes(words)))).toEqual([]);
  });
});
