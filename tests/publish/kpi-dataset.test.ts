/** The kpis download: each figure compared with England's and its region's for the same period. */
import { describe, expect, it } from 'vitest';
import { buildLocalityTree } from '../../src/lib/content/localities.ts';
import type { IndicatorFile, KpiSeries } from '../../src/lib/kpi/series.ts';
import type { SiteIndex } from '../../src/lib/pages/site-index.ts';
import { kpis } from '../../src/lib/publish/kpi-dataset.ts';
import { indicator, point } from '../kpi/support.ts';

const localities = buildLocalityTree([
  { id: 'england', name: 'England' },
  { id: 'london', name: 'London', parent: 'england' },
  { id: 'south-east-london', name: 'South East London', parent: 'london' },
  { id: 'bromley', name: 'Bromley', parent: 'south-east-london' },
]);
const index = { localities } as unknown as SiteIndex;
const indicators = new Map<string, IndicatorFile>([
  ['smoking', { ...indicator({ polarity: 'lower is better' }), file: 'indicators/smoking.yaml' }],
]);
const series: KpiSeries[] = [
  // Bromley 2023: 9.0 (7.0 to 11.0) takes in London's 10.0 but lies wholly below England's 12.0.
  // Bromley 2024: 6.6 with no interval published. London has no 2024 figure.
  { indicator: 'smoking', locality: 'bromley', points: [point('2023', 9.0, [7.0, 11.0]), point('2024', 6.6)] },
  { indicator: 'smoking', locality: 'london', points: [point('2023', 10.0, [9.5, 10.5])] },
  { indicator: 'smoking', locality: 'england', points: [point('2023', 12.0), point('2024', 10.4)] },
];
const cell = (name: string, row: ReturnType<typeof kpis.rows>[number]) =>
  kpis.fields.find((f) => f.name === name)!.value(row, 'https://example.org/');
const rows = kpis.rows(index, { series, indicators });
const find = (locality: string, period: string) =>
  rows.find((r) => r.locality === locality && r.period.label === period)!;

describe('kpis', () => {
  it("compares a figure with England's and the nearest region with figures, skipping one without", () => {
    const row = find('bromley', '2023');
    expect([cell('compared_with_england', row), cell('region', row), cell('compared_with_region', row)]).toEqual([
      'better',
      'london',
      'similar',
    ]);
  });

  it('says "not compared" without an interval, and leaves a comparison out without the other figure', () => {
    const row = find('bromley', '2024');
    expect([cell('compared_with_england', row), cell('region', row), cell('compared_with_region', row)]).toEqual([
      'not compared',
      undefined,
      undefined,
    ]);
  });

  it('compares London with England, and England with nothing', () => {
    // London 10.0 (9.5 to 10.5) lies wholly below England's 12.0.
    expect(cell('compared_with_england', find('london', '2023'))).toBe('better');
    expect(cell('region', find('london', '2023'))).toBeUndefined();
    expect(cell('compared_with_england', find('england', '2023'))).toBeUndefined();
  });
});
