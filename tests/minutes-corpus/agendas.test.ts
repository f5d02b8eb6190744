/**
 * The corpus's agenda-only pages (CMIS meeting pages with no minute text: its README says
 * several are) import as meetings still to come, and no page that records minutes does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPage } from '../../src/lib/import/import-page.ts';
import { CORPUS, readLabelledPages } from '../../scripts/corpus/labels.ts';

const options = {
  bodies: [{ id: 'corpus-board', name: 'Corpus Board' }],
  localities: [],
  body: 'corpus-board',
  date: '2020-01-01',
};
const imported = await Promise.all(
  readLabelledPages(CORPUS).map(async (page) => ({
    page,
    result: await importPage(readFileSync(join(CORPUS, page.file)), options),
  })),
);
const scheduled = imported.filter(({ result }) => result.ok && result.meetings.some((m) => m.status === 'scheduled'));

describe('agenda-only pages of the corpus', () => {
  it('are the CMIS agendas with no minute text, each imported as a scheduled meeting at its own date', () => {
    expect(scheduled.map(({ page }) => [page.file, page.page_kind, page.date])).toEqual([
      ['112_moray_council-2024-05-22.txt', 'cmis', '2024-05-22'],
      ['116_moray_council-2023-06-28.txt', 'cmis', '2023-06-28'],
      ['140_north-ayrshire_cabinet-2022-08-23.txt', 'cmis', '2022-08-23'],
    ]);
    for (const { page, result } of scheduled)
      expect(result.ok && result.meetings.map((m) => m.date), page.file).toEqual([page.date]);
  });

  it('have no decision, vote or follow-up, and no note asking where their minutes are', () => {
    for (const { page, result } of scheduled) {
      if (!result.ok) throw new Error(page.file);
      expect(page.resolutions, page.file).toEqual([]);
      for (const item of result.items) {
        expect([item.decisions, item.votes, item.actions, item.fallbackDecisions], page.file).toEqual([0, [], [], []]);
        expect(item.review.join(' '), page.file).not.toContain('records no minutes');
      }
    }
  });

  it('leave every page with a labelled resolution, vote or follow-up a meeting with minutes', () => {
    const recorded = imported.filter(({ page }) => page.resolutions.length + page.followups.length > 0 || page.votes);
    expect(recorded.length).toBeGreaterThan(90);
    expect(recorded.filter(({ result }) => scheduled.some((s) => s.result === result))).toEqual([]);
  });
});
