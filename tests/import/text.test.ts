/** The importer's reading of a page's lines: what is left out (and named), and hard wraps joined. */
import { describe, expect, it } from 'vitest';
import { cleanLines } from '../../src/lib/import/text/clean-lines.ts';
import { joinHardWraps } from '../../src/lib/import/text/hard-wraps.ts';
import { pageText, readLabelledPages } from '../../scripts/corpus/labels.ts';
import { MINUTES_CORPUS } from '../support/fixtures.ts';

const page = (start: string) =>
  pageText(
    readLabelledPages(MINUTES_CORPUS).find((p) => p.file.startsWith(start))!,
    MINUTES_CORPUS,
  );
const texts = (text: string) =>
  cleanLines(text)
    .lines.map((l) => l.text.trim())
    .filter(Boolean);

describe('cleanLines', () => {
  it("leaves out a committee system's tabs and column headings, naming each, and keeps the minutes", () => {
    const { lines, leftOut } = cleanLines(page('139_'));
    expect(leftOut.filter((l) => l.reason === 'furniture').map((l) => l.text.trim())).toEqual([
      'Occurred',
      '• Documents',
      '• Members Attending',
      '• Others Attending',
      '• Declarations of Interests',
    ]);
    expect(lines.map((l) => l.text)).toContain('Joe Cullinane in the Chair.');
  });

  it('leaves out the footer after the last section, but not a list item "(c)" at the end of the minutes', () => {
    expect(texts('Minutes:\nNoted.\nSupporting documents:\nReport\nContact us\n© Slough Borough Council')).toEqual([
      'Minutes:',
      'Noted.',
      'Supporting documents:',
      'Report',
    ]);
    expect(texts(page('009_')).at(-1)).toMatch(/^\(c\) a Scoping Report be submitted/);
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

  it('takes "Page 1 of 12" out of a line a document site ran together, keeping the rest', () => {
    const { lines } = cleanLines(page('026_'));
    expect(lines[0].text).not.toContain('Page 1 of 12');
    expect(lines[0].text).toContain('Trust Board 25.04.2017 Minutes – Final 1.1. Alan Yates welcomed members');
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

  it('joins the lines of a hard-wrapped paragraph in Welsh, where no word shows the wrap', () => {
    const joined = joinHardWraps(texts(page('061_')));
    expect(joined).toContain(
      'Felly: Penderfynwyd: y dylid derbyn a chymeradwyo cofnodion y cyfarfod a gynhaliwyd ar 18 Mai 2023 fel cofnod gwir a chywir o’r gweithrediadau. Ni chodwyd unrhyw fater mewn perthynas â chywirdeb na chynnwys y cofnodion. |',
    );
  });

  it("keeps apart what starts something new: a list item, a resolution, a lead-in's decision", () => {
    expect(joinHardWraps(['The Council resolved:-', 'to adopt the procedural motion.'])).toHaveLength(2);
    expect(joinHardWraps(['The Board considered the report and', 'RESOLVED that it be noted.'])).toHaveLength(2);
    expect(
      joinHardWraps(['RESOLVED: That', '(a) a Task/Finish Panel be established;', '(b) a presentation be made.']),
    ).toHaveLength(3);
  });

  it('leaves a page that writes each paragraph on one line as it is', () => {
    const lines = texts(page('002_'));
    expect(joinHardWraps(lines)).toEqual(lines);
  });
});
