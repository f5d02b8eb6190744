/**
 * Printed minutes made from the seeds (tests/fixtures/seeds: the text of five real ModernGov
 * agenda-item pages): seed pages as the items of a meeting (a numbered heading, then each
 * paragraph numbered under it), a whole meeting's minute book with the title block councils
 * print, and a Word document of either. Chromium prints the same blocks as a PDF in
 * tests/browser/print-pdf.ts.
 *
 * The seeds are single agenda items of different councils' meetings and show neither a
 * date nor who attended, so the meetings here are fixtures written for the tests: their
 * board ("Middlemarch", which is no real council), date, time, venue and the names in
 * their title blocks are made up. Only the items' titles, agenda text and minutes are the
 * seeds' own, word for word.
 */
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
import type { bodyKinds } from '../../src/lib/content/schema.ts';
import { readSeeds, type Seed } from './seeds.ts';

/** A seed page by its number ("000" for 000_1bec90ed1c74bb64.txt): its title, agenda text and minutes, a paragraph a line, spaces folded. */
export function seed(number: string): Seed {
  const found = readSeeds().find((s) => s.file.startsWith(`${number}_`));
  if (!found) throw new Error(`tests/fixtures/seeds has no page ${number}_….txt`);
  return found;
}

/** One paragraph of printed minutes. */
export interface Block {
  /** The document's title; an item's heading; a paragraph numbered under its item; one the text already marks, "(a) …", "1) …", "· …", indented under it; a label ("Minutes:"); any other paragraph. */
  kind: 'title' | 'item' | 'numbered' | 'lettered' | 'label' | 'plain';
  text: string;
  /** The number printed before it, "27." or "27.1": typed into HTML, drawn by Word's numbering. */
  number?: string;
}

/** A block as the reader sees it printed. */
export const printed = (block: Block) => (block.number ? `${block.number} ${block.text}` : block.text);

/** An item of printed minutes: the number it is printed with ("27") and the seed page it is made of ("000"). */
export interface SeedItem {
  number: string;
  seed: string;
  /**
   * The heading printed, when not the seed's title: one short enough for a line of the
   * narrow column tests/browser/print-pdf.ts prints in (the importer reads a heading that
   * wraps onto a second line as a shorter title and a paragraph).
   */
  heading?: string;
}

/** A paragraph that a letter, a number or a bullet already marks: "(a) …", "1) …", "· …". */
const MARKED = /^(?:\(?[a-z]\)|\d+\)|·)\s/;

/**
 * Items as numbered headings ("27. COMMUNITY CARE …") and their paragraphs numbered under
 * them ("27.1 …"), but for those the text already marks; with `agenda`, the seed's agenda
 * text first and "Minutes:" unnumbered before its minutes, as a ModernGov page gives them.
 */
function itemBlocks(items: readonly SeedItem[], agenda: boolean): Block[] {
  return items.flatMap((item) => {
    const { title, description, minutes } = seed(item.seed);
    let paragraph = 0;
    const block = (text: string): Block =>
      MARKED.test(text)
        ? { kind: 'lettered', text }
        : { kind: 'numbered', text, number: `${item.number}.${++paragraph}` };
    return [
      { kind: 'item' as const, text: item.heading ?? title, number: `${item.number}.` },
      ...(agenda ? [...description.map(block), { kind: 'label' as const, text: 'Minutes:' }] : []),
      ...minutes.map(block),
    ];
  });
}

/**
 * Seed pages as the printed minutes of one meeting, every line of them: `title`, then each
 * item's heading, agenda text, "Minutes:" and minutes, as a ModernGov meeting page lists them.
 * Example: pageBlocks('Minutes', [{ number: '27', seed: '000' }])[1] is { kind: 'item', text: 'COMMUNITY CARE - STRATEGY AND GOVERNANCE', number: '27.' }.
 */
export function pageBlocks(title: string, items: readonly SeedItem[]): Block[] {
  return [{ kind: 'title', text: title }, ...itemBlocks(items, true)];
}

