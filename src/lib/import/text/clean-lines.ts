/**
 * A page's text as lines, with what is certainly not minutes taken out and counted:
 * website furniture, the footer, page numbers, running headers and footers of printed
 * documents, and document links' file sizes. Anything else is kept.
 */
import type { LeftOut, LeftOutReason, SourceLine } from './left-out.ts';

/** Whole lines that page templates, committee systems and document sites add; never minutes. */
const FURNITURE = [
  /^skip (?:navigation and tools|navigation|to (?:main )?content|to main navigation)$/i,
  /^(?:print (?:this )?page|back to top|share this page|email this page|rss|view directions|media|webcast|occurred|page contents|you are in meetings)$/i,
  // ModernGov's column headings over a meeting's items, in English and Welsh.
  /^(?:items|no\.?|item|no\.? item|item number item\/description|rhif(?: eitem)?|eitemau|rhif \| eitem \| \|)$/i,
  // CMIS's tabs: "• Documents", "• Attendance"…
  /^[•·]\s*(?:documents|attendance|visitors|declarations of interests?|webcast|members attending|others attending|meetings|members|other information)$/i,
  // The alt text of ModernGov's bullet image before each supporting document.
  /^dot$/,
  // Links to the rest of a shortened text, and the webcast.
  /^\.{3}\s*view the full (?:minutes|agenda|decision) text for item [\w.]+\.?$/i,
  /^gweddarllediad:.*$/i,
  // Google Translate's pop-up, saved with the page text.
  /^(?:original text:?|rate this translation|contribute a better translation|your feedback will be used to help improve google translate)$/i,
  // Document sites' furniture around re-hosted minutes.
  /^total pages?\s*:\s*\d+$/i,
  /^(?:similar documents|download(?: pdf)?|report this document|embed)$/i,
];

/** The first line of a council's footer: everything from it to the end is footer. */
const FOOTER_START =
  /^(?:©|\(c\)\s*(?:\d{4}|copyright)|copyright\b|contact us$|terms (?:and|&) conditions$|privacy(?: notice| policy)?$|cookies?(?: policy| settings)?$|accessibility(?: statement)?$|site ?map$|powered by\b|follow us\b)/i;
/** A short line ending in a postcode: the council's address in the footer. */
const ADDRESS = /^.{0,120}\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\.?$/;
/** Labels after which a page holds no more minutes, only documents and footer. */
const LAST_SECTIONS = /^(?:supporting documents|accompanying documents|background papers|documents):?$/i;

/** "Page 3 of 12", "Page 3", "- 3 -", "3": a page number on a line of its own. */
const PAGE_NUMBER_LINE = /^(?:page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|-\s*\d{1,4}\s*-|\d{1,4})$/i;
/** "Page 3 of 12" inside a line: printed minutes flattened into one line by a document site. */
const PAGE_NUMBER_IN_LINE = /\s*\bPage\s+\d{1,4}\s+of\s+\d{1,4}\b\s*/g;
/** ModernGov's "pdf icon PDF 92 KB" (in Welsh "pdf eicon") after a document's or item's title. */
const FILE_SIZE = /\s*(?:pdf e?icon\s+)?\b(?:PDF|DOCX?|XLSX?|PPTX?|HTML?)\s+\d+(?:\.\d+)?\s*[KM]B\b/g;

/**
 * A line as compared and parsed: non-breaking and other wide spaces and tabs as spaces,
 * no trailing space.
 * Example: normaliseLine('·\u00a0\u00a0 text\u00a0') === '·   text'.
 */
export function normaliseLine(line: string): string {
  return line.replace(/[\u00a0\t\u2007\u202f\u2002\u2003\u2009]/g, ' ').replace(/\s+$/, '');
}

/**
 * The page's lines without furniture, footer and page furniture, and what was left out.
 * Form feeds (`\f`, as the PDF reader writes between pages) mark pages, whose repeated
 * top and bottom lines are running headers and footers.
 * Example: cleanLines('Agenda item\nMedia\nTitle').lines.map((l) => l.text) → ['Agenda item', 'Title'].
 */
