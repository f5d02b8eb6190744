/**
 * Minutes as councils keep them: the kinds of file the importer reads (old Word, RTF and
 * OpenDocument too, so that each is named and explained rather than passed over), and
 * which the content folder holds only once imported.
 */
import { extname } from 'node:path';

const DOCUMENT_EXTENSIONS: readonly string[] = ['.txt', '.html', '.htm', '.pdf', '.docx', '.doc', '.rtf', '.odt'];

/** Whether a file's name is that of a document the importer reads. Example: isDocumentFile('Minutes.DOCX') === true. */
export const isDocumentFile = (name: string): boolean => DOCUMENT_EXTENSIONS.includes(extname(name).toLowerCase());
