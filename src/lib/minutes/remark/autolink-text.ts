/**
 * What the two finders of addresses in text share (find-autolinks.ts, autolink-fallback.ts):
 * the shape of an address found, and the classes of character by which GFM tells where one
 * starts and ends, tested on UTF-16 code units as micromark tests them.
 */

/** An address found in a text: where it starts and ends, and what it links to. */
export interface FoundAutolink {
  start: number;
  end: number;
  url: string;
}

const PUNCTUATION = /[\p{P}\p{S}]/u;

// Character codes past the end read as NaN, which every test here treats as "no character".
export const isAsciiAlpha = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
export const isAsciiAlphanumeric = (c: number) => isAsciiAlpha(c) || (c >= 48 && c <= 57);
/** What may stand before the "@" of an e-mail address: letters, digits, "+", "-", "." and "_". */
export const isAtext = (c: number) => c === 43 || c === 45 || c === 46 || c === 95 || isAsciiAlphanumeric(c);
export const isWhitespace = (c: number) =>
  c < 128 ? c === 32 || (c >= 9 && c <= 13) : /\s/.test(String.fromCharCode(c));
/** Unicode punctuation and symbols, as micromark-util-character counts them. */
export const isPunctuation = (c: number) => c >= 0 && PUNCTUATION.test(String.fromCharCode(c));
/** A space or line break, or the end of the text. */
export const isEnd = (c: number) => Number.isNaN(c) || isWhitespace(c);
