/** "Compare places" on a measure's page: every place offered, every figure in the table, editions never joined. */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import { formatValue, shownSummary } from '../../src/lib/kpi/summary.ts';
import { indicatorRoute } from '../../src/lib/pages/indicators.ts';
import { siteDataOf } from '../../src/lib/pages/routes.ts';
import { allPages, TODAY } from './synthetic-site.ts';

const site = siteDataOf(loadCorpus('content'), TODAY, 300);
const pages = allPages(indicatorRoute, site);
const compareOf = (id: string) => pages.find((p) => p.params.measure === id)!.view.compare!;
const smoking = compareOf('smoking-prevalence-adults');

describe('comparing places on a measure’s page', () => {
  it('offers every place with figures, by name, England and two places ticked at first', () => {
    const measure = site.figures.measure('smoking-prevalence-adults')!;
    const withFigures = site.figures.localitiesWith(measure).map((id) => site.index.localities.get(id)!.name);
    expect(smoking.places.map((p) => p.name)).toEqual(withFigures);
    expect(smoking.places.filter((p) => p.checked).map((p) => p.name)).toEqual(['Bromley', 'England', 'Havering']);
  });

  it('ticks places before the regions holding them', () => {
    const ascof = compareOf('ascof-1a-social-care-related-quality-of-life');
    expect(ascof.places.map((p) => p.name)).toContain('London');
    expect(ascof.places.filter((p) => p.checked).map((p) => p.name)).toEqual(['Bromley', 'England', 'Havering']);
  });

  it('has a table of every place’s every figure, rounded as the indicator says', () => {
    const indicator = site.figures.measure('smoking-prevalence-adults')!.editions[0];
    expect(smoking.table.head.map((h) => h.text)).toEqual(smoking.places.map((p) => p.name));
    for (const [column, place] of smoking.places.entries()) {
      const points = site.kpis.series.find((s) => s.indicator === indicator.id && s.locality === place.id)!.points;
      for (const point of points) {
        const row = smoking.table.rows.find((r) => r.period === point.period.label)!;
        expect(row.cells[column].text, `${place.name} ${point.period.label}`).toBe(formatValue(point.value, indicator));
      }
      const shown = smoking.table.rows.filter((r) => r.cells[column].text !== '–');
      expect(shown).toHaveLength(points.length);
    }
    // One decimal, as the indicator publishes: 6.6%, never 6.60% or 7%.
    expect(smoking.table.rows.at(-1)!.cells[0].text).toMatch(/^\d+\.\d%$/);
  });

  it('names every place in the text beside the table, and only those drawn once places are chosen', () => {
    expect(smoking.data.summary).toMatch(/^Places shown: Bromley, England, Havering, Leicester and Rutland\./);
    expect(shownSummary(smoking.data, ['England', 'Bromley'])).toBe(
      'Places shown: Bromley and England. Latest figures: Bromley 6.6% in 2024; England 10.4% in 2024.',
    );
    expect(shownSummary(smoking.data, [])).toMatch(/^No place is chosen/);
  });

  it('compares the latest edition only, never joining editions into one line', () => {
    const measure = site.figures.measure('healthy-life-expectancy-at-birth-female')!;
    expect(measure.editions.length).toBeGreaterThan(1);
    const hle = compareOf(measure.id);
    const [latest] = measure.editions;
    expect(hle.edition).toBe(latest.edition);
    expect(hle.caption).toContain(latest.edition);
    const periods = new Set(
      site.kpis.series.filter((s) => s.indicator === latest.id).flatMap((s) => s.points.map((p) => p.period.label)),
    );
    expect(hle.data.periods.every((period) => periods.has(period))).toBe(true);
    // Places whose figures are all in the earlier edition are named, not drawn or tabled.
    const earlierOnly = site.figures
      .localitiesWith(measure)
      .filter((id) => !site.kpis.series.some((s) => s.indicator === latest.id && s.locality === id));
    expect(hle.earlierOnly).toEqual(earlierOnly.map((id) => site.index.localities.get(id)!.name));
    expect(hle.places.map((p) => p.id)).not.toContain(earlierOnly[0]);
    expect(smoking.edition).toBeUndefined();
    expect(smoking.earlierOnly).toEqual([]);
  });
});
