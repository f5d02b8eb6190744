/** The open data downloads of the sample corpus: each file, its columns and the descriptor that lists them. */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import { readCsv } from '../../src/lib/kpi/csv.ts';
import { buildSiteIndex } from '../../src/lib/pages/site-index.ts';
import { DATASETS, openDataFiles } from '../../src/lib/publish/open-data.ts';

const corpus = loadCorpus('content');
const index = buildSiteIndex(corpus, '2026-11-22');
const ROOT = 'https://minutes.example.gov.uk/democracy/health/';
const files = openDataFiles(index, corpus.kpis, ROOT, { name: 'OGL v3.0', url: 'https://example.org/ogl' });
const file = (path: string) => files.find((f) => f.path === path)!;

describe('openDataFiles', () => {
  it('writes each dataset in its formats, then the descriptor', () => {
    expect(files.map((f) => f.path)).toEqual([
      'data/decisions.csv',
      'data/decisions.json',
      'data/votes.csv',
      'data/votes.json',
      'data/meetings.json',
      'data/items.json',
      'data/actions.csv',
      'data/kpis.csv',
      'data/datapackage.json',
    ]);
  });

  it("heads each CSV with its dataset's field names, a row for each record", () => {
    const decisions = readCsv(file('data/decisions.csv').text).records;
    expect(decisions[0].cells.map((c) => c.text)).toEqual(DATASETS[0].fields.map((f) => f.name));
    expect(decisions).toHaveLength(index.decisions.length + 1);
  });

  it('gives full addresses under the root, and ids that match the site', () => {
    const meetings = JSON.parse(file('data/meetings.json').text) as { id: string; url: string }[];
    expect(meetings.map((m) => m.id)).toEqual(index.meetings.map((m) => m.id));
    for (const meeting of meetings) expect(meeting.url.startsWith(ROOT)).toBe(true);
  });

  it('describes every file in the data package, with its licence', () => {
    const descriptor = JSON.parse(file('data/datapackage.json').text) as {
      licenses: { title: string }[];
      resources: { path: string; schema: { fields: { name: string }[] } }[];
    };
    expect(descriptor.licenses).toEqual([{ title: 'OGL v3.0', path: 'https://example.org/ogl' }]);
    expect(descriptor.resources.map((r) => `data/${r.path}`)).toEqual(files.slice(0, -1).map((f) => f.path));
  });
});
