/**
 * What the Markdown parser cannot read in reasonable time or stack, found before it is
 * asked to: quotes and lists nested too deep, paragraphs thick with the characters that
 * mark emphasis and links (micromark's work grows with their square), underlined headings
 * and list items by the thousand, and huge tables.
 * The figures behind each limit are in docs/performance.md.
 */
import { withCommas } from '../text/counts.ts';

/** Quotes and lists inside each other deeper than this are refused: no minutes need it, and the parser slows with the square of the depth. */
export const MAX_NESTING = 40;
/** Characters of one item: 10 MB of minutes render in about 20 seconds. */
export const MAX_ITEM_CHARS = 16_000_000;
/** Of * _ ~ ` [ ] in one paragraph; a paragraph of 2,000 unmatched ones takes about a second. */
const MAX_MARKS = 2_000;
/** The sum over paragraphs of their marks squared: a few seconds of reading at worst. */
const MARKS_BUDGET = 50_000_000;
/** Headings underlined with a line of "=" or "-": micromark's work grows with their square (1,000 take half a second). */
const MAX_UNDERLINED = 1_000;
const UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
/** List items in one item: turning a list into HTML takes time growing with its length squared (40,000 take 8 s). */
const MAX_LIST_ITEMS = 10_000;
const MAX_COLUMNS = 1_000;
const MAX_TABLE_ROWS = 20_000;
const MARKS = /[*_~`[\]]/g;

/** A limit the minutes go past: the line of `markdown` where, and what to say. */
export interface LimitProblem {
  line: number;
  message: string;
  advice: string;
}

/**
 * The first limit `markdown` goes past, or undefined.
 * Example: markdownLimit('> '.repeat(50) + 'text')?.message starts 'The minutes are nested 50 levels deep here'.
 */
export function markdownLimit(markdown: string): LimitProblem | undefined {
  if (markdown.length > MAX_ITEM_CHARS)
    return {
      line: 1,
      message: `The minutes are ${megabytes(markdown.length)} long; Minuted reads up to ${megabytes(MAX_ITEM_CHARS)} in one item.`,
      advice: 'split them into one file per agenda item, or publish long appendices as supporting documents.',
    };
  const lines = markdown.split('\n');
  const depths = new ContainerDepth();
  let marks = { line: 0, count: 0 };
  let spent = 0;
  let tableRows = 0;
  let underlined = 0;
  let listItems = 0;
  const paragraphEnds = (): LimitProblem | undefined => {
    spent += marks.count ** 2;
    if (marks.count > MAX_MARKS)
      return {
        line: marks.line,
        message: `The paragraph starting on this line has ${withCommas(marks.count)} of the characters * _ ~ \` [ ] that mark bold, italics, code and links; Minuted reads up to ${withCommas(MAX_MARKS)} in one paragraph.`,
        advice:
          'break it into shorter paragraphs with blank lines, or delete the stray characters (pasting formatted text can bring them in).',
      };
    if (spent > MARKS_BUDGET)
      return {
        line: marks.line,
        message:
          'The paragraphs up to this one hold so many of the characters * _ ~ ` [ ] that mark bold, italics, code and links that reading them would take minutes.',
        advice:
          'delete the stray characters (pasting formatted text can bring them in), or split the item into several.',
      };
    return undefined;
  };
  for (const [i, text] of lines.entries()) {
    const line = i + 1;
    const { depth, opened, items } = depths.next(text);
    if (depth > MAX_NESTING)
      return {
        line,
        message: `The minutes are nested ${depth} levels deep here (quotes or lists inside each other); Minuted reads up to ${MAX_NESTING}.`,
        advice:
          'remove the extra ">", list markers or indentation at the start of the line; minutes never need that many levels.',
      };
    listItems += items;
    if (listItems > MAX_LIST_ITEMS)
      return {
        line,
        message: `The minutes have more than ${withCommas(MAX_LIST_ITEMS)} list items by this line; Minuted reads up to ${withCommas(MAX_LIST_ITEMS)} in one item.`,
        advice: 'publish a list that long as a supporting document and link to it, or split the item into several.',
      };
    if (UNDERLINE.test(text) && (lines[i - 1] ?? '').trim() !== '' && ++underlined > MAX_UNDERLINED)
      return {
        line,
        message: `The minutes have more than ${withCommas(MAX_UNDERLINED)} headings underlined with a line of "=" or "-" by this line; Minuted reads up to ${withCommas(MAX_UNDERLINED)} in one item.`,
        advice:
          'if these lines are separators rather than underlines, put a blank line above each (or delete them); otherwise split the item into several.',
      };
    const pipes = text.split('|').length - 1;
    if (pipes > MAX_COLUMNS)
      return {
        line,
        message: `This line has ${withCommas(pipes)} "|" characters, so it would be a table row of as many columns; Minuted reads up to ${withCommas(MAX_COLUMNS)}.`,
        advice: 'if it is not a table, write each "|" as "\\|"; if it is, publish the table as a supporting document.',
      };
    if (pipes > 0 && ++tableRows > MAX_TABLE_ROWS)
      return {
        line,
        message: `The minutes have more than ${withCommas(MAX_TABLE_ROWS)} table rows by this line; Minuted reads up to ${withCommas(MAX_TABLE_ROWS)} in one item.`,
        advice: 'publish the table as a supporting document and link to it, or split the item into several.',
      };
    // A paragraph ends at a blank line, and a new one starts with a list item, quote, heading or table row.
    if (text.trim() === '' || opened || pipes > 0 || /^\s{0,3}#/.test(text)) {
      const over = paragraphEnds();
      if (over) return over;
      marks = { line: text.trim() === '' ? line + 1 : line, count: 0 };
    }
    marks.count += text.match(MARKS)?.length ?? 0;
  }
  return paragraphEnds();
}

