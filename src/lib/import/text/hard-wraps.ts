/**
 * Lines of documents as they really are: a sentence hard-wrapped over several lines (a
 * PDF's text, an e-mailed copy) joined back into one paragraph, and a word hyphenated
 * at a line end mended.
 */

/** A line that starts something new: a list marker, a numbered paragraph, a label or a resolution. */
const STARTS_BLOCK =
  /^(?:\d{1,3}[.)]?$|[A-Z]{2,6}\s?\d{1,3}[a-z]?[.:]?$|[·•▪◦§\uf0b7\uf0a7*-]\s|\(?(?:\d{1,3}|[a-z]|[ivx]{1,5})[.)]\s|\d{1,3}(?:\.\d{1,3})+\.?\s|\d{1,3}\.?\s+[A-Z]|[A-Z][\w ]{0,30}:(?:\s|$)|(?:RESOLVED|AGREED|DECIDED|RECOMMENDED|RECOMMENDS|PENDERFYNWYD|Resolved|Agreed|Decided|Penderfynwyd)\b|ACTION\b|\||\p{Lu}{2,}(?:\s+\p{Lu}{2,}){2,})/u;
/** Words a sentence cannot end with: a line ending in one goes on. */
const OPEN_WORD =
  /\b(?:the|a|an|of|to|and|or|in|on|for|with|by|at|from|that|be|is|was|were|as|this|its|their|y|a'r|ac|yn|i|o)$/i;
const ENDS_SENTENCE = /[.!?:;]["'’”)]*$/;

/** The width hard-wrapped lines come to, when most long lines come to about the same; else undefined. */
function wrapWidth(lines: readonly string[]): number | undefined {
  const lengths = lines
    .map((l) => l.trim().length)
    .filter((n) => n >= 20)
    .sort((a, b) => a - b);
  if (lengths.length < 6) return undefined;
  const width = lengths[Math.floor(lengths.length * 0.8)];
  const near = lengths.filter((n) => n >= width * 0.8 && n <= width * 1.1).length;
  return width <= 130 && near >= lengths.length * 0.5 ? width : undefined;
}

/** True when `next` carries on the sentence or paragraph `line` left unfinished. */
function continues(line: string, next: string, width: number | undefined): boolean {
  if (
    STARTS_BLOCK.test(next) ||
    /:-?$/.test(line) ||
    (/\s[–—-]$/.test(line) && !/^\p{Ll}/u.test(next)) ||
    /^[^\p{L}\p{N}]*$/u.test(next)
  )
    return false;
  if (/\p{L}-$/u.test(line) && /^\p{L}/u.test(next)) return true;
  if (ENDS_SENTENCE.test(line)) return width !== undefined && line.length >= width * 0.8 && /^\p{Ll}/u.test(next);
  if (/^\p{Ll}/u.test(next) || OPEN_WORD.test(line) || /,$/.test(line)) return true;
  return width !== undefined && line.length >= width * 0.8;
}

/** A line, and when it was joined from several, the lines it was joined from. */
export type Joined<T> = T & { parts?: T[] };

/**
 * Lines with hard wraps joined (one line a paragraph) and words hyphenated at a line end
 * mended ("recom-" "mendations"; "Vice-" "Chair" keeps its hyphen); a blank line still
 * parts paragraphs, except one that falls inside an unfinished sentence. A joined line
 * keeps the place of its first.
 * Example: joinWrapped([{ at: 1, text: 'That the minutes be' }, { at: 2, text: '' }, { at: 3, text: 'agreed.' }]) → [{ at: 1, text: 'That the minutes be agreed.' }].
 */
export function joinWrapped<T extends { text: string }>(lines: readonly T[]): Joined<T>[] {
  const width = wrapWidth(lines.map((l) => l.text));
  const out: Joined<T>[] = [];
  let blankBefore: T | undefined;
  for (const line of lines) {
    const text = line.text.trim();
    if (!text) {
      blankBefore ??= line;
      continue;
    }
    const last = out.at(-1)?.text.trim();
    const joins =
      last !== undefined &&
      continues(last, text, width) &&
      (!blankBefore || (/^\p{Ll}/u.test(text) && !ENDS_SENTENCE.test(last)));
    if (joins) {
      const hyphenated = /\p{L}-$/u.test(last);
      const joined = hyphenated ? `${/^\p{Ll}/u.test(text) ? last.slice(0, -1) : last}${text}` : `${last} ${text}`;
      const previous = out[out.length - 1];
      out[out.length - 1] = { ...previous, text: joined, parts: [...(previous.parts ?? [previous]), line] };
    } else {
      if (blankBefore && out.length > 0) out.push(blankBefore);
      // Indentation marks nesting in lists: kept on a line that starts one.
      out.push({ ...line, text: line.text.replace(/\s+$/, '') });
    }
    blankBefore = undefined;
  }
  return out;
}

/**
 * joinWrapped for plain lines.
 * Example: joinHardWraps(['Resolved – That the minutes be', '', 'agreed as a correct record.']) → ['Resolved – That the minutes be agreed as a correct record.'].
 */
export const joinHardWraps = (lines: readonly string[]): string[] =>
  joinWrapped(lines.map((text) => ({ text }))).map((l) => l.text);
