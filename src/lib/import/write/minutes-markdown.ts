/**
 * Minutes lines to clean Markdown: paragraphs, bullets and numbered lists (nested), so
 * the site's own recogniser finds the resolutions in them.
 *
 * ModernGov writes each paragraph on one line, bullets as "·" and a run of spaces, and
 * indents resolutions; indentation is never kept (four spaces would make a code block).
 */
import { escapeMarkdown } from './markdown-escape.ts';

const isBlank = (line: string) => line.trim() === '';

/** How a list line is numbered: "·" bullets, "1)" and "1." numbers, "(a)", "a)", "(i)", "i." … */
type MarkerKind =
  'bullet' | 'decimal)' | 'decimal.' | '(alpha)' | 'alpha)' | 'alpha.' | '(roman)' | 'roman)' | 'roman.' | '(decimal)';

interface Marker {
  kind: MarkerKind;
  /** The marker as written, kept in the text for kinds Markdown cannot number ("(a)"). */
  written: string;
  value: string;
  text: string;
}

interface ListItem {
  marker: Marker;
  paragraphs: string[];
  /** Lists nested in this item. */
  lists: ListItem[][];
}

const BULLET = /^(?:[·•▪◦§\uf0b7\uf0a7-]|o(?=\s{2}))\s*(.*)$/;
const DECIMAL = /^(\d{1,3})([.)])(?:\s+(.*))?$/;
const PARENTHESISED = /^\((\d{1,3}|[a-z]{1,4})\)(?:\s+(.*))?$/;
const LETTERED = /^([a-z]|[ivx]{1,5})([.)])(?:\s+(.*))?$/;
const ROMAN = /^(?:i{1,3}|iv|v|vi{1,3}|ix|x|xi{1,3})$/;

/**
 * True when "i", "v", "x"… numbers a roman list rather than letters one: not after the
 * letter before it ("(h)" then "(i)"), and "v" or "x" only once a roman list is open.
 */
function isRoman(value: string, family: string, previous: ReadonlyMap<string, string>): boolean {
  const letterBefore = previous.get(`alpha:${family}`);
  if (letterBefore !== undefined && value.length === 1 && letterBefore.charCodeAt(0) + 1 === value.charCodeAt(0))
    return false;
  if (!ROMAN.test(value)) return false;
  return value.length > 1 || value === 'i' || previous.has(`roman:${family}`);
}

/** The list marker a line starts with, if any; `previous` holds the last letter and numeral of each open kind. */
function markerOf(line: string, previous: ReadonlyMap<string, string>): Marker | undefined {
  let match = BULLET.exec(line);
  if (match && (line[0] !== '-' || /^-\s/.test(line)))
    return { kind: 'bullet', written: line[0], value: line[0], text: match[1] };
  match = DECIMAL.exec(line);
  if (match)
    return {
      kind: `decimal${match[2]}` as MarkerKind,
      written: `${match[1]}${match[2]}`,
      value: match[1],
      text: match[3] ?? '',
    };
  match = PARENTHESISED.exec(line);
  if (match) {
    const kind = /\d/.test(match[1])
      ? '(decimal)'
      : isRoman(match[1], 'paren', previous)
        ? '(roman)'
        : match[1].length === 1
          ? '(alpha)'
          : undefined;
    if (kind) return { kind, written: `(${match[1]})`, value: match[1], text: match[2] ?? '' };
  }
  match = LETTERED.exec(line);
  if (match) {
    const kind = `${isRoman(match[1], match[2], previous) ? 'roman' : 'alpha'}${match[2]}` as MarkerKind;
    if (kind.startsWith('roman') || match[1].length === 1)
      return { kind, written: `${match[1]}${match[2]}`, value: match[1], text: match[3] ?? '' };
  }
  return undefined;
}

const familyOf = (kind: MarkerKind) => (kind.startsWith('(') ? 'paren' : kind.slice(-1));

/** The Markdown marker of an item: Markdown numbers "1)" and "1." lists itself; other markers stay in the text. */
function markdownMarker(marker: Marker): string {
  return marker.kind === 'decimal)' || marker.kind === 'decimal.' ? marker.written : '-';
}

function itemText(marker: Marker): string {
  const text = escapeMarkdown(marker.text);
  const numberedByMarkdown = marker.kind === 'bullet' || marker.kind === 'decimal)' || marker.kind === 'decimal.';
  return numberedByMarkdown ? text : `${escapeMarkdown(marker.written)} ${text}`.trim();
}

