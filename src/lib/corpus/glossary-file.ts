/** The glossary of a content folder, `glossary.yaml`: optional, so a folder without one has none. */
import { join } from 'node:path';
import { glossaryProblems, glossarySchema, type GlossaryEntry } from '../content/glossary-schema.ts';
import { parseYaml, validate } from '../content/yaml-source.ts';
import type { ContentReader } from './content-reader.ts';

/**
 * The glossary's entries as written, or none (with problems recorded) when there is no
 * glossary or it cannot be used. Read before the minutes, which it marks up.
 * Example: readGlossary(reader, 'content').find((e) => e.term === 'JHOSC')?.expansion === 'Joint Health Overview and Scrutiny Committee'.
 */
export function readGlossary(reader: ContentReader, contentDir: string): GlossaryEntry[] {
  const path = join(contentDir, 'glossary.yaml');
  if (reader.kind(path) === 'missing') return [];
  const text = reader.text(path);
  if (text === undefined) return [];
  const file = reader.display(path);
  const parsed = parseYaml(text, file, 1, reader.yamlMemo);
  reader.problems.push(...parsed.problems);
  if (!parsed.source) return [];
  if (!Array.isArray(parsed.source.data)) {
    reader.problems.push({
      file,
      line: 1,
      message: 'The glossary is not a list of terms.',
      advice:
        'start each term with "- term:" at the start of a line, and indent its other lines by two spaces, as in the sample content\'s glossary.yaml and README.md.',
    });
    return [];
  }
  const checked = validate(glossarySchema, parsed.source, file);
  reader.problems.push(...checked.problems);
  if (!checked.value) return [];
  reader.problems.push(...glossaryProblems(checked.value, parsed.source.lineOf, file));
  return checked.value;
}
