import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lostLines } from '../../src/lib/import/nothing-lost.ts';
import { SEEDS, readSeeds } from '../support/seeds.ts';
import { FIXTURES, comparableLines, importFile, visibleText } from './support.ts';

const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

describe('nothing lost', () => {
  for (const seed of readSeeds()) {
    it(`keeps every line of seed ${seed.file} but the labels it turns into structure`, async () => {
      const result = await importFile(join(SEEDS, seed.file), { body: 'bromley-hwb', date: '2020-01-01' });
      const text = visibleText(result);
      const excused = new Set(result.leftOut.map((l) => l.text.trim()));
      const missing = comparableLines(join(SEEDS, seed.file)).filter(
        (line) => !excused.has(line) && !text.includes(line),
      );
      expect(missing).toEqual([]);
      expect(result.lost).toEqual([]);
      // Only the page's labels and widgets are left out of a seed: no minutes text.
      const widgets = ['dot', 'Original Text:'];
      expect(result.leftOut.filter((l) => l.reason !== 'label' && !widgets.includes(l.text.trim()))).toEqual([]);
    });
  }

  it("leaves out only the Lincolnshire page's navigation, footer and labels, each named", async () => {
    const result = await importFile('meeting-lincolnshire-hwb.txt', { body: 'lincolnshire-hwb' });
    expect(result.lost).toEqual([]);
    const named = (reason: string) =>
      result.leftOut.filter((l) => l.reason === reason).map((l) => l.text.replace(/\s+/g, ' ').trim());
    expect(named('furniture').sort()).toEqual(
      [
        'skip navigation and tools',
        'Home',
        'Council and democracy',
        'Committees',
        'Items',
        'No.',
        'Item',
        'Contact: Katrina Cope 01522 552104',
      ].sort(),
    );
    expect(named('footer')).toEqual([
      'Contact us',
      'Lincolnshire County Council',
      'County Offices, Newland, Lincoln LN1 1YL',
      '© Lincolnshire County Council',
    ]);
    expect(named('meeting')).toContain('Health and Wellbeing Board - Tuesday, 5th April, 2016 2.00 pm');
  });

  it.each(['decision-havering-hosc.txt', 'item-llr-jhsc.txt'])('writes every line of %s somewhere', async (name) => {
    const result = await importFile(name, { body: name.includes('llr') ? 'llr-jhsc' : undefined, date: '2019-01-21' });
    expect(result.lost).toEqual([]);
  });

  it('keeps the words of a saved HTML page, without its navigation, scripts or footer', async () => {
    const text = visibleText(await importFile('agenda-item-bromley-hwb.html'));
    for (const words of [
      'The Director of Primary Care presented an update',
      'Online consultations had risen by 40% & face-to-face appointments were stable.',
      'The Bromley pound was kept local – see Annex 1.',
      'one site would close in 2024;',
      'A Member asked whether 111 calls <10 minutes were counted.',
      'that a further report be presented to the Board in six months.',
      'For: Councillors Bennett, Dunn and Fawthrop (3)',
      // A document's file size is left out as a link's furniture; its name stays.
      'Primary care access report, item 7.',
      'Report ACH23-041',
    ])
      expect(text).toContain(words);
    for (const chrome of [
      'Skip to main content',
      'Council and democracy',
      'You are here',
      'Civic Centre',
      'mgJs',
      'color: #333',
    ])
      expect(text).not.toContain(chrome);
  });
});

describe("the importer's own check", () => {
  const source = fixture('item-llr-jhsc.txt');

  it('finds a line that reached no file, by its number', () => {
    const lines = source.split('\n');
    const at = lines.findIndex((l) => l.startsWith('The Committee received a report'));
    const written = lines.filter((_, i) => i !== at);
    expect(lostLines(source, [], written)).toEqual([{ line: at + 1, text: lines[at].trim() }]);
  });

  it('excuses only the pieces left out with a reason, not the rest of their line', () => {
    const line = 'Minutes of the last meeting pdf icon PDF 92 KB';
    expect(
      lostLines(line, [{ at: 1, text: 'pdf icon PDF 92 KB', reason: 'fileSize' }], ['Minutes of the last meeting']),
    ).toEqual([]);
    expect(
      lostLines(line, [{ at: 1, text: 'pdf icon PDF 92 KB', reason: 'fileSize' }], ['Minutes of the']),
    ).toHaveLength(1);
  });

  it("accepts a line split between an item's title and its description", () => {
    const line = 'Declarations of Interest To receive any declarations of Members’ interests.';
    expect(
      lostLines(line, [], ['Declarations of Interest', 'To receive any declarations of Members’ interests.']),
    ).toEqual([]);
  });
});
