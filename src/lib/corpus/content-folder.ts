/**
 * The top of a content folder: each entry must be one Minuted reads, so a folder renamed
 * (Meetings/ by a sync program, kpis.old/ by hand) is named rather than left out unseen.
 */
import { join } from 'node:path';
import { closest } from '../content/content-error.ts';
import type { ContentReader } from './content-reader.ts';

/** What the content folder holds, and what each folder holds; a required folder's absence is a problem. */
const LAYOUT: Record<string, { kind: 'file' | 'folder'; holds?: string; required?: true }> = {
  'site.yaml': { kind: 'file' }, // its absence is the site's own problem, with its own advice
  bodies: { kind: 'folder', holds: 'a .yaml file for each board or committee', required: true },
  localities: { kind: 'folder', holds: 'a .yaml file for each place', required: true },
  topics: { kind: 'folder', holds: 'a .yaml file for each topic' },
  meetings: { kind: 'folder', holds: 'a folder for each meeting', required: true },
  indicators: { kind: 'folder', holds: 'a .yaml file for each indicator' },
  kpis: { kind: 'folder', holds: 'the CSV files of figures' },
  'postcodes.csv': { kind: 'file' },
  'glossary.yaml': { kind: 'file' },
  // The importer leaves its report here, and minutes edited by hand that it replaced (docs/import.md).
  'import-report.md': { kind: 'file' },
  'import-kept': { kind: 'folder' },
};

const CONTENT_FORMAT = '"The content format" in README.md';

/**
 * Checks the top of `contentDir`, recording a problem for each entry Minuted does not
 * read, each of the wrong kind, and each required folder missing. False when there is no
 * content folder at all, so nothing else is worth reporting.
 */
export function checkContentFolder(reader: ContentReader, contentDir: string): boolean {
  const kind = reader.kind(contentDir);
  if (kind !== 'folder') {
    if (kind !== 'refused')
      reader.problems.push({
        file: reader.display(contentDir),
        message:
          kind === 'missing'
            ? 'There is no content folder here.'
            : 'This is a file, but Minuted expects the content folder here.',
        advice:
          'run Minuted in the folder that holds your content folder, or set CONTENT_DIR to where the content folder is.',
      });
    return false;
  }
  const present = new Set<string>();
  for (const { name, path, kind: found } of reader.entries(contentDir)) {
    const known = LAYOUT[name];
    if (!known) {
      const guess = closest(name.trim(), Object.keys(LAYOUT));
      reader.problems.push({
        file: reader.display(path),
        message:
          found === 'folder'
            ? `Minuted does not read a folder called "${name}", so nothing in it would be published.`
            : `Minuted does not read a file called "${name}" here, so it would be left out of the site.`,
        advice: guess
          ? `did you mean "${guess}"? Rename it to exactly that${name !== name.trim() ? ', without the space' : ''}: names in the content folder are lower case.`
          : `the content folder holds only site.yaml, postcodes.csv, glossary.yaml and the folders bodies, localities, topics, meetings, indicators and kpis (see ${CONTENT_FORMAT}); move anything else out of it.`,
      });
    } else if (known.kind !== found) {
      reader.refuse(
        path,
        `"${name}" is a ${found}, but Minuted expects a ${known.kind} of that name here.`,
        known.kind === 'folder'
          ? `make ${name} a folder holding ${known.holds} (see ${CONTENT_FORMAT}), and move this file elsewhere.`
          : `make ${name} a file, as in the sample content (see ${CONTENT_FORMAT}), and move this folder elsewhere.`,
      );
    } else present.add(name);
  }
  for (const [name, { holds, required }] of Object.entries(LAYOUT)) {
    const path = join(contentDir, name);
    if (required && !present.has(name) && reader.kind(path) === 'missing')
      reader.problems.push({
        file: reader.display(path),
        message: `There is no ${name} folder, so the site would have no ${name}.`,
        advice: `make the folder ${reader.display(path)}/ with ${holds} (see ${CONTENT_FORMAT}); if it was renamed or moved, put it back.`,
      });
  }
  return true;
}
