/** The recorded votes download and the vote counts of decisions and items, from a copy of the sample with two votes. */
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import { readCsv } from '../../src/lib/kpi/csv.ts';
import { buildSiteIndex } from '../../src/lib/pages/site-index.ts';
import { openDataFiles } from '../../src/lib/publish/open-data.ts';
import { VOTED_ITEM, votedContent } from '../support/voted-content.ts';

const content = votedContent();
afterAll(() => content.remove());
const corpus = loadCorpus(content.dir);
const ROOT = 'https://minutes.example.gov.uk/';
const files = openDataFiles(buildSiteIndex(corpus, '2026-11-22'), corpus.kpis, ROOT, {
  name: 'OGL v3.0',
  url: 'https://example.org/ogl',
});
const text = (path: string) => files.find((f) => f.path === path)!.text;

describe('votes.csv and votes.json', () => {
  it('have a row a vote, with its counts, outcome and names', () => {
    const rows = JSON.parse(text('data/votes.json')) as Record<string, unknown>[];
    expect(rows).toEqual([
      expect.objectContaining({
        id: `${VOTED_ITEM}#vote-1`,
        item_id: VOTED_ITEM,
        meeting_date: '2019-03-01',
        body_id: 'lincolnshire-hwb',
        motion: 'the amendment moved by Councillor Mrs S Woolley',
        outcome: 'not agreed',
        votes_for: 3,
        votes_against: 7,
        votes_abstain: 1,
        named_against: ['Councillor M Hill', 'Councillor Dr M E Thompson'],
        url: `${ROOT}meetings/${VOTED_ITEM}/#vote-1`,
      }),
      expect.objectContaining({ id: `${VOTED_ITEM}#vote-2`, motion: null, outcome: 'carried', named_for: [] }),
    ]);
    const csv = readCsv(text('data/votes.csv')).records.map((r) => r.cells.map((c) => c.text));
    expect(csv).toHaveLength(3);
    const at = (name: string) => csv[0].indexOf(name);
    expect(csv[1][at('named_for')]).toBe('Councillor Mrs S Woolley;Councillor C J T H Brewis;Councillor R Wootten');
    expect(csv[2][at('votes_for')]).toBe('10');
  });

  it("count the votes of each decision's item, and of each item", () => {
    const decisions = JSON.parse(text('data/decisions.json')) as { item_id: string; recorded_votes: number }[];
    const voted = decisions.filter((d) => d.recorded_votes > 0);
    expect(voted.length).toBeGreaterThan(0);
    for (const d of decisions) expect(d.recorded_votes).toBe(d.item_id === VOTED_ITEM ? 2 : 0);
    const items = JSON.parse(text('data/items.json')) as { id: string; recorded_votes: number }[];
    expect(items.find((i) => i.id === VOTED_ITEM)!.recorded_votes).toBe(2);
  });

  it('are described in the data package, every field', () => {
    const descriptor = JSON.parse(text('data/datapackage.json')) as {
      resources: { name: string; schema: { fields: { name: string; description: string }[] } }[];
    };
    const votes = descriptor.resources.find((r) => r.name === 'votes-csv')!;
    expect(votes.schema.fields.map((f) => f.name)).toContain('votes_abstain');
    for (const field of votes.schema.fields) expect(field.description).not.toBe('');
  });
});
