/** A page is found by the glossary terms it uses however they are written: by abbreviation and by expansion. */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import { buildFigures } from '../../src/lib/kpi/figures.ts';
import { buildSiteIndex } from '../../src/lib/pages/site-index.ts';
import { itemText, searchRecords } from '../../src/lib/search/records.ts';
import { copySampleContent } from '../support/content-fixture.ts';
import { item, NEW, newMeeting } from '../support/sample-edits.ts';

const recordsOf = (dir: string) => {
  const corpus = loadCorpus(dir);
  const index = buildSiteIndex(corpus, '2026-11-22');
  return searchRecords(index, itemText(corpus.items), buildFigures(corpus.kpis.indicators, [], index.localities));
};
const records = recordsOf('content');
const JHOSC = 'JHOSC: Joint Health Overview and Scrutiny Committee';

describe('the search records of the glossary terms a page uses', () => {
  it('let "JHOSC" find the joint committee\'s meeting and its item, whose pages give only its name in full', () => {
    expect(records.filter((r) => r.content.includes(JHOSC)).map((r) => r.url)).toEqual([
      '/meetings/2017-12-13-sel-jhosc/',
      '/meetings/2017-12-13-sel-jhosc/01-community-care-strategy-and-governance/',
    ]);
    // Only the board's own record says "JHOSC", in its short name.
    expect(records.filter((r) => /\bJHOSC\b/.test(r.content.replace(JHOSC, ''))).map((r) => r.url)).toEqual([
      '/bodies/sel-jhosc/',
    ]);
  });

  it('give each term an item uses with its other ways of being written, once', () => {
    const lincs = records.find((r) => r.url.endsWith('/01-neighbourhood-working/'))!;
    // From its minutes, its agenda description ("the Sustainability and Transformation Partnership") and its board's name.
    expect(lincs.content.split('\n').slice(-5)).toEqual([
      'CCG: Clinical Commissioning Group',
      'GP: General Practitioner',
      'HWB: Health and Wellbeing Board',
      'MDT: Multi-Disciplinary Team',
      'STP: Sustainability and Transformation Partnership',
    ]);
  });

  it('let "Adult Social Care Outcomes Framework" find the figures whose titles say "ASCOF"', () => {
    const ascof = records.filter((r) => r.filters.type[0] === 'indicator' && r.meta.title.startsWith('Figures: ASCOF'));
    expect(ascof.length).toBeGreaterThan(20);
    for (const record of ascof) expect(record.content).toContain('ASCOF: Adult Social Care Outcomes Framework');
  });

  it('let "Better Care Fund" find an item whose minutes say only "BCF"', () => {
    const fixture = copySampleContent();
    try {
      newMeeting(fixture, {
        '01-bcf-plan.md': item(
          '',
          'The Board considered the BCF plan for 2024/25.\n\nRESOLVED that the plan be approved.',
        ),
      });
      const bcf = recordsOf(fixture.dir).find((r) => r.url === `/${NEW}/01-bcf-plan/`)!;
      expect(bcf.content).toContain('BCF: Better Care Fund');
    } finally {
      fixture.remove();
    }
  });
});
