/**
 * The text of a PDF of minutes, in reading order, for the importer to parse: every
 * character of its text layer (running headers and page numbers too: the importer
 * recognises and counts those), a page a form feed apart.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument, Util, type PDFDocumentLoadingTask } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { pageLines, pagesText, type PageLine, type TextPiece } from './pdf-layout.ts';

/** Why a PDF gives no text, and what the clerk can do about it. */
export interface PdfProblem {
  problem: string;
  advice: string;
}

/** The folder of pdfjs-dist's CMaps and standard fonts, which text in some fonts needs to be read. */
const PDFJS = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

const SCAN: PdfProblem = {
  problem: 'The PDF has no text layer: it is a scan (an image of the pages), so there is no text to import.',
  advice:
    'ask for the original document (Word, or a PDF saved from it), or run the PDF through OCR software and import the result.',
};
const PASSWORD: PdfProblem = {
  problem: 'The PDF is protected by a password, so its text cannot be read.',
  advice:
    'open it with the password and save or print it as a new PDF without one, or ask the council for an unprotected copy.',
};

/**
 * A PDF's text: its lines top to bottom, a blank line at each paragraph break, pages
 * separated by "\n\f\n"; or the problem that stops it being read. Never throws.
 * Example: await pdfText(readFileSync('minutes.pdf')) → { text: 'Health and Wellbeing Board – 10 November 2021\n\nMinutes…\n\f\n…', pages: 3 }.
 */
export async function pdfText(bytes: Uint8Array): Promise<{ text: string; pages: number } | PdfProblem> {
  let task: PDFDocumentLoadingTask | undefined;
  try {
    task = getDocument({
      // A copy: pdf.js takes over (detaches) the buffer it is given, and refuses a Node Buffer.
      data: new Uint8Array(bytes),
      verbosity: 0,
      disableFontFace: true,
      useSystemFonts: false,
      isOffscreenCanvasSupported: false,
      cMapUrl: join(PDFJS, 'cmaps/'),
      cMapPacked: true,
      standardFontDataUrl: join(PDFJS, 'standard_fonts/'),
    });
    const pdf = await task.promise;
    const pages: PageLine[][] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      // Page coordinates as shown: rotation and crop box applied, y growing downwards.
      const { transform } = page.getViewport({ scale: 1 });
      const pieces: TextPiece[] = [];
      for (const item of (await page.getTextContent()).items) {
        if (!('str' in item)) continue;
        const [, , c, d, x, y] = Util.transform(transform, item.transform) as number[];
        pieces.push({ str: item.str, x, y, width: item.width, size: Math.hypot(c, d), hasEOL: item.hasEOL });
      }
      pages.push(pageLines(pieces));
      page.cleanup();
    }
    if (!pages.some((lines) => lines.some((line) => line.text.trim()))) return SCAN;
    return { text: pagesText(pages), pages: pdf.numPages };
  } catch (error) {
    return unreadable(error);
  } finally {
    await task?.destroy();
  }
}

function unreadable(error: unknown): PdfProblem {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') return PASSWORD;
  const detail = error instanceof Error && error.message ? ` (${error.message.replace(/\.$/, '')})` : '';
  return {
    problem: `The file cannot be read as a PDF: it is damaged, incomplete or not a PDF${detail}.`,
    advice:
      'download or save it again and check that it opens in a PDF reader; if it does, print it to a new PDF and import that, or ask for the original Word document.',
  };
}
