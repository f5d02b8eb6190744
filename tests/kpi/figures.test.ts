import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import { buildFigures } from '../../src/lib/kpi/figures.ts';
import { trendReasons } from '../../src/lib/kpi/recent-trend.ts';
import { buildSiteIndex } from '../../src/lib/pages/site-index.ts';

const corpus = loadCorpus('content');
const index = buildSiteIndex(corpus, '2026-11-22');
const figures = buildFigures(corpus.kpis.indicators, corpus.kpis.series, index.localities);
const smoking = figures.measure('smoking-prevalence-adults')!;

describe('buildFigures on the sample figures', () => {
  it('charts Bromley against London and England where they have figures, and says so in words', () => {
    const view = figures.chart(smoking, 'bromley')!;
    expect(view.data.lines.map((l) => l.place)).toEqual(['Bromley', 'England']);
    expect(view.data.summary).toMatch(
      /^Smoking prevalence in adults \(18\+\) - current smokers \(APS\) in Bromley fell from 16\.1% in 2011 to 6\.6% in 2024\. England: 10\.4% in 2024; not compared with England \(no confidence interval published\)\./,
    );
    const ascof = figures.chart(figures.measure('ascof-1a-social-care-related-quality-of-life')!, 'bromley')!;
    expect(ascof.data.lines.map((l) => l.place)).toEqual(['Bromley', 'London', 'England']);
  });

  it('puts in the CSV download exactly the figures drawn, no more and no fewer', () => {
    const view = figures.chart(smoking, 'bromley')!;
    const rows = view.csv.trim().split('\r\n').slice(1);
    expect(rows).toHaveLength(view.points);
    expect(view.points).toBe(view.data.lines.reduce((n, line) => n + line.values.filter((v) => v !== null).length, 0));
  });

  it('keeps editions of one measure apart, never one line', () => {
    const hle = figures.measure('healthy-life-expectancy-at-birth-female')!;
    expect(hle.editions.length).toBe(2);
    const view = figures.chart(hle, 'bromley')!;
    const bromleyLines = view.data.lines.filter((l) => l.role === 'locality');
    expect(bromleyLines.length).toBe(2);
    expect(bromleyLines.map((l) => l.label).join(' | ')).toContain('Earlier edition');
  });

  it('gives the figure a meeting could have known: the latest period ended by its date', () => {
    const at = figures.standing(smoking, 'bromley', '2019-03-01')!;
    expect(at.latest.period.label).toBe('2018');
    const now = figures.standing(smoking, 'bromley')!;
    expect(now.latest.period.label).toBe('2024');
    expect(now.direction.direction).toBe('improving');
    // The sample's smoking figures come with neither counts nor intervals, so no trend is tested.
    expect(now.recent).toEqual({ trend: 'not calculated', reason: trendReasons.inputs });
  });

  it('shows meetings that knew the same figures the same standing, and a later meeting the newer figure', () => {
    const fresh = buildFigures(corpus.kpis.indicators, corpus.kpis.series, index.localities);
    const after = fresh.standing(smoking, 'bromley', '2020-01-02')!;
    const spring = fresh.standing(smoking, 'bromley', '2019-03-01')!;
    const autumn = fresh.standing(smoking, 'bromley', '2019-11-30')!;
    expect(after.latest.period.label).toBe('2019');
    expect([spring.latest.period.label, autumn.latest.period.label]).toEqual(['2018', '2018']);
    expect(autumn).toEqual(spring);
    expect(fresh.standing(smoking, 'bromley', '2099-01-01')).toEqual(fresh.standing(smoking, 'bromley'));
  });

  it("compares a place's latest figure with England's for the same period and edition, and only then", () => {
    const now = figures.standing(smoking, 'bromley')!;
    expect(figures.benchmark(now, 'england')).toMatchObject({
      locality: 'england',
      point: { period: { label: '2024' }, value: 10.4 },
      // The sample publishes no confidence interval for Bromley's 6.6%, so it is not compared.
      comparison: 'not compared',
    });
    expect(figures.benchmark(now, 'stamford')).toBeUndefined();
  });

  it('files a measure under its theme, which its indicator file gives', () => {
    expect(smoking.theme).toBe('Healthy behaviours');
    expect(figures.measure('healthy-life-expectancy-at-birth-female')!.theme).toBe('Life expectancy and mortality');
    expect(figures.measures.filter((m) => m.theme === undefined)).toEqual([]);
  });

  it("lists a locality's measures, and no measure for a place without figures", () => {
    expect(figures.measuresIn('bromley').length).toBeGreaterThan(30);
    expect(figures.measuresIn('stamford')).toEqual([]);
    expect(figures.localitiesWith(smoking)).toEqual(expect.arrayContaining(['bromley', 'england', 'havering']));
  });
});
