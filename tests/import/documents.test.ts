/**
 * A whole meeting's minutes printed in Word, imported as a clerk imports them: the .docx
 * is made with the `docx` package from a real meeting's minutes (../shared/minutes-corpus),
 * with the title block, numbered items and paragraphs, running header and "Page n of N"
 * footer of a council's minute book (tests/support/printed-minutes.ts).
 */
import { Packer } from 'docx';
import { afterAll, beforeAll, describe } from 'vitest';
import type { DecisionOutcome } from '../../src/lib/schema.ts';
import { clerksChecks, importMinutes, type ImportedMinutes, type KnownFaults } from '../support/imported-minutes.ts';
import { BCP_HWB, minuteBook, NOTTINGHAM_HWB, wordMinutes, type Meeting } from '../support/printed-minutes.ts';

// Importer faults these documents show (src/lib/import/page/meeting-header.ts): the title
// block's "Minutes of the meeting held on Thursday 3 December 2020 at 2.00 pm as a Virtual
// Meeting" names no committee ("of the … Board"), so it is not read at all and is kept as a
// note: no date (the import is refused until given --date), no time, no venue; nor is the
// body's name on the line above it read as the committee (refused again until --body).
const TITLE_BLOCK: KnownFaults = {
  'title block': 'meeting-header.ts reads neither the body line nor "Minutes of the meeting held on …"',
  time: 'meeting-header.ts: "held on … at 1.30 pm" not read',
  venue: 'meeting-header.ts: the venue after the time is never read',
};

/** Each meeting, the outcome of each resolution corpus.jsonl lists for it, and the importer's known faults on it. */
const meetings: { meeting: Meeting; decided: DecisionOutcome[]; faults: KnownFaults }[] = [
  {
    meeting: NOTTINGHAM_HWB,
    // "Resolved to appoint …"; "The Board confirmed the minutes … as a correct record": the minutes approved.
    decided: ['agreed', 'approved'],
    faults: {
      ...TITLE_BLOCK,
      // item-headings.ts: the paragraphs "1.1 Resolved to appoint … Municipal Year" and "2.1
      // Councillor Helen Kalsi – work commitments" … "2.7 Damien West" (no full stop) make a
      // longer rising run (8) than the headings "1. Appointment of Vice Chair" … "5. Best
      // Start Strategy" (5), so they are taken as the items; the real headings are left as
      // a meeting note ("1.") and as minutes ("2\. Apologies for Absence" …).
      items: 'item-headings.ts takes the numbered paragraphs 1.1, 2.1…2.7 for the items',
      'decision 1': 'item-headings.ts makes "1.1 Resolved to appoint …" an item title',
      // src/lib/decisions.ts: found, but outcomeOf has no word for "confirmed", so 'agreed'.
      'decision 2': 'decisions.ts: "The Board confirmed the minutes" reads as agreed',
    },
  },
  {
    meeting: BCP_HWB,
    // "… was nominated and seconded for Chairman … took the role of Chairman": the election agreed.
    decided: ['agreed'],
    faults: TITLE_BLOCK,
  },
];

for (const { meeting, decided, faults } of meetings) {
  describe(`${meeting.body}: Word minutes of the whole meeting`, () => {
    const header = `${meeting.body} – Minutes`;
    let imported: ImportedMinutes;
    beforeAll(async () => {
      imported = await importMinutes(meeting, 'minutes.docx', await Packer.toBuffer(wordMinutes(minuteBook(meeting), header)));
    });
    afterAll(() => imported?.remove());

    // Word keeps the page header and footer apart from the text, so the importer never
    // sees them to leave out: the check is that they reach no item file.
    clerksChecks(meeting, () => imported, { header, decided, faults });
  });
}
