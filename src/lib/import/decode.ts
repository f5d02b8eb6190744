/**
 * Bytes of an input file to text, or advice on why they cannot be read.
 *
 * Council staff save pages from browsers in all sorts of ways; a file that is not text
 * (a PDF, a Word file) or not in a known encoding is refused with a reason, never read
 * as garbage.
 */

/** Text read from a file, or why it could not be. */
export type Decoded = { text: string } | { problem: string; advice: string };

// Magic numbers of files people save by mistake instead of the page's text.
const KNOWN_BINARIES: [prefix: string, what: string][] = [
  ['%PDF', 'a PDF'],
  ['PK\u0003\u0004', 'a Word or zip file'],
  ['\u00d0\u00cf\u0011\u00e0', 'an old Word (.doc) file'],
  ['\u0089PNG', 'a PNG image'],
  ['\u00ff\u00d8\u00ff', 'a JPEG image'],
];

/**
 * Reads a file's bytes as text: UTF-8 (with or without BOM), UTF-16 with a BOM, or the
 * charset an HTML page declares. Line ends become "\n".
 * Example: decodeInput(Buffer.from('Agenda item\r\n')) → { text: 'Agenda item\n' }.
 */
export function decodeInput(bytes: Uint8Array): Decoded {
  if (bytes.length === 0 || bytes.every((b) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d)) {
    return { problem: 'The file is empty.', advice: 'export the page again (in the browser: Save Page As, "Text" or "Web page, HTML only") and import that file.' };
  }
  const head = String.fromCharCode(...bytes.subarray(0, 8));
  const binary = KNOWN_BINARIES.find(([prefix]) => head.startsWith(prefix));
  if (binary) return notText(`It is ${binary[1]}, not the text or HTML of a minutes page.`);
  const text = decodeText(bytes);
  if (text === undefined) {
    return {
      problem: 'The file is not in an encoding the importer can read (UTF-8, UTF-16, or the charset an HTML page declares).',
      advice: 'open it in a text editor and save it as UTF-8 (in Notepad: Save As, Encoding: UTF-8), then import it again.',
    };
  }
  // Control characters other than tab, newline and form feed mean binary data.
  const controls = text.match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
  if (controls > 0 && controls > text.length / 1000) return notText('It contains binary data, not the text or HTML of a minutes page.');
  return { text: text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n') };
}

function notText(problem: string): Decoded {
  return { problem, advice: 'open the minutes page in a browser and save it as text or as "Web page, HTML only", then import that file.' };
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
  const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(new TextDecoder('latin1').decode(bytes.subarray(0, 4096)))?.[1];
  return declared ? decode(declared.toLowerCase()) : undefined;
}
