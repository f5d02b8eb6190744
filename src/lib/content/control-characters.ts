/** Invisible control characters in a YAML file's text, refused: they would go raw into every page. */
import { describeControlCharacter } from '../text/control-characters.ts';
import { fieldPath, type ContentProblem } from './content-error.ts';
import type { YamlSource } from './yaml-source.ts';

export const CONTROL_CHARACTER_ADVICE =
  'delete it: retype the words around it (such characters come in with text copied from PDFs and other programs, and are not allowed in web pages).';

/**
 * One problem for each text of `source` holding a control character, naming its field and line.
 * Example: controlCharacterProblems(source of 'title: "Board\\b"', 'content/site.yaml')[0].field === 'title'.
 */
export function controlCharacterProblems(source: YamlSource, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const visit = (value: unknown, path: PropertyKey[]) => {
    // A file that is only text is refused by its schema, as not a set of fields.
    if (typeof value === 'string' && path.length > 0) {
      const found = describeControlCharacter(value);
      if (found)
        problems.push({
          file,
          line: source.lineOf(path),
          field: fieldPath(path),
          message: `The field "${fieldPath(path)}" contains ${found}.`,
          advice: CONTROL_CHARACTER_ADVICE,
        });
    } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
    else if (value && typeof value === 'object')
      for (const [key, v] of Object.entries(value)) visit(v, [...path, key]);
  };
  visit(source.data, []);
  return problems;
}
