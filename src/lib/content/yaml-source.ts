/**
 * YAML read with its line numbers kept, so schema errors can say which line to fix.
 */
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { closest, fieldPath, type ContentProblem } from './content-error.ts';
import { controlCharacterProblems } from './control-characters.ts';
import type { YamlMemo } from './yaml-memo.ts';

/** A parsed YAML text that can say on which line a field stands. */
export interface YamlSource {
  data: unknown;
  /** The 1-based line of the value at `path` (or of the nearest parent that exists). */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

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
  const remembered = memo?.get(text);
  if (remembered !== undefined) {
    let lineOf: YamlSource['lineOf'] | undefined;
    return {
      source: {
        data: remembered,
        lineOf: (path) => (lineOf ??= parseYaml(text, file, firstLine).source!.lineOf)(path),
      },
      problems: [],
    };
  }
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((error) => {
        const pos = error.linePos?.[0];
        // An unclosed [ or { is only noticed lines later: point at the line that opened it.
        const opened =
          pos && /^Flow (?:sequence|map)/.test(error.message) ? unclosedBracketLine(text, pos.line) : undefined;
        return {
          file,
          line: opened !== undefined ? opened + firstLine - 1 : pos ? pos.line + firstLine - 1 : undefined,
          column: opened ? undefined : pos?.col,
          message:
            `This is not valid YAML: ${error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}.`.replace(
              /\.\.$/,
              '.',
            ),
          advice: opened
            ? 'a "[" or "{" on this line is never closed: close it, or put the value in double quotes.'
            : yamlAdvice(error.code),
        };
      }),
    };
  }
  const lineOf = (path: readonly PropertyKey[]) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line + firstLine - 1;
    }
    return undefined;
  };
  const data = doc.toJS() ?? {};
  memo?.set(text, data);
  return { source: { data, lineOf }, problems: [] };
}

/** The last line at or before `before` (1-based) with more [ or { than ] or }, outside quotes. */
function unclosedBracketLine(text: string, before: number): number | undefined {
  const lines = text.split('\n').slice(0, before);
  for (let i = lines.length - 1; i >= 0; i--) {
    const bare = lines[i].replace(/"(?:[^"\\]|\\.)*"|'[^']*'/g, '');
    const open = (bare.match(/[[{]/g) ?? []).length;
    const close = (bare.match(/[\]}]/g) ?? []).length;
    if (open > close) return i + 1;
  }
  return undefined;
}

function yamlAdvice(code: string): string {
  if (code === 'DUPLICATE_KEY') return 'a field appears twice: keep one of them.';
  if (code === 'TAB_AS_INDENT') return 'indent with spaces, not tabs.';
  return 'check the indentation and that each line reads "field: value"; put text containing ": " or starting with a quote, "[" or "{" inside double quotes.';
}

/**
 * Validates parsed YAML against a schema; on failure, one problem per field, each with
 * its line and advice.
 * Example: validate(siteSchema, source, 'content/site.yaml').problems[0].field === 'contact.email'.
 */
export function validate<S extends z.ZodType>(
  schema: S,
  source: YamlSource,
  file: string,
): { value?: z.infer<S>; problems: ContentProblem[] } {
  const result = schema.safeParse(source.data);
  const hidden = controlCharacterProblems(source, file);
  if (result.success && hidden.length === 0) return { value: result.data, problems: [] };
  const invalid = result.success ? [] : result.error.issues.map((issue) => issueToProblem(issue, source, file, schema));
  return { problems: [...hidden, ...invalid] };
}

function issueToProblem(issue: z.core.$ZodIssue, source: YamlSource, file: string, schema: z.ZodType): ContentProblem {
  const at = { file, line: source.lineOf(issue.path), field: issue.path.length ? fieldPath(issue.path) : undefined };
  const given = valueAt(source.data, issue.path);
  if (given === undefined && issue.path.length > 0 && issue.code !== 'unrecognized_keys') {
    const choices = issue.code === 'invalid_value' ? ` (one of: ${issue.values.map(String).join(', ')})` : '';
    return {
      ...at,
      message: `The field "${at.field}" is missing.`,
      advice: `add it: "${String(issue.path.at(-1))}: …"${choices}, as in README.md's content format.`,
    };
  }
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = keysAt(schema, issue.path);
      return {
        ...at,
        line: source.lineOf([...issue.path, issue.keys[0]]),
        field: fieldPath([...issue.path, issue.keys[0]]),
        message: `Minuted does not know the field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}.`,
        advice:
          suggestionFor(issue.keys[0], known) ??
          'check the spelling against the content format in README.md, or remove it.',
      };
    }
    case 'invalid_value':
      return {
        ...at,
        message: `${JSON.stringify(given)} is not allowed here.`,
        advice: `use one of: ${issue.values.map((v) => `"${String(v)}"`).join(', ')}.`,
      };
    case 'invalid_type':
      // A field written with nothing after its colon reads as null: say it is empty, not "null".
      return {
        ...at,
        message: given === null ? 'The field is empty.' : `${JSON.stringify(given)} is not ${article(issue.expected)}.`,
        advice: `give ${article(issue.expected)} here, as in README.md's content format.`,
      };
    default:
      return {
        ...at,
        message: `${JSON.stringify(given)} is not accepted.`,
        advice: `${issue.message}.`.replace(/\.\.$/, '.'),
      };
  }
}

/** The field names a schema allows at `path`, looking through optional, default and arrays. */
function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let at: unknown = schema;
  const unwrap = () => {
    for (let guard = 0; guard < 5; guard++) {
      const def = (at as { def?: { innerType?: unknown; element?: unknown; type?: string } }).def;
      if (def?.innerType) at = def.innerType;
      else if (def?.type === 'array') at = def.element;
      else break;
    }
  };
  for (const key of path) {
    unwrap();
    if (typeof key === 'number') continue;
    at = (at as { shape?: Record<string, unknown> }).shape?.[String(key)];
  }
  unwrap();
  return Object.keys((at as { shape?: Record<string, unknown> })?.shape ?? {});
}

function suggestionFor(key: string, known: string[]): string | undefined {
  const guess = closest(key, known);
  return guess ? `did you mean "${guess}"?` : undefined;
}

const article = (type: string) =>
  ({ string: 'text', number: 'a number', boolean: 'true or false', array: 'a list', object: 'a set of fields' })[
    type
  ] ?? type;

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let at: unknown = data;
  for (const key of path) at = at && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined;
  return at;
}
