/**
 * Bare web and e-mail addresses in a run of text, found by the rules of GitHub's Markdown:
 * first its syntax's (micromark-extension-gfm-autolink-literal, after cmark-gfm), then
 * its second look at the text left (autolink-fallback.ts), so minutes link exactly what
 * they linked when GFM found them.
 *
 * GFM's syntax tries every word of the text for an address; here one search for "@",
 * "://" or "www." passes over all text without one, which is nearly all of it.
 */
import { fallbackAutolinks } from './autolink-fallback.ts';
import {
  type FoundAutolink,
  isAsciiAlpha,
  isAsciiAlphanumeric,
  isAtext,
  isEnd,
  isPunctuation,
} from './autolink-text.ts';

const HINT = /@|:\/\/|www\./i;
const WEB = /https?:\/\/|www\./gi;
/** What may stand before "www.": a space, a line break, "(", "*", "_", "[", "]" or "~". */
const BEFORE_WWW = new Set([9, 10, 13, 32, 40, 42, 91, 93, 95, 126]);

/** Punctuation left off the end of an address ("see https://x.gov.uk/a." links no full stop). */
const TRAILING = new Set([33, 34, 39, 41, 42, 44, 46, 58, 59, 63, 95, 126]); // ! " ' ) * , . : ; ? _ ~
/** Where, in an address's path, the trailing punctuation may start. */
const MAY_TRAIL = new Set([...TRAILING, 38, 60, 93]); // & < ]

/** Whether the punctuation from `i` runs to the end of the address: a space, "<" or the end of the text. */
function trailsOff(text: string, i: number): boolean {
  for (;;) {
    const c = text.charCodeAt(i);
    if (TRAILING.has(c)) i++;
    else if (c === 38) {
      // "&" is trailing only as a whole character reference, "&amp;".
      let j = i + 1;
      while (isAsciiAlpha(text.charCodeAt(j))) j++;
      if (j === i + 1 || text.charCodeAt(j) !== 59) return false;
      i = j + 1;
    } else if (c === 93) {
      // "]" ends the address when a link's "(" or "[" could follow it.
      const next = text.charCodeAt(++i);
      if (isEnd(next) || next === 40 || next === 91) return true;
    } else return c === 60 || isEnd(c);
  }
}

/** The end of a host name starting at `i`, or -1 when it is none (empty, or "_" in its last two labels). */
function domainEnd(text: string, i: number): number {
  let seen = false;
  let underscoreInLast = false;
  let underscoreBeforeLast = false;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 95) {
      if (trailsOff(text, i)) break;
      if (c === 95) underscoreInLast = true;
      else [underscoreBeforeLast, underscoreInLast] = [underscoreInLast, false];
    } else if (isEnd(c) || (c !== 45 && isPunctuation(c))) break;
    else seen = true;
    i++;
  }
  return seen && !underscoreInLast && !underscoreBeforeLast ? i : -1;
}

/** The end of the path, query and fragment from `i`: at a space, with trailing punctuation left off and "(…)" kept whole. */
function pathEnd(text: string, i: number): number {
  let open = 0;
  let closed = 0;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 40) open++;
    else if (c === 41 && closed < open) closed++;
    else if (MAY_TRAIL.has(c)) {
      if (trailsOff(text, i)) return i;
      if (c === 41) closed++;
    } else if (isEnd(c)) return i;
    i++;
  }
}

/** The web address ("https://…", "www.…") starting at `start`, the scheme's or "www." length on. */
function webAt(text: string, start: number, prefix: number): FoundAutolink | undefined {
  const www = prefix === 'www.'.length;
  const previous = text.charCodeAt(start - 1);
  const after = text.charCodeAt(start + prefix);
  if (www) {
    if (start > 0 && !BEFORE_WWW.has(previous)) return undefined;
    if (Number.isNaN(after)) return undefined;
  } else if (isAsciiAlpha(previous) || isEnd(after) || after < 32 || after === 127 || isPunctuation(after))
    return undefined;
  const domain = domainEnd(text, www ? start : start + prefix);
  if (domain < 0) return undefined;
  const end = pathEnd(text, domain);
  const value = text.slice(start, end);
  return { start, end, url: www ? `http://${value}` : value };
}

/** The e-mail address from `start`, the start of the word before its "@" at `at`, if it is one. */
function emailAt(text: string, start: number, at: number): FoundAutolink | undefined {
  // Not after "/", where it would be part of a path.
  if (start === at || text.charCodeAt(start - 1) === 47) return undefined;
  let end = at + 1;
  let dot = false;
  let label = false;
  for (;;) {
    const c = text.charCodeAt(end);
    // A dot belongs to the domain only when a letter or digit follows it ("clerk@x.gov.uk.").
    if (c === 46 && isAsciiAlphanumeric(text.charCodeAt(end + 1))) dot = true;
    else if (c === 45 || c === 95 || isAsciiAlphanumeric(c)) label = true;
    else break;
    end++;
  }
  if (!dot || !label || !isAsciiAlpha(text.charCodeAt(end - 1))) return undefined;
  return { start, end, url: `mailto:${text.slice(start, end)}` };
}

/** The addresses GFM's syntax finds in `text`, in order. */
function syntaxAutolinks(text: string): FoundAutolink[] {
  // Where an address could start; an e-mail address is tried before a web one at the same place, as GFM does.
  const starts: { start: number; at?: number; prefix?: number }[] = [];
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && isAtext(text.charCodeAt(start - 1))) start--;
    starts.push({ start, at });
  }
  for (const match of text.matchAll(WEB)) starts.push({ start: match.index, prefix: match[0].length });
  starts.sort((a, b) => a.start - b.start || (a.at === undefined ? 1 : 0) - (b.at === undefined ? 1 : 0));

  const found: FoundAutolink[] = [];
  let from = 0;
  for (const { start, at, prefix } of starts) {
    if (start < from) continue;
    const link = at === undefined ? webAt(text, start, prefix!) : emailAt(text, start, at);
    if (link) {
      found.push(link);
      from = link.end;
    }
  }
  return found;
}

/**
 * The addresses in `text`, in order, none inside another.
 * Example: findAutolinks('see https://x.gov.uk/a.') → [{ start: 4, end: 22, url: 'https://x.gov.uk/a' }].
 */
export function findAutolinks(text: string): FoundAutolink[] {
  if (!HINT.test(text)) return [];
  const found: FoundAutolink[] = [];
  let from = 0;
  for (const link of [...syntaxAutolinks(text), undefined]) {
    const to = link ? link.start : text.length;
    if (to > from) found.push(...fallbackAutolinks(text, from, to));
    if (link) found.push(link);
    from = link ? link.end : to;
  }
  return found;
}
