/**
 * A text file's bytes as text, in the encodings council staff's programs save: UTF-8,
 * UTF-16 with a byte order mark (Excel's "Unicode text"), and Windows-1252 (Excel's
 * "CSV (Comma delimited)", Notepad's "ANSI"), which is any file that is not valid UTF-8.
 */

export type Encoding = 'UTF-8' | 'UTF-16' | 'Windows-1252';

/**
 * The text of `bytes` (without a byte order mark) and the encoding it was read in, or
 * undefined when the bytes are not text at all (a workbook, document or picture).
 * Example: decodeText(Buffer.from([0xa3, 0x35])) → { text: '£5', encoding: 'Windows-1252' }.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: Encoding } | undefined {
  // Each decoder drops its own byte order mark.
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'UTF-16' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'UTF-16' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    // Windows-1252 gives every byte a character, so binary files (which hold zero bytes, text never does) are caught first.
    if (bytes.includes(0)) return undefined;
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'Windows-1252' };
  }
}
