/**
 * Printed minutes made from the text of real minutes (tests/fixtures/minutes-corpus): a corpus
 * page as blocks (a title, numbered item headings, paragraphs numbered under them), a
 * whole meeting's minute book with the title block councils print, and a Word document of
 * either. Chromium prints the same blocks as a PDF in tests/browser/print-pdf.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';
import { MINUTES_CORPUS as CORPUS } from './fixtures.ts';

/** A corpus page's lines: after its source line and a blank, without blank (or non-breaking space) lines. */
export function corpusLines(file: string): string[] {
  return readFileSync(join(CORPUS, file), 'utf8')
    .split('\n')
    .slice(2)
    .filter((line) => line.replace(/\u00a0/g, '').trim());
}

/** What corpus.jsonl says of a page: its council, its labelled date ("" when it shows none), whether the excerpt is cut off, the lines that record decisions. */
export function corpusEntry(file: string): {
  council: string;
  date: string;
  truncated: 'yes' | 'no';
  resolutions: string[];
} {
  const entry = readFileSync(join(CORPUS, 'corpus.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
    .find((e) => e.file === file);
  if (!entry) throw new Error(`${file} is not in corpus.jsonl`);
  return entry;
}

/** One paragraph of printed minutes. */
export interface Block {
  /** The document's title; an item's heading; a paragraph numbered under its item; a lettered one, "(a) …", indented under it; a label ("Minutes:"); any other paragraph. */
  kind: 'title' | 'item' | 'numbered' | 'lettered' | 'label' | 'plain';
  text: string;
  /** The number printed before it, "27." or "27.1": typed into HTML, drawn by Word's numbering. */
  number?: string;
}

/** A block as the reader sees it printed. */
export const printed = (block: Block) => (block.number ? `${block.number} ${block.text}` : block.text);

/** A ModernGov meeting page's items: "27." then the title, then its lines. */
interface PageItem {
  number: string;
  title: string;
  lines: string[];
}

/** The page's lines before its first item, and its items; its web furniture (menu words, "view the full minutes text" links) left out. */
function corpusPage(file: string): { front: string[]; items: PageItem[] } {
  const furniture = /^(Agenda and (draft )?minutes|Media|Items|No\. Item)$|view the full (minutes|agenda) text/;
  const lines = corpusLines(file).filter((l) => !furniture.test(l));
  const front: string[] = [];
  const items: PageItem[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (/^\d+\.$/.test(lines[i]))
      items.push({
        number: lines[i].slice(0, -1),
        title: lines[++i].replace(/ pdf icon PDF [\d.]+ KB$/, ''),
        lines: [],
      });
    else (items.at(-1)?.lines ?? front).push(lines[i]);
  }
  return { front, items };
}

/**
 * Items as numbered headings ("27. Apologies") and their lines as paragraphs numbered
 * under them ("27.1 …"), but for "Minutes:" labels and, when `lettered` is given, lines
 * that a letter already marks.
 */
function itemBlocks(items: readonly PageItem[], lettered?: RegExp): Block[] {
  return items.flatMap((item) => {
    let paragraph = 0;
    const block = (text: string): Block => {
      if (text === 'Minutes:') return { kind: 'label', text };
      if (lettered?.test(text)) return { kind: 'lettered', text };
      return { kind: 'numbered', text, number: `${item.number}.${++paragraph}` };
    };
    return [{ kind: 'item' as const, text: item.title, number: `${item.number}.` }, ...item.lines.map(block)];
  });
}

/**
 * A whole ModernGov meeting page as printed minutes, every line of it: its lines before
 * the first item (the first its title), then its items, "Minutes:" between an item's
 * agenda text and its minutes unnumbered.
 */
export function pageBlocks(file: string): Block[] {
  const { front, items } = corpusPage(file);
  return [...front.map((text, i): Block => ({ kind: i === 0 ? 'title' : 'plain', text })), ...itemBlocks(items)];
}

/** What the minutes of one meeting say of it, as its corpus page gives them: the names are the page's own. */
export interface Meeting {
  file: string;
  /** The body's name, as its title block prints it (and as content/bodies names it). */
  body: string;
  /** Start time, 24-hour. The date is the page's, from corpus.jsonl. */
  time: string;
  venue: string;
  /** How the minutes lead into the venue: "in the" Council Chamber, "as a" Virtual Meeting. */
  venueAs: string;
  /** Members the page says attended (welcomed, took the chair, attended as a substitute). */
  present: string[];
  /** Officers and guests the page says attended: not members. */
  inAttendance?: string[];
  apologies: string[];
}

export const meetingDate = (meeting: Meeting) => corpusEntry(meeting.file).date;

/**
 * Nottingham City Health and Wellbeing Board, 28 May 2025: Dr Mawji chaired it; two
 * officers presented item 5; the apologies are item 2's. Item 1 resolved to appoint him,
 * item 4 confirmed the last minutes.
 */
export const NOTTINGHAM_HWB: Meeting = {
  file: '118_nottingham_hwb-2025-05-28.txt',
  body: 'Nottingham City Health and Wellbeing Board',
  time: '13:30',
  venue: 'Ground Floor Committee Room - Loxley House, Station Street, Nottingham, NG2 3NG',
  venueAs: 'in the',
  present: ['Dr Hussein Mawji (Vice-Chair, in the Chair)'],
  inAttendance: ['David Johns (Deputy Director of Public Health)', 'Jessica Tomlinson (Public Health Manager)'],
  apologies: [
    'Councillor Helen Kalsi',
    'Councillor Cheryl Barnard',
    'Councillor Neghat Khan',
    'Victoria McGregor-Riley',
    'Tim Guyler',
    'Sajeeda Rose',
    'Damien West',
  ],
};

/**
 * Bournemouth, Christchurch and Poole Health and Wellbeing Board, 3 December 2020: item
 * 68 says who took the chair, who was welcomed as a new member and who observed; item 69
 * who substituted for whom; item 70 elected the Chairman.
 */
export const BCP_HWB: Meeting = {
  file: '025_bcp_hwb-2020-12-03.txt',
  body: 'Bournemouth, Christchurch and Poole Health and Wellbeing Board',
  time: '14:00',
  venue: 'Virtual Meeting',
  venueAs: 'as a',
  present: [
    'Councillor Nicola Greene (Chairman)',
    'Tim Goodson',
    'Sian Thomas',
    'Richard Jenkinson',
    'Mufeed Niman',
    'Simon Watkins',
    'ACC Mark Callaghan',
    'Katharine Harvey',
  ],
  inAttendance: ['Jenni Douglas-Todd (observer)'],
  apologies: ['Graham Farrant', 'James Vaughan', 'Eugine Yafele'],
};

/** "Thursday 3 December 2020", as a minute book prints a date. */
export function printedDate(iso: string): string {
  const date = new Date(`${iso}T12:00:00Z`);
  const part = (options: Intl.DateTimeFormatOptions) =>
    date.toLocaleDateString('en-GB', { ...options, timeZone: 'UTC' });
  return `${part({ weekday: 'long' })} ${date.getUTCDate()} ${part({ month: 'long' })} ${date.getUTCFullYear()}`;
}

/** "2.00 pm" for "14:00". */
export function printedTime(clock: string): string {
  const [hour, minute] = clock.split(':').map(Number);
  return `${hour % 12 || 12}.${String(minute).padStart(2, '0')} ${hour < 12 ? 'am' : 'pm'}`;
}

/** "A, B and C". */
const listed = (names: readonly string[]) =>
  names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names.join('');

/**
 * The minute book of a meeting: its title block as councils print it (the body, "Minutes
 * of the meeting held on …", "Present:", "Apologies:"), then each item with only what was
 * minuted (a printed minute book has no agenda text, documents or "Minutes:" labels),
 * every paragraph numbered under its item but the lettered ones, "(a) …", under a
 * numbered one. A cut-off excerpt's last line is no whole paragraph, so it is left out,
 * and an item left with nothing minuted goes with it.
 */
export function minuteBook(meeting: Meeting): Block[] {
  const { items } = corpusPage(meeting.file);
  if (corpusEntry(meeting.file).truncated === 'yes') items.at(-1)!.lines.pop();
  const minuted = items
    .map((item) => ({
      ...item,
      lines: item.lines.includes('Minutes:') ? item.lines.slice(item.lines.indexOf('Minutes:') + 1) : item.lines,
    }))
    .filter((item) => item.lines.length > 0);
  const held = `Minutes of the meeting held on ${printedDate(meetingDate(meeting))} at ${printedTime(meeting.time)} ${meeting.venueAs} ${meeting.venue}`;
  const attendance = [
    `Present: ${listed(meeting.present)}`,
    ...(meeting.inAttendance ? [`In attendance: ${listed(meeting.inAttendance)}`] : []),
    ...(meeting.apologies.length ? [`Apologies: ${listed(meeting.apologies)}`] : []),
  ];
  return [
    { kind: 'title', text: meeting.body },
    ...[held, ...attendance].map((text): Block => ({ kind: 'plain', text })),
    ...itemBlocks(minuted, /^\([a-z]\)\s/),
  ];
}

/** Item headings' numbers, which Word's numbering counts on from the first: they must go up by one. */
function firstItemNumber(blocks: readonly Block[]): number {
  const numbers = blocks.filter((b) => b.kind === 'item').map((b) => Number.parseInt(b.number!, 10));
  if (numbers.some((n, i) => n !== numbers[0] + i))
    throw new Error(`items numbered ${numbers.join(', ')}: Word's numbering cannot print them`);
  return numbers[0] ?? 1;
}

/** A Word section's page header and footer as councils print them: `header` on every page, and "Page 1 of 3". */
export function running(header: string) {
  return {
    headers: { default: new Header({ children: [new Paragraph({ text: header, alignment: AlignmentType.RIGHT })] }) },
    footers: {
      default: new Footer({
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })],
          }),
        ],
      }),
    },
  };
}

