/**
 * A Word document (.docx) of minutes as HTML, for the importer's HTML reader
 * (`htmlToText`): headings, paragraphs, lists and tables as Word has them, with Word's
 * automatic numbering written into the text. The page header and footer are not part of
 * the text: Word keeps them apart from the document, and they are not minutes.
 */
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { numberParagraphs } from './word-numbering.ts';

/** Why a file gives no HTML, and what the clerk can do about it. */
export interface DocxProblem {
  problem: string;
  advice: string;
}

const OFFICE_DOCUMENT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';
const SAVE_AS_DOCX = 'open it in Word (or LibreOffice) and save it as "Word Document (.docx)", then import that file.';

/**
 * The document's HTML and mammoth's notes about what it could not convert; or the problem
 * that stops it being read. Never throws.
 * Example: await docxHtml(readFileSync('minutes.docx')) → { html: '<h1>Health and Wellbeing Board</h1><p>6. Public Health</p><p>6.1 The Board…</p>…', messages: [] }.
 */
export async function docxHtml(bytes: Uint8Array): Promise<{ html: string; messages: string[] } | DocxProblem> {
  const kind = notDocx(bytes);
  if (kind) return kind;
  try {
    const zip = await JSZip.loadAsync(bytes);
    const main = await mainDocument(zip);
    if (!main) {
      return {
        problem:
          'The file is a zip archive but not a Word document (.docx): it holds no Word document part. It may be another kind of file (an .odt, .xlsx or .zip) renamed.',
        advice: SAVE_AS_DOCX,
      };
    }
    const parts = await related(zip, main.path);
    zip.file(main.path, numberParagraphs(main.xml, parts.numbering, parts.styles));
    const buffer = await zip.generateAsync({ type: 'nodebuffer' });
    const result = await mammoth.convertToHtml(
      { buffer },
      // Pictures are not minutes; leaving them out saves reading them into the page as data.
      { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    );
    return { html: result.value, messages: result.messages.map((m) => m.message) };
  } catch (error) {
    const detail = error instanceof Error && error.message ? ` (${error.message.replace(/\.$/, '')})` : '';
    return {
      problem: `The file cannot be read as a Word document: it is damaged or incomplete${detail}.`,
      advice: `download or save it again and check that it opens in Word; if it does, ${SAVE_AS_DOCX}`,
    };
  }
}

/** Files that are plainly something other than a .docx, told apart by their first bytes. */
function notDocx(bytes: Uint8Array): DocxProblem | undefined {
  const startsWith = (...signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
  if (startsWith(0xd0, 0xcf, 0x11, 0xe0)) {
    return {
      problem:
        'The file is an older Word document (.doc), or a Word document protected by a password: only .docx files without a password can be read.',
      advice: `remove any password, then ${SAVE_AS_DOCX}`,
    };
  }
  if (startsWith(0x7b, 0x5c, 0x72, 0x74, 0x66))
    return { problem: 'The file is a Rich Text document (.rtf), not a Word document (.docx).', advice: SAVE_AS_DOCX };
  if (!startsWith(0x50, 0x4b))
    return {
      problem: 'The file is not a Word document (.docx): it does not start as one does.',
      advice: `check it is the right file; if it opens in Word, ${SAVE_AS_DOCX}`,
    };
  return undefined;
}

/** The main document part, found as Word finds it: through the package's relationships. */
async function mainDocument(zip: JSZip): Promise<{ path: string; xml: string } | undefined> {
  const rels = await zip.file('_rels/.rels')?.async('string');
  const target = rels && relationships(rels).find((r) => r.type === OFFICE_DOCUMENT)?.target;
  const path = (target ?? 'word/document.xml').replace(/^\//, '');
  const xml = await zip.file(path)?.async('string');
  return xml === undefined ? undefined : { path, xml };
}

/** The main document's numbering and styles parts, which its numbering depends on. */
async function related(zip: JSZip, path: string): Promise<{ numbering?: string; styles?: string }> {
  const folder = path.slice(0, path.lastIndexOf('/') + 1);
  const rels = await zip.file(`${folder}_rels/${path.slice(folder.length)}.rels`)?.async('string');
  const read = async (type: string) => {
    const target = rels && relationships(rels).find((r) => r.type.endsWith(`/relationships/${type}`))?.target;
    const file = target && zip.file(target.startsWith('/') ? target.slice(1) : folder + target);
    return file ? file.async('string') : undefined;
  };
  return { numbering: await read('numbering'), styles: await read('styles') };
}

function relationships(xml: string): { type: string; target: string }[] {
  return [...xml.matchAll(/<Relationship\b([^>]*)>/g)].map(([, attrs]) => ({
    type: /\bType="([^"]*)"/.exec(attrs)?.[1] ?? '',
    target: /\bTarget="([^"]*)"/.exec(attrs)?.[1] ?? '',
  }));
}
