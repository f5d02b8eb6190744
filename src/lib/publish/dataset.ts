/** The shape of an open data download, so each is described once for its files, its descriptor and the /data/ page. */
import type { CsvValue } from '../text/csv.ts';
import type { SiteIndex } from '../pages/site-index.ts';
import type { KpiData } from '../corpus/model.ts';

/** A field's type, as a Frictionless Table Schema names it. */
export type FieldType = 'string' | 'date' | 'integer' | 'number' | 'boolean' | 'array';

/** One column of a download: its name, type and meaning, and its value in a row. */
export interface Field<T> {
  name: string;
  type: FieldType;
  description: string;
  value(row: T, root: string): CsvValue | string[];
}

/** A download: what it holds, in which formats, and how its rows are gathered. */
export interface Dataset<T> {
  name: string;
  title: string;
  description: string;
  formats: ('csv' | 'json')[];
  rows(index: SiteIndex, kpis: Pick<KpiData, 'series' | 'indicators'>): T[];
  fields: Field<T>[];
}

/** An address on the site at `root`, in full: downloads are read away from the site. */
export const url = (path: string, root: string) => new URL(path, root).href;
