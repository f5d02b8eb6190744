/**
 * PDF minutes to text: pdfText on PDFs that Chromium prints from the text of real minutes
 * (the seeds, tests/fixtures/seeds, as the items of two meetings:
 * tests/support/printed-minutes.ts), set as a council prints its minute book
 * (./print-pdf.ts): a running header, "Page 1 of 4" footers, a narrow column that wraps
 * lines mid-sentence and breaks long words with a hyphen, numbered items and paragraphs
 * (27., 27.1).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/lib/audit/browser-audit.ts';
import { pdfText } from '../../src/lib/import/read/pdf-text.ts';
import { pageBlocks, printed } from '../support/printed-minutes.ts';
import { FOOTER, minutesHtml, printPdf } from './print-pdf.ts';

const HEADER = 'Health and Wellbeing Board – Minute Book';

/** Words as a reader compares them: hyphens out, so "Well-" "being" at a line end and "Wellbeing" agree. */
const words = (text: string) =>
  text
    .split(/\s+/)
    .map((w) => w.replace(/-/g, ''))
    .filter(Boolean);

/**
 * The body words of pdfText's text, without the running header and footer, with a word
 * broken at a line end joined again; and the word positions where a paragraph (a run of
 * lines after a blank line) or a page begins.
 */
function bodyWords(text: string) {
  const all: string[] = [];
  const paragraphStarts = new Set<number>();
  const pageStarts = new Set<number>();
  let carried = '';
  for (const page of text.split('\n\f\n')) {
    pageStarts.add(all.length);
    let blank = true;
    for (const line of page.split('\n')) {
      if (line === HEADER || FOOTER.test(line)) continue;
      if (!line.trim()) {
        blank = true;
        continue;
      }
      if (blank && !carried) paragraphStarts.add(all.length);
      blank = false;
      const lineWords = line.split(/\s+/).filter(Boolean);
      lineWords[0] = carried + lineWords[0];
      carried = line.endsWith('-') ? lineWords.pop()! : '';
      all.push(...words(lineWords.join(' ')));
    }
  }
  return { words: all, paragraphStarts, pageStarts };
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe('a minute book printed from Chromium', () => {
  // Two meetings' minutes made of seed pages, each starting a new page, in a column narrow enough to run to 3 pages or more.
  const meetings = [
    pageBlocks('Middlemarch Health and Wellbeing Board', [
      { number: '27', seed: '000' },
      { number: '28', seed: '002' },
    ]),
    pageBlocks('Middlemarch Health Scrutiny Committee', [{ number: '6', seed: '001' }]),
  ];
  const source = meetings.flat().map(printed);
  let text = '';
  let pages = 0;

  beforeAll(async () => {
    const result = await pdfText(await printPdf(browser, minutesHtml(meetings), HEADER));
    if ('problem' in result) throw new Error(`${result.problem} ${result.advice}`);
    ({ text, pages } = result);
  });

  it('counts the pages Chromium printed, and every page says "Page n of" that count', () => {
    expect(pages).toBeGreaterThanOrEqual(3);
    const footers = text.split('\n').filter((line) => FOOTER.test(line));
    expect(footers).toEqual(Array.from({ length: pages }, (_, i) => `Page ${i + 1} of ${pages}`));
  });

  it('gives every word of the minutes in order, long words broken at line ends included', () => {
    expect(text).toMatch(/[A-Za-z]-\n[a-z]/); // the column did break words, so their joining is tested
    expect(bodyWords(text).words).toEqual(words(source.join('\n')));
  });

  it('puts the running header first and the footer last on each page, once, pages a form feed apart', () => {
    const printed = text.split('\n\f\n');
    expect(printed).toHaveLength(pages);
    printed.forEach((page, i) => {
      const lines = page.split('\n');
      expect(lines[0]).toBe(HEADER);
      expect(lines.at(-1)).toBe(`Page ${i + 1} of ${pages}`);
      expect(lines.filter((line) => line === HEADER || FOOTER.test(line))).toHaveLength(2);
    });
    expect(text.match(/\f/g)).toHaveLength(pages - 1);
  });

  it('leaves a blank line before each paragraph and heading, and nowhere else but at a page top', () => {
    const { paragraphStarts, pageStarts } = bodyWords(text);
    const expected: number[] = [];
    let at = 0;
    for (const block of source) {
      expected.push(at);
      at += words(block).length;
    }
    expect(expected.filter((start) => !paragraphStarts.has(start))).toEqual([]);
    expect([...paragraphStarts].filter((start) => !expected.includes(start) && !pageStarts.has(start))).toEqual([]);
  });

  it('keeps item headings and numbered paragraphs on lines of their own', () => {
    const lines = text.split('\n');
    expect(lines).toContain('28. Neighbourhood Working');
    expect(lines.some((line) => line.startsWith('28.1 (To receive a report'))).toBe(true);
    expect(lines).toContain('6.1 Report attached.');
  });
});

describe('a PDF that gives no text', () => {
  it('a scan (the page only an image) is reported as having no text layer', async () => {
    const drawn =
      '<canvas id="scan" width="600" height="800"></canvas><script>const c = document.getElementById("scan").getContext("2d"); c.fillStyle = "#333"; for (let y = 40; y < 760; y += 18) c.fillRect(40, y, 400 + (y % 120), 9);</script>';
    const result = await pdfText(
      await printPdf(browser, `<!DOCTYPE html><html lang="en"><body>${drawn}</body></html>`),
    );
    expect(result).toEqual({
      problem: expect.stringContaining('no text layer: it is a scan'),
      advice: expect.stringContaining('OCR'),
    });
  });

  it('a PDF locked with a password says so', async () => {
    // Encrypted for a user password: the empty password does not match /U, so a reader must ask for one.
    const key = (bytes: number) => `<${'ab'.repeat(bytes)}>`;
    const locked = `%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj
4 0 obj << /Filter /Standard /V 1 /R 2 /O ${key(32)} /U ${key(32)} /P -4 >> endobj
trailer << /Root 1 0 R /Encrypt 4 0 R /ID [${key(16)} ${key(16)}] /Size 5 >>
%%EOF`;
    const result = await pdfText(new TextEncoder().encode(locked));
    expect(result).toEqual({
      problem: expect.stringContaining('protected by a password'),
      advice: expect.stringContaining('without one'),
    });
  });

  it('a damaged file that starts like a PDF is reported, not thrown', async () => {
    const bytes = new TextEncoder().encode(
      '%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF',
    );
    const result = await pdfText(bytes);
    expect(result).toEqual({
      problem: expect.stringContaining('cannot be read as a PDF'),
      advice: expect.stringContaining('PDF reader'),
    });
  });
});
