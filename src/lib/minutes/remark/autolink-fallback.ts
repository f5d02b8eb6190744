/**
 * The second look GFM takes for addresses (mdast-util-gfm-autolink-literal's transform),
 * at the text its syntax left: "www." after punctuation its syntax does not allow there
 * ("Web:www.x.gov.uk", "'www.x.gov.uk'"), or an e-mail address after "/". Its own rules for
 * where an address ends are kept, so minutes link what they linked when GFM found them.
 */
import { type FoundAutolink, isPunctuation, isWhitespace } from './autolink-text.ts';

const WEB = /(?<![\da-z])(https?:\/\/|www(?=\.))([\w-]*\.[\w\-.]*)([^\t\n\r ]*)/gi;
const EMAIL = /(?<![\w+\-.]|(?:^|[^\d@A-Za-z])(?:mailto|xmpp):)([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g;

/** Whether a host name's last two labels are words without "_". */
function isCorrectDomain(domain: string): boolean {
  const labels = domain.split('.');
  const bad = (label: string | undefined) => !!label && (label.includes('_') || !/[\dA-Za-z]/.test(label));
  return labels.length >= 2 && !bad(labels.at(-1)) && !bad(labels.at(-2));
}

/** The length of an address with its trailing punctuation off, but a ")" closing a "(" in it kept. */
function withoutTrail(url: string): number {
  let end = url.length;
  while (end > 0 && `!"&'),.:;<>?]}`.includes(url[end - 1])) end--;
  let open = 0;
  let closed = 0;
  for (let i = 0; i < end; i++)
    if (url[i] === '(') open++;
    else if (url[i] === ')') closed++;
  for (let i = end; i < url.length && open > closed; i++) if (url[i] === ')') [end, closed] = [i + 1, closed + 1];
  return end;
}

/** The web addresses in `text`, as GFM's transform finds them. */
function webAddresses(text: string, base: number): FoundAutolink[] {
  const found: FoundAutolink[] = [];
  for (let match = WEB.exec(text); match; match = WEB.exec(text)) {
    const previous = text.charCodeAt(match.index - 1);
    const www = /^w/i.test(match[1]);
    const scheme = www ? '' : match[1];
    const domain = www ? match[1] + match[2] : match[2];
    if (
      (match.index > 0 && !isWhitespace(previous) && !isPunctuation(previous)) ||
      isPunctuation(domain.charCodeAt(0)) ||
      !isCorrectDomain(domain)
    ) {
      // Not an address after all: look again from the next character.
      WEB.lastIndex = match.index + 1;
      continue;
    }
    const url = scheme + (domain + match[3]).slice(0, withoutTrail(domain + match[3]));
    const start = base + match.index;
    found.push({ start, end: start + url.length, url: www ? `http://${url}` : url });
  }
  return found;
}

/** The e-mail addresses in `text`, as GFM's transform finds them. */
function emailAddresses(text: string, base: number): FoundAutolink[] {
  const found: FoundAutolink[] = [];
  for (let match = EMAIL.exec(text); match; match = EMAIL.exec(text)) {
    if (/[\d\-_]$/.test(match[2])) EMAIL.lastIndex = match.index + 1;
    else
      found.push({ start: base + match.index, end: base + match.index + match[0].length, url: `mailto:${match[0]}` });
  }
  return found;
}

/**
 * The addresses GFM's transform finds in `text` from `from` to `to`: web addresses first,
 * then e-mail addresses in the text between them.
 */
export function fallbackAutolinks(text: string, from: number, to: number): FoundAutolink[] {
  const found: FoundAutolink[] = [];
  let at = from;
  for (const link of [...webAddresses(text.slice(from, to), from), undefined]) {
    const end = link ? link.start : to;
    if (end > at) found.push(...emailAddresses(text.slice(at, end), at));
    if (link) found.push(link);
    at = link ? link.end : end;
  }
  return found;
}
