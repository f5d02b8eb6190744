/**
 * A PDF's text pieces back into reading order: pieces on one baseline make a line, left to
 * right; lines run top to bottom; a wider gap than the document's usual line spacing is a
 * paragraph break, kept as a blank line so the importer can find paragraphs.
 */

/** One piece of a page's text layer, in page coordinates with y growing downwards. */
export interface TextPiece {
  str: string;
  /** Left end of the piece's baseline. */
  x: number;
  /** The baseline's distance from the top of the page. */
  y: number;
  /** Advance width of the piece along its baseline. */
  width: number;
  /** Font size on the page. */
  size: number;
  /** The PDF reader saw the line end after this piece. */
  hasEOL: boolean;
}

/** A line of a page: its text, baseline and largest font size. */
export interface PageLine {
  text: string;
  y: number;
  size: number;
}

/** Pieces whose baselines differ by less than this share of the font size are one line (superscripts sit about a third of an em up). */
const SAME_LINE = 0.4;
/**
 * A gap between two pieces wider than this share of the font size is a word space. A
 * space in Times is a quarter of an em, so the threshold sits a little below that; letters
 * drawn one by one sit closer than a tenth.
 */
const WORD_GAP = 0.2;
/**
 * A line further below the one above than the usual spacing plus this share of its font
 * size starts a new paragraph. Space between paragraphs is set in points, apart from the
 * line spacing (Word's "6 pt after" is half an em at 12 pt), so it is added, not multiplied;
 * a superscript makes its line at most about a fifth of an em taller.
 */
const PARAGRAPH_GAP = 0.35;

/**
 * A page's pieces as lines, top to bottom, each line's pieces in x order with spaces where
 * the page leaves a gap. Every character of the pieces is kept.
 * Example: pageLines([{ str: 'Apologies', x: 72, y: 100, width: 50, size: 11, hasEOL: false }, { str: 'Minutes', x: 72, y: 80, width: 40, size: 11, hasEOL: true }]).map((l) => l.text) → ['Minutes', 'Apologies'].
 */
export function pageLines(pieces: readonly TextPiece[]): PageLine[] {
  const sorted = pieces.filter((p) => p.str !== '').sort((a, b) => a.y - b.y);
  const groups: TextPiece[][] = [];
  for (const piece of sorted) {
    const group = groups.at(-1);
    const top = group?.[0];
    if (group && top && piece.y - top.y <= SAME_LINE * Math.max(top.size, piece.size)) group.push(piece);
    else groups.push([piece]);
  }
  return groups.map((group) => {
    const inOrder = group.sort((a, b) => a.x - b.x);
    let text = '';
    inOrder.forEach((piece, i) => {
      const before = inOrder[i - 1];
      if (before && needsSpace(before, piece)) text += ' ';
      text += piece.str;
    });
    // The line's baseline is its main text's, not a superscript's above it.
    const size = Math.max(...group.map((p) => p.size));
    const main = group.filter((p) => p.size === size);
    return { text, y: Math.max(...main.map((p) => p.y)), size };
  });
}

function needsSpace(before: TextPiece, after: TextPiece): boolean {
  if (/\s$/.test(before.str) || /^\s/.test(after.str)) return false;
  const gap = after.x - (before.x + before.width);
  // A piece the reader ended a line with, followed on the same baseline (a table's next
  // cell), is a separate word even where the cells touch.
  return before.hasEOL || gap > WORD_GAP * Math.min(before.size, after.size);
}

/**
 * The pages' lines as one text: lines joined by "\n", a blank line at each paragraph
 * break, pages separated by a form feed on a line of its own ("\n\f\n").
 * Example: pagesText([[{ text: 'Minutes', y: 80, size: 11 }, { text: 'of the meeting', y: 93, size: 11 }, { text: 'RESOLVED', y: 120, size: 11 }], [{ text: 'Page 2', y: 800, size: 9 }]]) → 'Minutes\nof the meeting\n\nRESOLVED\n\f\nPage 2'.
 */
export function pagesText(pages: readonly PageLine[][]): string {
  const usual = usualSpacing(pages);
  return pages
    .map((lines) =>
      lines
        .map((line, i) => {
          const above = lines[i - 1];
          const apart = above && usual !== undefined && spacing(above, line) > usual + PARAGRAPH_GAP;
          return apart ? `\n${line.text}` : line.text;
        })
        .join('\n'),
    )
    .join('\n\f\n');
}

/** The distance between two baselines, in font sizes of the lower line (text drawn at size 0 counted as 1 pt). */
function spacing(above: PageLine, line: PageLine): number {
  return (line.y - above.y) / Math.max(line.size, 1);
}

/**
 * The document's usual spacing within a paragraph: a low quantile of the spacings between
 * lines, so that pages of one-line paragraphs (lists, attendance) do not make paragraph
 * spacing look usual. Lines closer than 0.8 of their size overlap (table cells offset by a
 * point or two) and say nothing about line spacing. Undefined with a single line a page.
 */
function usualSpacing(pages: readonly PageLine[][]): number | undefined {
  const spacings = pages
    .flatMap((lines) => lines.slice(1).map((line, i) => spacing(lines[i], line)))
    .filter((s) => s >= 0.8)
    .sort((a, b) => a - b);
  return spacings.length ? spacings[Math.floor(spacings.length / 4)] : undefined;
}
