/** Shared by the importer's tests: the sample's bodies and localities, and a page's imported text. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import { importPage } from '../../src/lib/import/import-page.ts';
import { type ImportedPage, type ImportOptions, type ImportResult } from '../../src/lib/import/imported.ts';
import { renderMinutes } from '../../src/lib/minutes/render.ts';
import { normaliseText } from '../support/seeds.ts';

export const FIXTURES = join(import.meta.dirname, 'fixtures');
const corpus = loadCorpus(join(import.meta.dirname, '../../content'));
export const known = { bodies: corpus.bodies, localities: corpus.localities };

/** Imports a fixture (or any file) with the sample's bodies and localities. */
export async function importFile(path: string, options: Partial<ImportOptions> = {}): Promise<ImportedPage> {
  return imported(
    path,
    await importPage(readFileSync(path.includes('/') ? path : join(FIXTURES, path)), { ...known, ...options }),
  );
}

/** Imports a page's text, as a text export would give it, with the sample's bodies and localities. */
export async function importText(text: string, options: Partial<ImportOptions> = {}): Promise<ImportedPage> {
  return imported(text.slice(0, 40), await importPage(new TextEncoder().encode(text), { ...known, ...options }));
}

function imported(name: string, result: ImportResult): ImportedPage {
  if (!result.ok) throw new Error(`${name}: ${result.problem} ${result.advice}`);
  return result;
}

/** Everything a reader of the site sees of an import: meeting, titles, descriptions, documents and the minutes as rendered. */
export function visibleText(result: ImportedPage): string {
  const { meetings, items } = result;
  const parts = [
    ...meetings.flatMap((m) => [m.venue ?? '', ...(m.notes ?? [])]),
    ...items.flatMap((item) => {
      const fm = item.frontmatter as {
        title: string;
        minuteRef?: string;
        description?: string;
        supportingDocuments: { title: string }[];
      };
      // The title as the page wrote it: the item page shows the minute reference beside it.
      return [
        item.number ?? '',
        fm.minuteRef ? `${fm.title} (${fm.minuteRef})` : fm.title,
        fm.description ?? '',
        ...fm.supportingDocuments.map((d) => d.title),
        ...renderMinutes(item.markdown).textBlocks,
      ];
    }),
  ];
  return normaliseText(parts.join('\n'));
}

/** The lines of a text file as "nothing lost" compares them: normalised, list markers off, blank ones out. */
export function comparableLines(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .map((line) => normaliseText(line).replace(/^(?:[·•]|\d{1,3}[.)])\s+/, ''))
    .filter(Boolean);
}
