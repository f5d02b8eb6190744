/** Importing again over items a person has added to: what they added stays. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runImport } from '../../src/lib/import/run-import.ts';
import { frontmatterOf } from '../../src/lib/import/write/existing-content.ts';
import { copySampleContent, type ContentFixture } from '../support/content-fixture.ts';

const SEED = join(import.meta.dirname, '../fixtures/seeds/002_030ff32f95fb53bc.txt');
const ITEM = 'meetings/2019-03-01-lincolnshire-hwb/01-neighbourhood-working.md';
const reimport = (c: ContentFixture, force = false) =>
  runImport([{ path: SEED, options: { body: 'lincolnshire-hwb', date: '2019-03-01' } }], {
    out: c.dir,
    force,
    log: () => {},
  });
const frontmatter = (c: ContentFixture) => frontmatterOf(readFileSync(join(c.dir, ITEM), 'utf8'));

let fixture: ContentFixture | undefined;
afterEach(() => fixture?.remove());

describe('importing a page again over its item', () => {
  it('keeps the topics and source the first import was given, which the page cannot say', async () => {
    fixture = copySampleContent();
    const before = frontmatter(fixture);
    await reimport(fixture);
    const after = frontmatter(fixture);
    expect(after.topics).toEqual(['neighbourhood-working', 'social-prescribing', 'integrated-care']);
    expect(after.source).toBe('http://lincolnshire.moderngov.co.uk/mgAi.aspx?ID=12461');
    expect(after.localities).toEqual(before.localities);
    expect(after.title).toBe(before.title);
  });

  it('with --force, keeps every field a person added by hand, and the minutes as the page has them', async () => {
    fixture = copySampleContent();
    fixture.edit(ITEM, (text) =>
      text
        .replace(/^indicators: .*\n/m, '')
        .replace(
          'source:',
          'indicators: [smoking-prevalence-adults]\nfollows: [2017-12-13-sel-jhosc/01-community-based-care]\n' +
            'votes:\n  - for: 5\n    against: 1\n    outcome: carried\nsupportingDocuments:\n  - title: The report\n    url: https://example.org/report.pdf\nminuteRef: LHWB/19/4\nsource:',
        ),
    );
    const report = await reimport(fixture);
    expect(report.files[0].problems[0].problem).toContain('was edited by hand, so it was not overwritten');
    await reimport(fixture, true);
    expect(frontmatter(fixture)).toMatchObject({
      topics: ['neighbourhood-working', 'social-prescribing', 'integrated-care'],
      source: 'http://lincolnshire.moderngov.co.uk/mgAi.aspx?ID=12461',
      indicators: ['smoking-prevalence-adults'],
      follows: ['2017-12-13-sel-jhosc/01-community-based-care'],
      votes: [{ for: 5, against: 1, outcome: 'carried' }],
      supportingDocuments: [{ title: 'The report', url: 'https://example.org/report.pdf' }],
      minuteRef: 'LHWB/19/4',
    });
  });
});
