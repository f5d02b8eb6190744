/**
 * Bytes of an input file to text, or advice on why they cannot be read.
 *
 * Council staff save pages from browsers in all sorts of ways; a file that is not text
 * (documents and images are told apart before this, by read/source-text.ts) or not in a
 * known encoding is refused with a reason, never read as garbage.
 */

/** Text read from a file, or why it could not be. */
export type Decoded = { text: string } | { problem: string; advice: string };

/**
 * Reads a file's bytes as text: UTF-8 (with or without BOM), UTF-16 with a BOM, the
 * charset an HTML page declares, else Windows-1252. Line ends become "\n".
 * Example: decodeInput(Buffer.from('Agenda item\r\n')) → { text: 'Agenda item\n' }.
 */
export function decodeInput(bytes: Uint8Array): Decoded {
  if (bytes.length === 0 || bytes.every((b) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d)) {
    return {
      problem: 'The file is empty.',
      advice:
        'export the page again (in the browser: Save Page As, "Text" or "Web page, HTML only") and import that file.',
    };
  }
  const text = decodeText(bytes);
  if (text === undefined) {
    return {
      problem:
        'The file is not in an encoding the importer can read (UTF-8, UTF-16, Windows-1252, or the charset an HTML page declares).',
      advice:
        'open it in a text editor and save it as UTF-8 (in Notepad: Save As, Encoding: UTF-8), then import it again.',
    };
  }
  // Control characters other than tab, newline and form feed mean binary data.
  // eslint-disable-next-line no-control-regex
  const controls = text.match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
  if (controls > 0 && controls > text.length / 1000)
    return notText('It contains binary data, not text, HTML, a PDF or a Word document.');
  return { text: text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n') };
}

function notText(problem: string): Decoded {
  return {
    problem,
    advice:
      'import the minutes as a PDF or Word (.docx) document, or open the minutes page in a browser and save it as text or as "Web page, HTML only".',
  };
}

function decodeText(bytes: Uint8Array): string | undefined {
  const decode = (encoding: string) => {
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      return undefined;
    }
  };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode('utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode('utf-16be');
  const utf8 = decode('utf-8');
  if (utf8 !== undefined) return utf8;
  // Old pages saved by Internet Explorer declare windows-1252 and are not UTF-8.
  const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(
    new TextDecoder('latin1').decode(bytes.subarray(0, 4096)),
  )?.[1];
  if (declared) return decode(declared.toLowerCase());
  // Word's and Notepad's "Save as text" write Windows-1252 unless told otherwise: £ and
  // curly quotes then arrive as single bytes. Its five unused bytes mean it is not that.
  const windows = decode('windows-1252');
  return windows !== undefined && !/[\u0080-\u009f]/.test(windows) ? windows : undefined;
}
