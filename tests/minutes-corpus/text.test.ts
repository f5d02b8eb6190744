/**
 * The importer's reading of real pages' lines, from the labelled minutes corpus: what is
 * left out (and named), and hard wraps joined.
 */
import { describe, expect, it } from 'vitest';
import { cleanLines } from '../../src/lib/import/text/clean-lines.ts';
import { joinHardWraps } from '../../src/lib/import/text/hard-wraps.ts';
import { CORPUS, pageText, readLabelledPages } from '../../scripts/corpus/labels.ts';

const page = (start: string) =>
  pageText(
    readLabelledPages(CORPUS).find((p) => p.file.startsWith(start))!,
    CORPUS,
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

  it('does not take a list item "(c)" at the end of the minutes for a footer', () => {
    expect(texts(page('009_')).at(-1)).toMatch(/^\(c\) a Scoping Report be submitted/);
  });

  it('takes "Page 1 of 12" out of a line a document site ran together, keeping the rest', () => {
    const { lines } = cleanLines(page('026_'));
    expect(lines[0].text).not.toContain('Page 1 of 12');
    expect(lines[0].text).toContain('Trust Board 25.04.2017 Minutes – Final 1.1. Alan Yates welcomed members');
  });
});

describe('joinHardWraps', () => {
  it('joins the lines of a hard-wrapped paragraph in Welsh, where no word shows the wrap', () => {
    const joined = joinHardWraps(texts(page('061_')));
    expect(joined).toContain(
      'Felly: Penderfynwyd: y dylid derbyn a chymeradwyo cofnodion y cyfarfod a gynhaliwyd ar 18 Mai 2023 fel cofnod gwir a chywir o’r gweithrediadau. Ni chodwyd unrhyw fater mewn perthynas â chywirdeb na chynnwys y cofnodion. |',
    );
  });
});
