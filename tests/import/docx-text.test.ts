/**
 * Word minutes to the importer's lines: docxHtml, then the importer's htmlToText. The
 * documents are made with the `docx` package from the text of real minutes (the seeds,
 * tests/fixtures/seeds), laid out as a clerk lays out minutes in Word
 * (tests/support/printed-minutes.ts), and from small fixtures written here in the shape
 * of other councils' minutes.
 */
import { Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/lib/import/read/html-to-text.ts';
import { docxHtml } from '../../src/lib/import/read/docx-text.ts';
import { pageBlocks, printed, running, seed, wordMinutes } from '../support/printed-minutes.ts';

/** The non-blank lines the importer gets from a .docx, spaces folded as HTML folds them. */
async function importedLines(bytes: Uint8Array): Promise<string[]> {
  const result = await docxHtml(bytes);
  if (!('html' in result)) throw new Error(`${result.problem} ${result.advice}`);
  return htmlToText(result.html)
    .text.split('\n')
    .filter((line) => line.trim());
}

const fold = (line: string) => line.replace(/\s+/g, ' ').trim();

describe('three seed pages as the Word minutes of one meeting', async () => {
  // Each seed's item ("27." then the title, then its paragraphs) as Word minutes: numbered
  // item headings carrying on from the last meeting (27, 28, 29) and paragraphs numbered
  // under them (27.1, 27.2), "Minutes:" between an item's agenda text and its minutes
  // unnumbered, the bullets of the Lincolnshire seed's discussion indented.
  const blocks = pageBlocks('Middlemarch Health and Wellbeing Board', [
    { number: '27', seed: '000' },
    { number: '28', seed: '001' },
    { number: '29', seed: '002' },
  ]);
  const lines = await importedLines(
    await Packer.toBuffer(wordMinutes(blocks, 'Health and Wellbeing Board – 29 June 2023')),
  );

  it('gives every line of the minutes, in order, with Word’s numbers on the headings and paragraphs', () => {
    expect(blocks.filter((b) => b.kind === 'item').map((b) => b.number)).toEqual(['27.', '28.', '29.']);
    expect(lines).toEqual(blocks.map(printed).map(fold));
  });

  it('gives each item heading a line of its own', () => {
    expect(lines).toContain('27. COMMUNITY CARE - STRATEGY AND GOVERNANCE');
    expect(lines).toContain('28. ICP AND LOCALITIES MODEL');
    expect(lines).toContain('29. Neighbourhood Working');
    expect(lines[lines.indexOf('28. ICP AND LOCALITIES MODEL') + 1]).toBe('28.1 Report attached.');
  });

  it('leaves out the page header and footer, which Word keeps apart from the minutes', () => {
    expect(lines.filter((line) => /29 June 2023|^Page \d/.test(line))).toEqual([]);
  });
});

describe('Articles numbered I, II … and (a) by Word', async () => {
  // A fixture written here in the shape of a Scottish board's minute (Articles "I
  // APOLOGIES FOR ABSENCE", sub-headings "(a) …"), the text of its third Article the
  // Bromley seed's: made again with Word's numbering, the document must give these very
  // lines back.
  const community = seed('000').minutes;
  const body = [
    'I APOLOGIES FOR ABSENCE',
    'There were no apologies for absence.',
    'II DECLARATIONS OF INTEREST',
    'There were no declarations of interest.',
    'III COMMUNITY CARE - STRATEGY AND GOVERNANCE',
    community[0],
    '(a) LOCAL CARE NETWORKS',
    community[1],
    '(b) INTEGRATED CARE NETWORKS',
    community[2],
    community.at(-1)!,
  ];
  const document = new Document({
    numbering: {
      config: [
        {
          reference: 'articles',
          levels: [
            { level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1', start: 1 },
            { level: 1, format: LevelFormat.LOWER_LETTER, text: '(%2)', start: 1 },
          ],
        },
      ],
    },
    sections: [
      {
        children: body.map((line) => {
          const article = /^[IVX]+ (.+)$/.exec(line);
          const lettered = /^\([a-z]\) (.+)$/.exec(line);
          if (article)
            return new Paragraph({
              children: [new TextRun({ text: article[1], bold: true })],
              numbering: { reference: 'articles', level: 0 },
            });
          if (lettered)
            return new Paragraph({
              children: [new TextRun({ text: lettered[1], bold: true })],
              numbering: { reference: 'articles', level: 1 },
            });
          return new Paragraph(line);
        }),
      },
    ],
  });

  it('gives each Article its roman number and each sub-heading its letter, as printed', async () => {
    expect(body.filter((line) => /^([IVX]+|\([a-z]\)) /.test(line))).toHaveLength(5);
    expect(await importedLines(await Packer.toBuffer(document))).toEqual(body.map(fold));
  });
});

describe('attendance tables in Word minutes', async () => {
  // A fixture written here in the shape of a CCG governing body's minutes: Present,
  // Apologies and In attendance as Word minutes set them out, a table of name, initials
  // and role under each heading; the names are made up, the item's text the Lincolnshire
  // seed's.
  const source = [
    'Middlemarch Clinical Commissioning Group',
    'Minutes of the Governing Body meeting held in public on 3 March 2022',
    'Present:',
    'Dr Anna Lee AL Clinical Chair',
    'Mark Dean MD Chief Executive Officer',
    'Dr Owen Pike OP GP Member',
    'Grace Hill GH Lay Member for Governance',
    'Apologies:',
    'Dr Ben Hart BH Secondary Care Consultant',
    'Lucy Green LG Lay Member for Patient and Public Involvement',
    'In attendance:',
    'Joe Bright JBr Director of Finance',
    'Nina Shaw NS Governance Manager (minutes)',
    'GBP/21/001 Neighbourhood Working',
    ...seed('002').minutes.slice(0, 2),
  ];
  const start = source.indexOf('Present:');
  const end = source.findIndex((line) => line.startsWith('GBP/'));
  // "Dr Anna Lee AL Clinical Chair": name, initials, role.
  const row = (line: string) => /^(.+?) ([A-Z]{2}[a-z]?) (.+)$/.exec(line)?.slice(1);
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
  const document = new Document({
    sections: [
      {
        ...running('Governing Body – 3 March 2022'),
        children: [
          ...source
            .slice(0, start)
            .map((text, i) => new Paragraph({ text, heading: i === 0 ? HeadingLevel.HEADING_1 : undefined })),
          ...source
            .slice(start, end)
            .map((line) =>
              line.endsWith(':')
                ? new Paragraph({ children: [new TextRun({ text: line, bold: true })] })
                : new Table({ rows: [new TableRow({ children: (row(line) ?? [line]).map(cell) })] }),
            ),
          ...source
            .slice(end)
            .map(
              (text) => new Paragraph({ text, heading: text.startsWith('GBP/') ? HeadingLevel.HEADING_2 : undefined }),
            ),
        ],
      },
    ],
  });
  const lines = await importedLines(await Packer.toBuffer(document));

  it('gives each member’s name, initials and role in order, after the heading they sit under', () => {
    const expected = source.flatMap((line, i) => (i >= start && i < end && row(line)) || [line]);
    expect(source.slice(start, end).filter((line) => row(line)).length).toBe(8);
    expect(lines).toEqual(expected.map(fold));
    expect(lines.slice(lines.indexOf('Apologies:'), lines.indexOf('Apologies:') + 4)).toEqual([
      'Apologies:',
      'Dr Ben Hart',
      'BH',
      'Secondary Care Consultant',
    ]);
  });
});

describe('a file that is not a readable .docx', () => {
  const expectProblem = async (bytes: Uint8Array, wording: RegExp) => {
    const result = await docxHtml(bytes);
    expect(result).toEqual({
      problem: expect.stringMatching(wording),
      advice: expect.stringMatching(/save it as "Word Document \(\.docx\)"/),
    });
  };

  it('a download cut short is damaged, and says to save it again', async () => {
    const whole = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph(seed('000').title)] }] }));
    await expectProblem(
      whole.subarray(0, whole.length / 2),
      /cannot be read as a Word document: it is damaged or incomplete/,
    );
  });

  it('random bytes behind a zip signature are damaged', async () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 251);
    bytes.set([0x50, 0x4b, 0x03, 0x04]);
    await expectProblem(bytes, /damaged or incomplete/);
  });

  it('a zip of something else is not a Word document', async () => {
    const zip = new JSZip().file('minutes.txt', 'Minutes of the meeting');
    await expectProblem(await zip.generateAsync({ type: 'uint8array' }), /zip archive but not a Word document/);
  });

  it('an old .doc says to save it as .docx', async () => {
    await expectProblem(
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      /older Word document \(\.doc\)/,
    );
  });
});
