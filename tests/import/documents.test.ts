/**
 * A whole meeting's minutes printed in Word, imported as a clerk imports them: the .docx
 * is made with the `docx` package from the seeds (tests/fixtures/seeds) as the items of a
 * meeting written for the tests, with the title block, numbered items and paragraphs,
 * running header and "Page n of N" footer of a council's minute book
 * (tests/support/printed-minutes.ts).
 */
import { Packer } from 'docx';
import { afterAll, beforeAll, describe } from 'vitest';
import type { DecisionOutcome } from '../../src/lib/content/item-schema.ts';
import { clerksChecks, importMinutes, type ImportedMinutes } from '../support/imported-minutes.ts';
import { MIDDLEMARCH_HSC, MIDDLEMARCH_HWB, minuteBook, wordMinutes, type Meeting } from '../support/printed-minutes.ts';

/** Each meeting, and the outcome of each resolution its seeds record. */
const meetings: { meeting: Meeting; decided: DecisionOutcome[] }[] = [
  {
    meeting: MIDDLEMARCH_HWB,
    // "RESOLVED" then "That the Board note the information …"; "The Sub-Committee NOTED the report."
    decided: ['noted', 'noted'],
  },
  {
    meeting: MIDDLEMARCH_HSC,
    // "RESOLVED that the update be noted."; "AGREED:", then five recommendations ("1) that the Committee note the report;" …).
    decided: ['noted', 'agreed'],
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
