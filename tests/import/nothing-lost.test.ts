import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEEDS, readSeeds } from '../support/seeds.ts';
import { FIXTURES, comparableLines, importFile, visibleText } from './support.ts';

/** Lines each input may lose: page chrome and the labels the importer turns into structure. */
const STRUCTURE = ['Agenda item', 'Minutes:', 'Supporting documents:', 'dot', 'Original Text:', 'Decision details'];
const DROPPED: Record<string, string[]> = {
  'meeting-lincolnshire-hwb.txt': [
    'skip navigation and tools', 'Home', 'Council and democracy', 'Committees', 'Agenda and minutes', 'Items', 'No.', 'Item',
    'Health and Wellbeing Board - Tuesday, 5th April, 2016 2.00 pm', 'Contact: Katrina Cope 01522 552104',
    'Contact us', 'Lincolnshire County Council', 'County Offices, Newland, Lincoln LN1 1YL', '© Lincolnshire County Council',
  ],
  'decision-havering-hosc.txt': ['Decided at meeting: 14/03/2017 - Havering Health Overview and Scrutiny Sub-Committee'],
  'item-llr-jhsc.txt': [],
};

describe('nothing lost', () => {
  for (const seed of readSeeds()) {
    it(`keeps every line of seed ${seed.file} (title, description, minutes) in the output`, () => {
      const text = visibleText(importFile(join(SEEDS, seed.file), { body: 'bromley-hwb', date: '2020-01-01' }));
      const missing = comparableLines(join(SEEDS, seed.file)).filter((line) => !STRUCTURE.includes(line) && !text.includes(line));
      expect(missing).toEqual([]);
    });
  }

  for (const [fixture, dropped] of Object.entries(DROPPED)) {
    it(`keeps every line of ${fixture} but its chrome and structure labels`, () => {
      const result = importFile(fixture, { body: fixture.startsWith('meeting') ? 'lincolnshire-hwb' : fixture.includes('llr') ? 'llr-jhsc' : undefined, date: '2019-01-21' });
      // The meeting's venue line is read into meeting.yaml, with its "View directions" link text left behind.
      const text = `${visibleText(result)} Venue: ${result.meeting.venue}. View directions`;
      const missing = comparableLines(join(FIXTURES, fixture)).filter((line) => !STRUCTURE.includes(line) && !dropped.includes(line) && !text.includes(line));
      expect(missing).toEqual([]);
    });
  }

  it('keeps the words of a saved HTML page, without its navigation, scripts or footer', () => {
    const text = visibleText(importFile('agenda-item-bromley-hwb.html'));
    for (const words of [
      'The Director of Primary Care presented an update',
      'Online consultations had risen by 40% & face-to-face appointments were stable.',
      'The Bromley pound was kept local – see Annex 1.',
      'one site would close in 2024;',
      'A Member asked whether 111 calls <10 minutes were counted.',
      'that a further report be presented to the Board in six months.',
      'For: Councillors Bennett, Dunn and Fawthrop (3)',
      'Primary care access report, item 7. PDF 412 KB',
      'Report ACH23-041',
    ]) expect(text).toContain(words);
    for (const chrome of ['Skip to main content', 'Council and democracy', 'You are here', 'Civic Centre', 'mgJs', 'color: #333']) expect(text).not.toContain(chrome);
  });
});