/**
 * The blocks as a clerk lays out minutes in Word: the title a Title, items Heading 2,
 * the numbers drawn by Word's automatic numbering (27., 27.1), lettered paragraphs
 * indented, labels in bold, an empty paragraph of a non-breaking space before the first
 * item (Word minutes pasted from elsewhere keep them), and `header` on every page with a
 * "Page 1 of 3" footer.
 */
export function wordMinutes(blocks: readonly Block[], header?: string): Document {
  const firstItem = blocks.findIndex((b) => b.kind === 'item');
  const paragraph = (block: Block) => {
    if (block.kind === 'title') return new Paragraph({ text: block.text, heading: HeadingLevel.TITLE });
    if (block.kind === 'item')
      return new Paragraph({
        text: block.text,
        heading: HeadingLevel.HEADING_2,
        numbering: { reference: 'minutes', level: 0 },
      });
    if (block.kind === 'numbered')
      return new Paragraph({ text: block.text, numbering: { reference: 'minutes', level: 1 } });
    if (block.kind === 'lettered') return new Paragraph({ text: block.text, indent: { left: 720 } });
    if (block.kind === 'label') return new Paragraph({ children: [new TextRun({ text: block.text, bold: true })] });
    return new Paragraph(block.text);
  };
  return new Document({
    numbering: {
      config: [
        {
          reference: 'minutes',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', start: firstItemNumber(blocks) },
            { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2', start: 1 },
          ],
        },
      ],
    },
    sections: [
      {
        ...(header ? running(header) : {}),
        children: blocks.flatMap((block, i) => [
          ...(i === firstItem ? [new Paragraph('\u00a0')] : []),
          paragraph(block),
        ]),
      },
    ],
  });
}