/** A meeting made for the tests (see the top of this file): its title block, and the seed pages that are its items. */
export interface Meeting {
  /** The body's name, as its title block prints it (and as content/bodies names it). */
  body: string;
  /** What kind of body it is, as content/bodies says. */
  kind: (typeof bodyKinds)[number];
  /** Who publishes the minutes. */
  organisation: string;
  date: string;
  /** Start time, 24-hour. */
  time: string;
  venue: string;
  /** How the minutes lead into the venue: "in the" Council Chamber, "as a" Virtual Meeting. */
  venueAs: string;
  /** Members present. */
  present: string[];
  /** Officers and guests in attendance: not members. */
  inAttendance?: string[];
  apologies: string[];
  items: SeedItem[];
  /** The lines of the items' seeds that record what was decided, whole, in order. */
  resolutions: string[];
}

/**
 * Middlemarch Health and Wellbeing Board, Thursday 29 June 2023: two officers in
 * attendance; its items the Lincolnshire seed, neighbourhood working (its bullets and
 * its resolution on the line after "RESOLVED"), and the Havering seed (the report noted)
 * under a shorter heading than its title, "ICP AND LOCALITIES MODEL", so that both stay
 * on one line in print.
 */
export const MIDDLEMARCH_HWB: Meeting = {
  body: 'Middlemarch Health and Wellbeing Board',
  kind: 'health and wellbeing board',
  organisation: 'Middlemarch Borough Council',
  date: '2023-06-29',
  time: '13:30',
  venue: 'Council Chamber, Town Hall, Market Street, Middlemarch',
  venueAs: 'in the',
  present: ['Councillor Jane Marsh (Chair)', 'Councillor Tom Reed', 'Dr Priya Shah', 'Helen Okafor'],
  inAttendance: ['Sam Patel (Director of Public Health)', 'Ruth Evans (Democratic Services Officer)'],
  apologies: ['Councillor Alan Hughes', 'Martin Cole'],
  items: [
    { number: '14', seed: '002' },
    { number: '15', seed: '001', heading: 'Localities Model' },
  ],
  resolutions: [
    'That the Board note the information within the report and the future plans to further develop neighbourhood working in Lincolnshire.',
    'The Sub-Committee NOTED the report.',
  ],
};

/**
 * Middlemarch Health Scrutiny Committee, Tuesday 21 January 2020, held as a virtual
 * meeting, one guest observing: its items the two joint scrutiny committees' seeds, the
 * Bromley one (the update noted) and the Leicester one, whose five numbered
 * recommendations were agreed.
 */
export const MIDDLEMARCH_HSC: Meeting = {
  body: 'Middlemarch Health Scrutiny Committee',
  kind: 'scrutiny committee',
  organisation: 'Middlemarch Borough Council',
  date: '2020-01-21',
  time: '18:00',
  venue: 'Virtual Meeting',
  venueAs: 'as a',
  present: ['Councillor Ravi Gill (Chair)', 'Councillor Mary Stone', 'Councillor Peter Lamb', 'Councillor Aisha Khan'],
  inAttendance: ['Chris Webb (observer)'],
  apologies: ['Councillor Sue Day', 'Councillor Neil Ford'],
  items: [
    { number: '6', seed: '000' },
    { number: '7', seed: '004' },
  ],
  // "AGREED:" leads the five numbered recommendations: the site shows them as one decision.
  resolutions: ['RESOLVED that the update be noted.', 'AGREED:'],
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
 * of the meeting held on …", "Present:", "In attendance:", "Apologies:"), then each item
 * with only what was minuted (a printed minute book has no agenda text, documents or
 * "Minutes:" labels), every paragraph numbered under its item but those the text already
 * marks ("(a) …", "1) …", "· …"), indented under a numbered one.
 */
export function minuteBook(meeting: Meeting): Block[] {
  const held = `Minutes of the meeting held on ${printedDate(meeting.date)} at ${printedTime(meeting.time)} ${meeting.venueAs} ${meeting.venue}`;
  const attendance = [
    `Present: ${listed(meeting.present)}`,
    ...(meeting.inAttendance ? [`In attendance: ${listed(meeting.inAttendance)}`] : []),
    ...(meeting.apologies.length ? [`Apologies: ${listed(meeting.apologies)}`] : []),
  ];
  return [
    { kind: 'title', text: meeting.body },
    ...[held, ...attendance].map((text): Block => ({ kind: 'plain', text })),
    ...itemBlocks(meeting.items, false),
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