const megabytes = (chars: number) => `${(chars / 1_000_000).toFixed(1)} MB`;

/**
 * How deep each line is nested, following CommonMark's block quotes and list items: a
 * line continues an open list item when indented to its content (tabs stopping every
 * four columns), and a line of text that continues none is a lazy continuation.
 */
class ContainerDepth {
  /** Each open container: a quote, or a list item with the columns its content is indented by. */
  private open: ({ quote: true } | { quote: false; width: number })[] = [];
  private lastWasText = false;

  /** How deep `text` is nested, whether it opens a quote or list item, and how many list items it opens. */
  next(text: string): { depth: number; opened: boolean; items: number } {
    const at = { pos: 0, col: 0 };
    const blank = text.trim() === '';
    let matched = 0;
    for (const container of this.open) {
      const indent = whitespace(text, at);
      if (container.quote) {
        if (indent.cols > 3 || text[indent.pos] !== '>') break;
        Object.assign(at, { pos: indent.pos + 1, col: indent.col + 1 });
        if (/[ \t]/.test(text[at.pos] ?? '')) Object.assign(at, advance(text, at, 1));
      } else if (!blank) {
        if (indent.cols < container.width) break;
        Object.assign(at, advance(text, at, container.width));
      }
      matched++;
    }
    const opened = this.opening(text, at);
    // A line of text under a paragraph continues it, keeping its containers open.
    const lazy = !blank && opened.length === 0 && matched < this.open.length && this.lastWasText;
    if (!lazy) this.open = [...this.open.slice(0, matched), ...opened];
    this.lastWasText = !blank;
    return {
      depth: this.open.length,
      opened: opened.length > 0,
      items: opened.filter((container) => !container.quote).length,
    };
  }

  /** The quotes and list items `text` opens from `at`. */
  private opening(text: string, at: { pos: number; col: number }) {
    const opened: typeof this.open = [];
    for (;;) {
      const indent = whitespace(text, at);
      if (indent.cols > 3) break;
      if (text[indent.pos] === '>') {
        Object.assign(at, { pos: indent.pos + 1, col: indent.col + 1 });
        if (/[ \t]/.test(text[at.pos] ?? '')) Object.assign(at, advance(text, at, 1));
        opened.push({ quote: true });
        continue;
      }
      const marker = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/.exec(text.slice(indent.pos, indent.pos + 11))?.[0];
      if (!marker) break;
      const after = whitespace(text, { pos: indent.pos + marker.length, col: indent.col + marker.length });
      const gap = after.cols >= 1 && after.cols <= 4 ? after.cols : 1;
      opened.push({ quote: false, width: indent.cols + marker.length + gap });
      Object.assign(
        at,
        after.cols <= 4
          ? after
          : advance(text, { pos: indent.pos + marker.length, col: indent.col + marker.length }, 1),
      );
    }
    return opened;
  }
}

/** The spaces and tabs at `at`: how many columns they fill, and where they end. */
function whitespace(text: string, at: { pos: number; col: number }) {
  let { pos, col } = at;
  while (text[pos] === ' ' || text[pos] === '\t') col = text[pos++] === '\t' ? col + 4 - (col % 4) : col + 1;
  return { pos, col, cols: col - at.col };
}

/** `at` moved on by `cols` columns of spaces and tabs (a tab counts as far as its stop). */
function advance(text: string, at: { pos: number; col: number }, cols: number) {
  let { pos, col } = at;
  while (col - at.col < cols && (text[pos] === ' ' || text[pos] === '\t'))
    col = text[pos++] === '\t' ? col + 4 - (col % 4) : col + 1;
  return { pos, col };
}
