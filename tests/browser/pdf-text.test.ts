/**
 * PDF minutes to text: pdfText on PDFs that Chromium prints from the text of real minutes
 * (../shared/minutes-corpus), set as a council prints its minute book: a running header,
 * "Page 1 of 4" footers, a narrow column that wraps lines mid-sentence and breaks long
 * words with a hyphen, numbered items and paragraphs (27., 27.1).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/lib/audit/browser-audit.ts';
import { pdfText } from '../../src/lib/import/read/pdf-text.ts';

const CORPUS = join(resolve(process.env.MINUTED_SHARED ?? join(import.meta.dirname, '../../../shared')), 'minutes-corpus');
const HEADER = 'Health and Wellbeing Board – Minute Book';
const FOOTER = /^Page (\d+) of (\d+)$/;

interface Block {
  tag: 'h1' | 'h2' | 'p';
  text: string;
}

/**
 * A ModernGov meeting page as printed minutes: its lines before the first item as
 * paragraphs, then each item ("27." and its title) a heading "27. Apologies" and its
 * paragraphs numbered under it ("27.1 …"), the "Minutes:" label between them unnumbered.
 * The page's web furniture (its menu words, "view the full minutes text" links) is left out.
 */
function printedMinutes(file: string): Block[] {
  const furniture = /^(Agenda and minutes|Media|Items|No\. Item)$|view the full (minutes|agenda) text/;
  const lines = readFileSync(join(CORPUS, file), 'utf8').split('\n').slice(2).filter((l) => l.replace(/\u00a0/g, '').trim() && !furniture.test(l));
  const blocks: Block[] = [];
  let item = '';
  let paragraph = 0;
  for (let i = 0; i < lines.length; i++) {
    if (/^\d+\.$/.test(lines[i])) {
      item = lines[i].slice(0, -1);
      paragraph = 0;
      blocks.push({ tag: 'h2', text: `${item}. ${lines[++i].replace(/ pdf icon PDF [\d.]+ KB$/, '')}` });
    } else if (item && lines[i] !== 'Minutes:') {
      blocks.push({ tag: 'p', text: `${item}.${++paragraph} ${lines[i]}` });
    } else {
      blocks.push({ tag: blocks.length ? 'p' : 'h1', text: lines[i] });
    }
  }
  return blocks;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
/** Long words get a soft hyphen in the middle, where a narrow column breaks them with a "-". */
const hyphenate = (text: string) => escape(text).replace(/\b[A-Za-z]{9,}\b/g, (word) => `${word.slice(0, 5)}&shy;${word.slice(5)}`);

async function print(browser: Browser, html: string, running = true): Promise<Uint8Array> {
  const page = await browser.newPage();
  await page.emulateMedia({ media: 'print' });
  await page.setContent(html);
  // Chromium writes a soft hyphen that did not break a line into the PDF as a space, which
  // no word processor does, and printing can wrap a line a little differently from the
  // screen: so each soft hyphen the column broke a word at becomes a hyphen and a line
  // break, and the others go.
  await page.evaluate(() => {
    const range = document.createRange();
    // The last box of one character: a character after a line break also has an empty box at the line's end.
    const top = (node: Text, at: number) => (range.setStart(node, at), range.setEnd(node, at + 1), [...range.getClientRects()].at(-1)!.top);
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    while (walker.nextNode()) nodes.push(walker.currentNode as Text);
    for (const node of nodes) {
      for (let at = node.data.lastIndexOf('\u00ad'); at > 0; at = node.data.lastIndexOf('\u00ad', at - 1)) {
        const broken = Math.abs(top(node, at - 1) - top(node, at + 1)) >= 1;
        node.deleteData(at, 1);
        if (broken) {
          node.insertData(at, '-');
          node.splitText(at + 1).before(document.createElement('br'));
        }
      }
    }
  });
  const pdf = await page.pdf({
    format: 'A4',
    margin: { top: '25mm', bottom: '25mm', left: '25mm', right: '25mm' },
    displayHeaderFooter: running,
    headerTemplate: `<div style="font: 9pt serif; width: 100%; text-align: right; margin-right: 25mm">${HEADER}</div>`,
    footerTemplate: '<div style="font: 9pt serif; width: 100%; text-align: center">Page <span class=pageNumber></span> of <span class=totalPages></span></div>',
  });
  await page.close();
  return pdf;
}

/** Words as a reader compares them: hyphens out, so "Well-" "being" at a line end and "Wellbeing" agree. */
const words = (text: string) => text.split(/\s+/).map((w) => w.replace(/-/g, '')).filter(Boolean);

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
  // Two meetings' minutes from the corpus, each starting a new page, in a column narrow enough to run to 3 pages or more.
  const meetings = [printedMinutes('023_dorset_hwb-2021-11-10.txt'), printedMinutes('117_city-of-london_hwb-annual-meeting.txt')];
  const html = `<!DOCTYPE html><html lang="en"><head><style>
    body { font: 12pt/1.3 serif; width: 62mm; margin: 0 }
    h1 { font-size: 15pt; margin: 0 0 10pt } h2 { font-size: 12pt; margin: 14pt 0 6pt } p { margin: 0 0 8pt }
    section + section { break-before: page }
  </style></head><body>${meetings.map((blocks) => `<section>${blocks.map((b) => `<${b.tag}>${hyphenate(b.text)}</${b.tag}>`).join('')}</section>`).join('')}</body></html>`;
  const source = meetings.flat();
  let text = '';
  let pages = 0;

  beforeAll(async () => {
    const result = await pdfText(await print(browser, html));
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
    expect(bodyWords(text).words).toEqual(words(source.map((b) => b.text).join('\n')));
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
      at += words(block.text).length;
    }
    expect(expected.filter((start) => !paragraphStarts.has(start))).toEqual([]);
    expect([...paragraphStarts].filter((start) => !expected.includes(start) && !pageStarts.has(start))).toEqual([]);
  });

  it('keeps item headings and numbered paragraphs on lines of their own', () => {
    const lines = text.split('\n');
    expect(lines).toContain('27. Apologies');
    expect(lines.some((line) => line.startsWith('28.1 To disclose any pecuniary'))).toBe(true);
  });
});

describe('a PDF that gives no text', () => {
  it('a scan (the page only an image) is reported as having no text layer', async () => {
    const drawn = '<canvas id="scan" width="600" height="800"></canvas><script>const c = document.getElementById("scan").getContext("2d"); c.fillStyle = "#333"; for (let y = 40; y < 760; y += 18) c.fillRect(40, y, 400 + (y % 120), 9);</script>';
    const result = await pdfText(await print(browser, `<!DOCTYPE html><html lang="en"><body>${drawn}</body></html>`, false));
    expect(result).toEqual({ problem: expect.stringContaining('no text layer: it is a scan'), advice: expect.stringContaining('OCR') });
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
    expect(result).toEqual({ problem: expect.stringContaining('protected by a password'), advice: expect.stringContaining('without one') });
  });

  it('a damaged file that starts like a PDF is reported, not thrown', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF');
    const result = await pdfText(bytes);
    expect(result).toEqual({ problem: expect.stringContaining('cannot be read as a PDF'), advice: expect.stringContaining('PDF reader') });
  });
});
