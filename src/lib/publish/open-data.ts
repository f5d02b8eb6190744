/**
 * The open data downloads: what each file holds, described once, so the files, their
 * data package descriptor and the /data/ page always agree. Ids never change once
 * published: they come from folder and file names, and a decision's or follow-up's
 * place in its item.
 */
import { toCsv } from '../text/csv.ts';
import type { SiteIndex } from '../pages/site-index.ts';
import type { KpiData } from '../corpus/model.ts';
import type { Dataset } from './dataset.ts';
import { kpis } from './kpi-dataset.ts';
import { actions, decisions, items, meetings } from './minutes-datasets.ts';
import { votes } from './votes-dataset.ts';

/** Every dataset. */
export const DATASETS = [decisions, votes, meetings, items, actions, kpis] as unknown as Dataset<unknown>[];

/** A download: its path under the site and its text (a type, not an interface, so Astro takes it as page props). */
export type DataFile = {
  path: string;
  mediaType: string;
  text: string;
};

/**
 * Every download file for a site at `root`, and the data package descriptor.
 * Example: openDataFiles(index, 'https://x.gov.uk/').map((f) => f.path) includes 'data/decisions.csv'.
 */
export function openDataFiles(
  index: SiteIndex,
  kpiData: Pick<KpiData, 'series' | 'indicators'>,
  root: string,
  licence: { name: string; url: string },
): DataFile[] {
  const files: DataFile[] = [];
  for (const dataset of DATASETS) {
    const rows = dataset.rows(index, kpiData);
    if (dataset.formats.includes('csv')) {
      const cells = rows.map((row) =>
        dataset.fields.map((f) => {
          const value = f.value(row, root);
          return Array.isArray(value) ? value.join(';') : value;
        }),
      );
      files.push({
        path: `data/${dataset.name}.csv`,
        mediaType: 'text/csv; charset=utf-8',
        text: toCsv(
          dataset.fields.map((f) => f.name),
          cells,
        ),
      });
    }
    if (dataset.formats.includes('json')) {
      // Built field by field: Object.fromEntries takes several times as long, a tenth of a second at 10,000 items.
      const records = rows.map((row) => {
        const record: Record<string, unknown> = {};
        for (const f of dataset.fields) record[f.name] = f.value(row, root) ?? null;
        return record;
      });
      files.push({
        path: `data/${dataset.name}.json`,
        mediaType: 'application/json; charset=utf-8',
        text: `${JSON.stringify(records, null, 1)}\n`,
      });
    }
  }
  files.push({
    path: 'data/datapackage.json',
    mediaType: 'application/json; charset=utf-8',
    text: `${JSON.stringify(dataPackage(index, licence), null, 2)}\n`,
  });
  return files;
}

/** A Frictionless Data Package descriptor: the schema of every download. */
function dataPackage(index: SiteIndex, licence: { name: string; url: string }) {
  return {
    name: 'minuted-open-data',
    title: `${index.site.title}: open data`,
    licenses: [{ title: licence.name, path: licence.url }],
    resources: DATASETS.flatMap((dataset) =>
      dataset.formats.map((format) => ({
        name: `${dataset.name}-${format}`,
        path: `${dataset.name}.${format}`,
        format,
        mediatype: format === 'csv' ? 'text/csv' : 'application/json',
        encoding: 'utf-8',
        title: dataset.title,
        description: dataset.description,
        schema: { fields: dataset.fields.map((f) => ({ name: f.name, type: f.type, description: f.description })) },
      })),
    ),
  };
}
