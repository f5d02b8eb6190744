/** Small builders shared by the KPI tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { KpiPoint } from '../../src/lib/kpi/series.ts';
import { parsePeriod } from '../../src/lib/kpi/periods.ts';
import { indicatorSchema, type Indicator } from '../../src/lib/kpi/schema.ts';

/** A valid indicator, with the fields a test cares about overridden. */
export function indicator(overrides: Record<string, unknown> = {}): Indicator {
  return indicatorSchema.parse({
    title: 'Smoking prevalence in adults',
    description: 'Percentage of adults who smoke.',
    unit: '%',
    format: 'percent',
    polarity: 'lower is better',
    source: { publisher: 'ONS', url: 'https://example.org/smoking', licence: { name: 'Open Government Licence v3.0' } },
    frequency: 'annual',
    ...overrides,
  });
}

/** A chart point for a period label, optionally with confidence limits. */
export function point(label: string, value: number, ci?: [number, number]): KpiPoint {
  const parsed = parsePeriod(label);
  if (!parsed.ok) throw new Error(parsed.message);
  return {
    period: parsed.period,
    value,
    ...(ci && { lowerCi: ci[0], upperCi: ci[1] }),
    file: 'content/kpis/test.csv',
    line: 2,
  };
}

/** A content folder's locality ids, and their ids by ONS code (each locality's `ons:`), as exports are matched. */
export function localitiesOf(content: string): {
  localityIds: Set<string>;
  localityOns: Map<string, string>;
} {
  const folder = join(content, 'localities');
  const localityIds = new Set(readdirSync(folder).map((name) => name.replace(/\.yaml$/, '')));
  const localityOns = new Map(
    [...localityIds].flatMap((id) => {
      const { ons } = parse(readFileSync(join(folder, `${id}.yaml`), 'utf8')) as { ons?: string };
      return ons ? [[ons, id] as [string, string]] : [];
    }),
  );
  return { localityIds, localityOns };
}
