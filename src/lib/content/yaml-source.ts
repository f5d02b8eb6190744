/**
 * YAML read with its line numbers kept, so schema errors can say which line to fix, and
 * with each plain value's text as written, so "6.10" where the schema wants text stays
 * "6.10" rather than becoming the number 6.1.
 */
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { withCommas } from '../text/counts.ts';
import type { ContentProblem } from './content-error.ts';
import { controlCharacterProblems } from './control-characters.ts';
import { issueToProblem } from './field-problems.ts';
import type { YamlMemo } from './yaml-memo.ts';
import { walkDocument, yamlErrorProblems, type WrittenAs } from './yaml-problems.ts';

/** A parsed YAML text that can say on which line a field stands. */
export interface YamlSource {
  data: unknown;
  /** The 1-based line of the value at `path` (or of the nearest parent that exists). */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /** Plain values YAML read as numbers, true/false or dates, with their text as written. */
  written: readonly WrittenAs[];
}

/**
 * What a YAML memo gives back for a text: its data and values as written, and maybe the
 * lines of some paths (keyed by JSON.stringify(path), counted from the text's first line),
 * so that asking for those does not parse the text again.
 */
export interface RememberedYaml {
  data: unknown;
  written: WrittenAs[];
  lines?: Record<string, number | null>;
}

/** No settings or frontmatter come near this; the parser takes seconds on pathological text this long. */
export const MAX_YAML_CHARS = 200_000;

/**
 * Parses YAML, reporting syntax errors as problems of `file`. `firstLine` is the file's
 * line number of the text's first line (frontmatter starts on line 2). With a `memo`, text
 * an earlier build parsed is not parsed again, except to find a line when one is asked for.
 * Example: parseYaml('title: x', 'content/site.yaml').source?.data → { title: 'x' }.
 */
export function parseYaml(
  text: string,
  file: string,
  firstLine = 1,
  memo?: YamlMemo,
): { source?: YamlSource; problems: ContentProblem[] } {
  const remembered = memo?.get(text) as RememberedYaml | undefined;
  if (remembered !== undefined) {
    const { data, written, lines } = remembered;
    let afresh: YamlSource['lineOf'] | undefined;
    const lineOf: YamlSource['lineOf'] = (path) => {
      const key = JSON.stringify(path);
      if (lines && Object.hasOwn(lines, key)) return lines[key] === null ? undefined : lines[key] + firstLine - 1;
      return (afresh ??= parseYaml(text, file, firstLine).source!.lineOf)(path);
    };
    return { source: { data, written, lineOf }, problems: [] };
  }
  if (text.length > MAX_YAML_CHARS)
    return {
      problems: [
        {
          file,
          line: firstLine,
          message: `The details here are ${withCommas(text.length)} characters long; Minuted reads up to ${withCommas(MAX_YAML_CHARS)}.`,
          advice:
            'check that a "---" line or a closing quote is not missing, so that other text was read as details; put long text in the minutes instead.',
        },
      ],
    };
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) return { problems: yamlErrorProblems(doc.errors, text, file, firstLine) };
  const walked = walkDocument(doc, text, lineCounter, file, firstLine);
  if (walked.problems.length > 0) return { problems: walked.problems };
  const lineOf = (path: readonly PropertyKey[]) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line + firstLine - 1;
    }
    return undefined;
  };
  const data = doc.toJS() ?? {};
  memo?.set(text, { data, written: walked.written });
  return { source: { data, lineOf, written: walked.written }, problems: [] };
}

/**
 * Validates parsed YAML against a schema; on failure, one problem per field, each with
 * its line and advice. Where the schema wants text and YAML read a number, true/false or
 * a date, the text as written is used: `number: 6.10` is item "6.10", never "6.1".
 * Example: validate(siteSchema, source, 'content/site.yaml').problems[0].field === 'contact.email'.
 */
export function validate<S extends z.ZodType>(
  schema: S,
  source: YamlSource,
  file: string,
): { value?: z.infer<S>; problems: ContentProblem[] } {
  let data = source.data;
  let result = schema.safeParse(data);
  if (!result.success && source.written.length > 0) {
    const asText = result.error.issues.filter((issue) => issue.code === 'invalid_type' && issue.expected === 'string');
    const fixes = source.written.filter(([path]) => asText.some((issue) => samePath(issue.path, path)));
    if (fixes.length > 0) {
      data = structuredClone(data);
      for (const [path, text] of fixes) setAt(data, path, text);
      result = schema.safeParse(data);
    }
  }
  const hidden = controlCharacterProblems(source, file);
  if (result.success && hidden.length === 0) return { value: result.data, problems: [] };
  const invalid = result.success
    ? []
    : result.error.issues.map((issue) => issueToProblem(issue, data, source.lineOf, file, schema));
  return { problems: [...hidden, ...invalid] };
}

const samePath = (a: readonly PropertyKey[], b: readonly PropertyKey[]) =>
  a.length === b.length && a.every((key, i) => key === b[i]);

function setAt(data: unknown, path: readonly (string | number)[], value: string): void {
  let at = data as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path.at(-1)!] = value;
}
