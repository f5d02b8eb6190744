/**
 * Invisible control characters: pasted from PDFs and Word, they are not allowed in HTML,
 * XML or calendar text, so none may reach a page or file as it is.
 */

// C0 but tab and line feed, DEL, C1, and halves of a character (lone surrogates), which
// no UTF-8 file can hold.
const CONTROL =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const FIRST_CONTROL = new RegExp(CONTROL.source);

/** The text with every control character removed. Example: withoutControlCharacters('a\u0008b') === 'ab'. */
export function withoutControlCharacters(text: string): string {
  return text.replace(CONTROL, '');
}

/**
 * The first control character in `text`, said as a person can find it, or undefined.
 * Example: describeControlCharacter('Board\u0008 minutes') === 'an invisible control character (U+0008) after "Board"'.
 */
export function describeControlCharacter(text: string): string | undefined {
  const found = FIRST_CONTROL.exec(text);
  if (!found) return undefined;
  const code = found[0].charCodeAt(0);
  const what =
    code >= 0xd800
      ? `half of a character (U+${hex(code)}) that a program failed to copy whole`
      : `an invisible control character (U+${hex(code)})`;
  const before = withoutControlCharacters(text.slice(0, found.index)).trimEnd().split(/\s+/).slice(-3).join(' ');
  return `${what} ${before === '' ? 'at its start' : `after "${before}"`}`;
}

const hex = (code: number) => code.toString(16).toUpperCase().padStart(4, '0');
