/**
 * Word minutes to the importer's lines: docxHtml, then the importer's htmlToText. The
 * documents are made with the `docx` package from the text of real minutes
 * (tests/fixtures/minutes-corpus), laid out as a clerk lays out minutes in Word
 * (tests/support/printed-minutes.ts).
 */
import { Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/lib/import/read/html-to-text.ts';
import { docxHtml } from '../../src/lib/import/read/docx-text.ts';
import { corpusLines, pageBlocks, printed, running, wordMinutes } from '../support/printed-minutes.ts';

/** The non-blank lines the importer gets from a .docx, spaces folded as HTML folds them. */
async function importedLines(bytes: Uint8Array): Promise<string[]> {
  const result = await docxHtml(bytes);
  if (!('html' in result)) throw new Error(`${result.problem} ${result.advice}`);
  return htmlToText(result.html)
    .text.split('\n')
    .filter((line) => line.trim());
}

const fold = (line: string) => line.replace(/\s+/g, ' ').trim();

describe('Dorset Health and Wellbeing Board, 10 November 2021, as Word minutes', async () => {
  // The ModernGov page's items ("27." then the title, then its paragraphs) as Word
  // minutes: numbered item headings carrying on from the last meeting (27, 28, 29) and
  // paragraphs numbered under them (27.1, 27.2), "Minutes:" between them unnumbered.
  const blocks = pageBlocks('023_dorset_hwb-2021-11-10.txt');
  const lines = await importedLines(
    await Packer.toBuffer(wordMinutes(blocks, 'Health and Wellbeing Board – 10 November 2021')),
  );

  it('gives every line of the minutes, in order, with Word’s numbers on the headings and paragraphs', () => {
    expect(blocks.filter((b) => b.kind === 'item').map((b) => b.number)).toEqual(['27.', '28.', '29.']);
    expect(lines).toEqual(blocks.map(printed).map(fold));
  });

  it('gives each item heading a line of its own', () => {
    expect(lines).toContain('27. Apologies');
    expect(lines).toContain('28. Declarations of Interest');
    expect(lines).toContain('29. Public Participation');
    expect(lines[lines.indexOf('28. Declarations of Interest') + 1]).toMatch(/^28\.1 To disclose any pecuniary/);
  });

  it('leaves out the page header and footer, which Word keeps apart from the minutes', () => {
    expect(lines.filter((line) => /10 November 2021|^Page \d/.test(line))).toEqual([]);
  });
});

describe('Dundee Integration Joint Board, 25 August 2020: Articles numbered I, II … and (a) by Word', async () => {
  // The page shows the numbers Word drew ("I APOLOGIES FOR ABSENCE", "(a) NHS …"); made
  // again with Word's numbering, the document must give those very lines back.
  const source = corpusLines('049_dundee-ijb_ijb-2020-08-25.txt');
  const body = source.slice(source.indexOf('I APOLOGIES FOR ABSENCE'));
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

describe('Derby and Derbyshire CCG Governing Body, 3 March 2022: attendance tables', async () => {
  // Present, Apologies and In attendance as Word minutes set them out: a table of name,
  // initials and role under each heading.
  const source = corpusLines('115_nhs-derby-and-derbyshire-ccg_governing-body-2022-03.txt');
  const start = source.indexOf('Present:');
  const end = source.findIndex((line) => line.startsWith('GBP/'));
  // "Dr Avi Bhatia AB Clinical Chair": name, initials, role. The page's stray "“" line stays a paragraph.
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
    expect(source.slice(start, end).filter((line) => row(line)).length).toBe(27);
    expect(lines).toEqual(expected.map(fold));
    expect(lines.slice(lines.indexOf('Apologies:'), lines.indexOf('Apologies:') + 4)).toEqual([
      'Apologies:',
      'Dr Bruce Braithwaite',
      'BB',
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
    const whole = await Packer.toBuffer(
      new Document({ sections: [{ children: [new Paragraph(corpusLines('023_dorset_hwb-2021-11-10.txt')[0])] }] }),
    );
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
