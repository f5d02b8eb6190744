/**
 * The importer's reading of a page's lines: what is left out (and named), and hard wraps
 * joined. Real pages of the labelled minutes corpus are read in
 * tests/minutes-corpus/text.test.ts (`npm run test:corpus`); here, lines written for each
 * case and the seeds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanLines } from '../../src/lib/import/text/clean-lines.ts';
import { joinHardWraps } from '../../src/lib/import/text/hard-wraps.ts';
import { readSeeds, SEEDS } from '../support/seeds.ts';

const texts = (text: string) =>
  cleanLines(text)
    .lines.map((l) => l.text.trim())
    .filter(Boolean);

describe('cleanLines', () => {
  it('leaves out the footer after the last section, but not a list item "(c)" at the end of the minutes', () => {
    expect(texts('Minutes:\nNoted.\nSupporting documents:\nReport\nContact us\n© Slough Borough Council')).toEqual([
      'Minutes:',
      'Noted.',
      'Supporting documents:',
      'Report',
    ]);
    // Written here in the shape of the corpus's 009 (tests/minutes-corpus/text.test.ts), whose minutes end with a lettered list.
    expect(
      texts(
        'RESOLVED: That\n(a) a Task/Finish Panel be established;\n(b) a presentation be made; and\n(c) a Scoping Report be submitted.',
      ).at(-1),
    ).toBe('(c) a Scoping Report be submitted.');
  });

  it("takes a document link's file size off its title, keeping the title", () => {
    const { lines, leftOut } = cleanLines('63 Minutes of the last meeting held on 14 July 2021 pdf icon PDF 92 KB');
    expect(lines[0].text).toBe('63 Minutes of the last meeting held on 14 July 2021');
    expect(leftOut).toEqual([{ at: 1, text: 'pdf icon PDF 92 KB', reason: 'fileSize' }]);
  });

  it('leaves out page numbers and the header and footer every page of a document repeats', () => {
    const pageOf = (n: number, body: string) =>
      `Health and Wellbeing Board – 10 November 2021\n${body}\nPage ${n} of 3`;
    const { lines, leftOut } = cleanLines(
      [pageOf(1, '27. Apologies\n27.1 None.'), pageOf(2, '28. Minutes\n28.1 Agreed.'), pageOf(3, '29. Close')].join(
        '\n\f\n',
      ),
    );
    expect(lines.map((l) => l.text)).toEqual([
      '27. Apologies',
      '27.1 None.',
      '28. Minutes',
      '28.1 Agreed.',
      '29. Close',
    ]);
    expect(leftOut.map((l) => l.reason).sort()).toEqual([
      'pageNumber',
      'pageNumber',
      'pageNumber',
      'runningHeader',
      'runningHeader',
      'runningHeader',
    ]);
  });
});

describe('joinHardWraps', () => {
  it("joins a resolution wrapped over a blank line, as a page of Slough's gives it", () => {
    expect(
      joinHardWraps([
        'Resolved – That the minutes of the meeting held on 14 September 2021 be',
        '',
        'agreed as a correct record.',
      ]),
    ).toEqual(['Resolved – That the minutes of the meeting held on 14 September 2021 be agreed as a correct record.']);
  });

  it('mends a word hyphenated at a line end', () => {
    expect(joinHardWraps(['The Board noted the recom-', 'mendations of the report.'])).toEqual([
      'The Board noted the recommendations of the report.',
    ]);
  });

  it("keeps apart what starts something new: a list item, a resolution, a lead-in's decision", () => {
    expect(joinHardWraps(['The Council resolved:-', 'to adopt the procedural motion.'])).toHaveLength(2);
    expect(joinHardWraps(['The Board considered the report and', 'RESOLVED that it be noted.'])).toHaveLength(2);
    expect(
      joinHardWraps(['RESOLVED: That', '(a) a Task/Finish Panel be established;', '(b) a presentation be made.']),
    ).toHaveLength(3);
  });

  it('leaves a page that writes each paragraph on one line as it is', () => {
    // The seeds (tests/fixtures/seeds) are ModernGov pages that write each paragraph on one line.
    for (const seed of readSeeds()) {
      const lines = texts(readFileSync(join(SEEDS, seed.file), 'utf8'));
      expect(joinHardWraps(lines), seed.file).toEqual(lines);
    }
  });
});
