/** The sample's titles published in capitals, as its pages, feeds and search show them, and as its open data keeps them. */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import { buildFigures } from '../../src/lib/kpi/figures.ts';
import { shownTitle } from '../../src/lib/pages/shown-titles.ts';
import { buildSiteIndex } from '../../src/lib/pages/site-index.ts';
import { feedOf, feedSets } from '../../src/lib/publish/feed-sets.ts';
import { openDataFiles } from '../../src/lib/publish/open-data.ts';
import { itemText, searchRecords } from '../../src/lib/search/records.ts';

const corpus = loadCorpus('content');
const index = buildSiteIndex(corpus, '2026-11-22');
const ROOT = 'https://minutes.example.gov.uk/';
const BROMLEY =
  '2023-06-29-bromley-hwb/01-south-east-london-icb-joint-forward-plan-and-one-bromley-5-year-strategy-sign-off';
const PUBLISHED = 'SOUTH EAST LONDON ICB JOINT FORWARD PLAN AND ONE BROMLEY 5 YEAR STRATEGY - SIGN OFF';
const SHOWN = 'South East London ICB joint forward plan and One Bromley 5 year strategy - sign off';

describe('shownTitle', () => {
  it("writes the sample's titles in capitals in sentence case, keeping its places, its glossary's terms and NHS abbreviations", () => {
    const shown = shownTitle(corpus);
    expect(corpus.items.map((item) => [item.title, shown(item.title)]).filter(([a, b]) => a !== b)).toEqual([
      ['ICP AND LOCALITIES MODEL', 'ICP and localities model'],
      ['COMMUNITY CARE - STRATEGY AND GOVERNANCE', 'Community care - strategy and governance'],
      [
        'BETTER CARE TOGETHER: COMMUNITY HEALTH SERVICES REDESIGN',
        'Better Care Together: community health services redesign',
      ],
      [PUBLISHED, SHOWN],
    ]);
  });

  it('keeps the names of boards and organisations as the content writes them', () => {
    const shown = shownTitle(corpus);
    expect(shown('LONDON BOROUGH OF HAVERING: BROMLEY HWB AND SOUTH EAST LONDON JHOSC')).toBe(
      'London Borough of Havering: Bromley HWB and South East London JHOSC',
    );
    expect(shown('LEICESTER CITY COUNCIL UPDATE')).toBe('Leicester City Council update');
  });
});

describe('a title published in capitals', () => {
  it('is shown in sentence case by every page, which all ask the site index', () => {
    expect(index.item(BROMLEY)).toMatchObject({ title: SHOWN, publishedTitle: PUBLISHED });
    expect(index.decisions.find((d) => d.item.id === BROMLEY)!.item.title).toBe(SHOWN);
  });

  it('is shown in sentence case in the feeds and the search results', () => {
    const all = feedOf(
      index,
      feedSets(index).find((s) => s.path === 'feeds/all')!,
      ROOT,
      'feeds/all.rss.xml',
    );
    expect(all.entries.map((e) => e.title)).toContain(`Decision (endorsed): ${SHOWN}`);
    const figures = buildFigures(corpus.kpis.indicators, corpus.kpis.series, index.localities);
    const record = searchRecords(index, itemText(corpus.items), figures).find(
      (r) => r.url === `/meetings/${BROMLEY}/`,
    )!;
    expect(record.meta.title).toBe(SHOWN);
  });

  it('is kept as published in the open data', () => {
    const files = openDataFiles(index, corpus.kpis, ROOT, { name: 'OGL', url: 'https://example.org/ogl' });
    const items = JSON.parse(files.find((f) => f.path === 'data/items.json')!.text) as { id: string; title: string }[];
    expect(items.find((i) => i.id === BROMLEY)!.title).toBe(PUBLISHED);
    expect(files.find((f) => f.path === 'data/decisions.csv')!.text).toContain(PUBLISHED);
    expect(files.find((f) => f.path === 'data/decisions.csv')!.text).not.toContain(SHOWN);
  });
});