/**
 * A numbered line starts a list only when a later line of the list goes on counting
 * ("1)" … "2)", other list lines between), or when a list of its kind is open: a sentence
 * that happens to start "1." stays a sentence.
 */
function opensOrContinues(
  marker: Marker | undefined,
  texts: readonly string[],
  from: number,
  open: readonly { kind: MarkerKind }[],
): boolean {
  if (!marker) return false;
  if (!marker.kind.startsWith('decimal') || open.some((list) => list.kind === marker.kind)) return true;
  for (const line of texts.slice(from, from + 50)) {
    const text = line.trim();
    const numbered = DECIMAL.exec(text);
    if (numbered && `decimal${numbered[2]}` === marker.kind) return Number(numbered[1]) === Number(marker.value) + 1;
    if (!numbered && !BULLET.test(text) && !PARENTHESISED.test(text) && !LETTERED.test(text) && !/^\s{2}/.test(line))
      return false;
  }
  return false;
}

type Block = { type: 'paragraph'; text: string } | { type: 'list'; items: ListItem[] };

/**
 * The minutes as Markdown: one paragraph per line of text, list lines as (nested) lists.
 * Example: minutesToMarkdown(['AGREED:', '1)   that the Committee note the report;']) === 'AGREED:\n\n1) that the Committee note the report;\n'.
 */
export function minutesToMarkdown(lines: readonly string[]): string {
  const blocks: Block[] = [];
  // Open lists, outermost first, with the indentation their lines had.
  const open: { kind: MarkerKind; indent: number; items: ListItem[] }[] = [];
  const previous = new Map<string, string>();
  const texts = joinLoneMarkers(lines);
  texts.forEach((raw, i) => {
    const indent = raw.length - raw.trimStart().length;
    const line = raw.trim();
    const found = markerOf(line, previous);
    const marker = opensOrContinues(found, texts, i + 1, open) ? found : undefined;
    if (!marker) {
      // An indented line right after a list item continues that item.
      const item = open.at(-1)?.items.at(-1);
      if (item && indent >= 2) item.paragraphs.push(escapeMarkdown(line));
      else {
        open.length = 0;
        previous.clear();
        blocks.push({ type: 'paragraph', text: escapeMarkdown(line) });
      }
      return;
    }
    // Less indented than the open list: back out to the list it belongs to.
    while (open.length > 1 && indent < open.at(-1)!.indent) open.pop();
    const deeper = open.length > 0 && indent >= open.at(-1)!.indent + 2;
    const same = deeper ? -1 : open.findLastIndex((list) => list.kind === marker.kind);
    if (same >= 0) open.length = same + 1;
    else {
      const list = { kind: marker.kind, indent, items: [] as ListItem[] };
      const parent = open.at(-1)?.items.at(-1);
      if (parent) parent.lists.push(list.items);
      else blocks.push({ type: 'list', items: list.items });
      open.push(list);
    }
    if (/alpha|roman/.test(marker.kind))
      previous.set(`${marker.kind.includes('roman') ? 'roman' : 'alpha'}:${familyOf(marker.kind)}`, marker.value);
    open.at(-1)!.items.push({ marker, paragraphs: [itemText(marker)], lists: [] });
  });
  return (
    blocks.map((block) => (block.type === 'paragraph' ? block.text : writeList(block.items, ''))).join('\n\n') + '\n'
  );
}

/** A list as Markdown, its lines prefixed by `indent`; items apart by a blank line, as the sample writes them. */
function writeList(items: readonly ListItem[], indent: string): string {
  return items
    .map((item) => {
      const marker = markdownMarker(item.marker);
      const inner = indent + ' '.repeat(marker.length + 1);
      const [first, ...more] = item.paragraphs;
      return [
        `${indent}${marker} ${first}`.trimEnd(),
        ...more.map((p) => inner + p),
        ...item.lists.map((list) => writeList(list, inner)),
      ].join('\n\n');
    })
    .join('\n\n');
}

/** Non-blank lines, a marker alone on its line ("·", "1)") joined to the text after it. */
function joinLoneMarkers(lines: readonly string[]): string[] {
  const texts = lines.filter((line) => !isBlank(line));
  const joined: string[] = [];
  for (let i = 0; i < texts.length; i++) {
    const lone = /^\s*(?:[·•▪◦§\uf0b7\uf0a7]|\(?(?:\d{1,3}|[a-z]{1,4})[.)])$/.test(texts[i]);
    if (lone && i + 1 < texts.length) {
      joined.push(`${texts[i]} ${texts[i + 1].trim()}`);
      i += 1;
    } else joined.push(texts[i]);
  }
  return joined;
}
