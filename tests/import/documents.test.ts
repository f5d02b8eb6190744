/**
 * A whole meeting's minutes printed in Word, imported as a clerk imports them: the .docx
 * is made with the `docx` package from a real meeting's minutes (tests/fixtures/minutes-corpus),
 * with the title block, numbered items and paragraphs, running header and "Page n of N"
 * footer of a council's minute book (tests/support/printed-minutes.ts).
 */
import { Packer } from 'docx';
import { afterAll, beforeAll, describe } from 'vitest';
import type { DecisionOutcome } from '../../src/lib/content/schema.ts';
import { clerksChecks, importMinutes, type ImportedMinutes } from '../support/imported-minutes.ts';
import { BCP_HWB, minuteBook, NOTTINGHAM_HWB, wordMinutes, type Meeting } from '../support/printed-minutes.ts';

/** Each meeting, and the outcome of each resolution corpus.jsonl lists for it. */
const meetings: { meeting: Meeting; decided: DecisionOutcome[] }[] = [
  {
    meeting: NOTTINGHAM_HWB,
    // "Resolved to appoint …"; "The Board confirmed the minutes … as a correct record": the minutes approved.
    decided: ['agreed', 'approved'],
  },
  {
    meeting: BCP_HWB,
    // "… was nominated and seconded for Chairman … took the role of Chairman": the election agreed.
    decided: ['agreed'],
  },
];

for (const { meeting, decided } of meetings) {
  describe(`${meeting.body}: Word minutes of the whole meeting`, () => {
    const header = `${meeting.body} – Minutes`;
    let imported: ImportedMinutes;
    beforeAll(async () => {
      imported = await importMinutes(
        meeting,
        'minutes.docx',
        await Packer.toBuffer(wordMinutes(minuteBook(meeting), header)),
      );
    });
    afterAll(() => imported?.remove());

    // Word keeps the page header and footer apart from the text, so the importer never
    // sees them to leave out: the check is that they reach no item file.
    clerksChecks(meeting, () => imported, { header, decided });
  });
}
