/**
 * Any file a clerk may have minutes in, read as text: a page's text export, its saved
 * HTML, a PDF with a text layer, or a Word .docx. Told apart by content, not by name.
 */
import { decodeInput } from './decode.ts';
import { htmlToText, looksLikeHtml, type PageLink } from './html-to-text.ts';

/** The formats read, as the import report names them. */
export type SourceFormat = 'text' | 'HTML' | 'PDF' | 'Word';

/** A file's text, with the page's links and address when it was HTML. */
export interface SourceText {
  format: SourceFormat;
  text: string;
  links: PageLink[];
  url?: string;
}

/** Why a file holds no text to import, and what to do. */
export interface Refusal {
  problem: string;
  advice: string;
  line?: number;
}

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

// Files with no text layer, which only a person (or OCR) can read.
const IMAGES: [prefix: number[], what: string][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x49, 0x49, 0x2a, 0x00], 'a TIFF image'],
  [[0x4d, 0x4d, 0x00, 0x2a], 'a TIFF image'],
];

/**
 * Reads a file's bytes as text, whatever its format.
 * Example: (await sourceText(Buffer.from('Agenda item\n'))).format === 'text'.
 */
export async function sourceText(bytes: Uint8Array): Promise<SourceText | Refusal> {
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) {
    const { pdfText } = await import('./pdf-text.ts');
    const pdf = await pdfText(bytes);
    return 'problem' in pdf ? pdf : { format: 'PDF', text: pdf.text, links: [] };
  }
  // Word files, old and new, and RTF: the Word reader reads a .docx and explains the others.
  if (
    startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) ||
    startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0) ||
    startsWith(bytes, 0x7b, 0x5c, 0x72, 0x74, 0x66)
  ) {
    const { docxHtml } = await import('./docx-text.ts');
    const word = await docxHtml(bytes);
    return 'problem' in word ? word : { format: 'Word', ...htmlToText(word.html) };
  }
  const image = IMAGES.find(([prefix]) => startsWith(bytes, ...prefix));
  if (image)
    return {
      problem: `It is ${image[1]}: a picture of the minutes has no text to import.`,
      advice:
        'import the document the picture was taken from, or run the picture through OCR software and import the text it gives.',
    };
  const decoded = decodeInput(bytes);
  if ('problem' in decoded) return decoded;
  if (!looksLikeHtml(decoded.text)) return { format: 'text', text: decoded.text, links: [] };
  return { format: 'HTML', ...htmlToText(decoded.text) };
}