export function cleanLines(text: string): { lines: SourceLine[]; leftOut: LeftOut[] } {
  const leftOut: LeftOut[] = [];
  const drop = (line: SourceLine, reason: LeftOutReason) => leftOut.push({ at: line.at, text: line.text, reason });
  // Pages are found before lines are normalised: a form feed is white space to normaliseLine.
  const pages = splitPages(text.split('\n').map((raw, i) => ({ at: i + 1, text: raw }))).map((page) =>
    page.map((line) => ({ at: line.at, text: normaliseLine(line.text) })),
  );
  const running = runningLines(pages);

  let lines: SourceLine[] = [];
  for (const page of pages) {
    page.forEach((line, i) => {
      const trimmed = line.text.trim();
      const edge = i < 3 || i >= page.length - 3;
      if (FURNITURE.some((re) => re.test(trimmed))) drop(line, 'furniture');
      else if (pages.length > 1 && edge && PAGE_NUMBER_LINE.test(trimmed)) drop(line, 'pageNumber');
      else if (/^page\s+\d{1,4}\s+of\s+\d{1,4}$/i.test(trimmed)) drop(line, 'pageNumber');
      else if (edge && running.has(pattern(trimmed))) drop(line, 'runningHeader');
      else lines.push(line);
    });
  }
  lines = lines.map((line) =>
    withoutPieces(withoutPieces(line, PAGE_NUMBER_IN_LINE, 'pageNumber', leftOut), FILE_SIZE, 'fileSize', leftOut),
  );
  const footer = footerStart(lines);
  for (const line of lines.slice(footer)) if (line.text.trim()) drop(line, 'footer');
  return { lines: lines.slice(0, footer), leftOut };
}

/** Lines split into pages at form feeds; text without form feeds is one page. */
function splitPages(lines: readonly SourceLine[]): SourceLine[][] {
  const pages: SourceLine[][] = [[]];
  for (const line of lines) {
    if (line.text.includes('\f')) {
      const [before, ...after] = line.text.split('\f');
      if (before.trim()) pages.at(-1)!.push({ at: line.at, text: before });
      for (const part of after) pages.push(part.trim() ? [{ at: line.at, text: part }] : []);
    } else pages.at(-1)!.push(line);
  }
  return pages.map((page) => trimBlankLines(page));
}

const trimBlankLines = (page: SourceLine[]) => {
  const start = page.findIndex((l) => l.text.trim());
  if (start < 0) return [];
  return page.slice(start, page.findLastIndex((l) => l.text.trim()) + 1);
};

/** A line with its digits made alike, so "Page 2" and "Page 3" are one running line. */
const pattern = (text: string) => text.trim().replace(/\d+/g, '#').toLowerCase();

/** Lines at the top or bottom of every page of a short document, or of half the pages (three or more) of a longer one: running headers and footers. */
function runningLines(pages: readonly SourceLine[][]): Set<string> {
  if (pages.length < 2) return new Set();
  const needed = pages.length <= 3 ? pages.length : Math.max(3, pages.length / 2);
  const seen = new Map<string, number>();
  for (const page of pages) {
    const edges = new Set(
      [...page.slice(0, 3), ...page.slice(-3)].map((l) => pattern(l.text)).filter((p) => p.length > 0),
    );
    for (const p of edges) seen.set(p, (seen.get(p) ?? 0) + 1);
  }
  return new Set([...seen].filter(([, n]) => n >= needed).map(([p]) => p));
}

/** The line without the pieces `re` matches, each recorded as left out. */
function withoutPieces(line: SourceLine, re: RegExp, reason: LeftOutReason, leftOut: LeftOut[]): SourceLine {
  if (!re.test(line.text)) return line;
  re.lastIndex = 0;
  const text = line.text.replace(re, (piece) => {
    leftOut.push({ at: line.at, text: piece.trim(), reason });
    return ' ';
  });
  return { at: line.at, text: text.replace(/ {2,}$/, '').replace(/\s+$/, '') };
}

/**
 * Where the council's footer starts: a footer line after the last section label
 * ("Supporting documents:"), or after the whole page when it has none.
 */
function footerStart(lines: readonly SourceLine[]): number {
  const lastSection = lines.findLastIndex((line) => LAST_SECTIONS.test(line.text.trim()));
  const from = Math.max(0, lastSection);
  const footer = lines.findIndex(
    (line, i) =>
      i > from && (FOOTER_START.test(line.text.trim()) || (lastSection >= 0 && ADDRESS.test(line.text.trim()))),
  );
  return footer < 0 ? lines.length : footer;
}
