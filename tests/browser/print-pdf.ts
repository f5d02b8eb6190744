/**
 * Printed minutes (tests/support/printed-minutes.ts) as a PDF that Chromium prints, set
 * as a council prints its minute book: a running header, "Page 1 of 4" footers, a narrow
 * column that wraps lines mid-sentence and breaks long words with a hyphen.
 */
import type { Browser } from 'playwright-core';
import { printed, type Block } from '../support/printed-minutes.ts';

export const FOOTER = /^Page (\d+) of (\d+)$/;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
/** Long words get a soft hyphen in the middle, where a narrow column breaks them with a "-". */
const hyphenate = (text: string) =>
  escape(text).replace(/\b[A-Za-z]{9,}\b/g, (word) => `${word.slice(0, 5)}&shy;${word.slice(5)}`);

/** Documents as one HTML page, each starting a new page, in a column narrow enough to wrap every few words, lines spaced 1.5 as minute books are. */
export function minutesHtml(documents: readonly (readonly Block[])[]): string {
  const element = (block: Block) => {
    const tag = block.kind === 'title' ? 'h1' : block.kind === 'item' ? 'h2' : 'p';
    return `<${tag}${block.kind === 'lettered' ? ' class=lettered' : ''}>${hyphenate(printed(block))}</${tag}>`;
  };
  const section = (blocks: readonly Block[]) => `<section>${blocks.map(element).join('')}</section>`;
  return `<!DOCTYPE html><html lang="en"><head><style>
    body { font: 12pt/1.5 serif; width: 62mm; margin: 0 }
    h1 { font-size: 15pt; margin: 0 0 10pt } h2 { font-size: 12pt; margin: 14pt 0 6pt } p { margin: 0 0 8pt } .lettered { margin-left: 6mm }
    section + section { break-before: page }
  </style></head><body>${documents.map(section).join('')}</body></html>`;
}

/** The page printed to PDF by Chromium, A4, with `header` at the top of every page and "Page n of N" at the foot, or neither. */
export async function printPdf(browser: Browser, html: string, header?: string): Promise<Uint8Array> {
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
    const top = (node: Text, at: number) => (
      range.setStart(node, at),
      range.setEnd(node, at + 1),
      [...range.getClientRects()].at(-1)!.top
    );
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
    displayHeaderFooter: header !== undefined,
    headerTemplate: `<div style="font: 9pt serif; width: 100%; text-align: right; margin-right: 25mm">${escape(header ?? '')}</div>`,
    footerTemplate:
      '<div style="font: 9pt serif; width: 100%; text-align: center">Page <span class=pageNumber></span> of <span class=totalPages></span></div>',
  });
  await page.close();
  return pdf;
}
