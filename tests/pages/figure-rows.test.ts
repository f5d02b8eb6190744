import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import type { Comparison } from '../../src/lib/kpi/comparison.ts';
import { buildFigures } from '../../src/lib/kpi/figures.ts';
import { comparedInWords, figureRows, type FigureRow } from '../../src/lib/pages/figure-rows.ts';
import { buildSiteIndex } from '../../src/lib/pages/site-index.ts';

/** Rows with only what comparedInWords reads: each row's comparison with England, or none. */
const rows = (...comparisons: (Comparison | undefined)[]) =>
  comparisons.map((comparison) => (comparison ? { benchmark: { comparison } } : {})) as unknown as FigureRow[];

describe('comparedInWords', () => {
  it('counts better, worse, similar and not compared, leaving out higher, lower and rows without England', () => {
    expect(
      comparedInWords(
        rows('better', 'better', 'worse', 'similar', 'not compared', 'higher', 'lower', undefined),
        'England',
      ),
    ).toBe('2 better than England, 1 worse, 1 similar and 1 not compared (no confidence interval published)');
  });

  it('joins the first count to England by the words it takes', () => {
    expect(comparedInWords(rows('similar', 'similar'), 'England')).toBe('2 similar to England');
    expect(comparedInWords(rows('not compared'), 'England')).toBe(
      '1 not compared with England (no confidence interval published)',
    );
  });

  it('says nothing when no row could be compared', () => {
    expect(comparedInWords(rows('higher', undefined), 'England')).toBeUndefined();
  });
});

describe('figureRows', () => {
  const corpus = loadCorpus('content');
  const index = buildSiteIndex(corpus, '2026-11-22');
  const figures = buildFigures(corpus.kpis.indicators, corpus.kpis.series, index.localities);
  const alcohol = [figures.measure('alcohol-related-admissions-narrow')!];
  const england = { id: 'england', name: 'England' };
  const rowOn = (date: string) => figureRows(figures, alcohol, 'bromley', { date, benchmark: england })[0];

  it('shows meetings knowing the same figure the same row, until it is too old to judge', () => {
    const [spring, autumn, later] = ['2019-04-02', '2019-10-15', '2020-06-01'].map(rowOn);
    expect(autumn).toEqual(spring);
    expect(spring.dated).toBeUndefined();
    expect(later.standing).toEqual(spring.standing);
    expect(later.dated).toBe('2017/18 figures, 2 years before this meeting');
    expect(rowOn('2018-03-01').standing.latest.period.label).toBe('2016/17');
  });

  it('compares a row only with the places asked for', () => {
    expect(rowOn('2019-04-02').benchmark?.name).toBe('England');
    expect(figureRows(figures, alcohol, 'bromley', { date: '2019-04-02' })[0].benchmark).toBeUndefined();
  });
});
