/**
 * What the `yaml` package finds wrong, worded for a clerk: its errors, and the YAML
 * features no Minuted file needs (anchors, aliases, tags), which are refused before the
 * text is turned into data so that an alias bomb never expands.
 */
import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type YAMLError } from 'yaml';
import type { ContentProblem } from './content-error.ts';

/** A plain value YAML read as something other than text, with the text as written: `6.10` read as 6.1. */
export type WrittenAs = [path: (string | number)[], source: string];

const QUOTE_IT = 'if it is text, put the whole value in double quotes, e.g. title: "Item 1: Update".';

/** One problem per YAML error (one in all for a document nested too deep), each at its line. */
export function yamlErrorProblems(
  errors: readonly YAMLError[],
  text: string,
  file: string,
  firstLine: number,
): ContentProblem[] {
  const exhausted = errors.find((e) => e.code === 'RESOURCE_EXHAUSTION');
  if (exhausted)
    return [
      {
        file,
        line: (exhausted.linePos?.[0].line ?? 1) + firstLine - 1,
        message: 'This is not valid YAML: lists or "[" and "{" are nested inside each other too deeply to read.',
        advice: 'no Minuted file needs more than a few levels: remove the extra "[", "{" or indentation.',
      },
    ];
  return errors.map((error) => {
    const pos = error.linePos?.[0];
    // An unclosed [ or { is only noticed lines later: point at the line that opened it.
    const opened =
      pos && /^Flow (?:sequence|map)/.test(error.message) ? unclosedBracketLine(text, pos.line) : undefined;
    const line = opened ?? pos?.line;
    const at = { file, line: line !== undefined ? line + firstLine - 1 : undefined };
    const worded = wording(error, text, at.line);
    if (worded) return { ...at, ...worded };
    return {
      ...at,
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
  });
}

/** The library's errors a clerk meets most, said in plain words. */
function wording(error: YAMLError, text: string, line: number | undefined): Omit<ContentProblem, 'file'> | undefined {
  switch (error.code) {
    case 'MULTIPLE_DOCS':
      return {
        message: `This is not valid YAML: line ${line} is "---", which starts a second set of details Minuted would not read.`,
        advice:
          'delete the "---" line: this file needs none. If the lines after it belong to another meeting or item, move them to that file.',
      };
    case 'BAD_DQ_ESCAPE': {
      const escape = /Invalid escape sequence (\\.)/.exec(error.message)?.[1] ?? '\\';
      return {
        message: `This is not valid YAML: inside double quotes a "\\" starts a code such as "\\n", and "${escape}" is not one.`,
        advice: `put text with backslashes in single quotes instead, e.g. 'C:\\Users\\clerk', or write each "\\" twice.`,
      };
    }
    case 'BLOCK_AS_IMPLICIT_KEY':
      return {
        message: 'This is not valid YAML: the value has ": " in it, which YAML reads as a second field on the line.',
        advice: `put the value in double quotes, e.g. title: "Item 1: Update".`,
      };
    case 'MULTILINE_IMPLICIT_KEY':
    case 'MISSING_CHAR':
      if (!/Implicit (?:map )?keys/.test(error.message)) return undefined;
      return {
        message: `This is not valid YAML: line ${line} is not "field: value", nor part of the field above it.`,
        advice:
          'add the ":" after the field name; if the line continues the text above, indent it by two spaces or put the whole text in double quotes.',
      };
    case 'BAD_SCALAR_START':
      return {
        message: `This is not valid YAML: a value cannot start with "${/reserved character (.)/.exec(error.message)?.[1] ?? text[error.pos[0]]}".`,
        advice: QUOTE_IT,
      };
    case 'UNEXPECTED_TOKEN':
      return {
        message: 'This is not valid YAML: something follows the value on this line that YAML cannot read.',
        advice: `a value that starts with a quote, "*", "&" or "!" must be quoted whole: ${QUOTE_IT}`,
      };
    default:
      return undefined;
  }
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
 * Walks a parsed document: problems for each anchor, alias or tag (none is needed, and
 * an alias can make a few lines expand into millions of values), and each plain value
 * YAML read as a number, true/false or a date, with its text as written.
 */
export function walkDocument(
  doc: Document,
  text: string,
  lines: LineCounter,
  file: string,
  firstLine: number,
): { problems: ContentProblem[]; written: WrittenAs[] } {
  const problems: ContentProblem[] = [];
  const written: WrittenAs[] = [];
  const refused = new Set<string>();
  // One problem for each kind (anchor, alias, tag): a file full of copies names the first, not each.
  const refuse = (node: Node, kind: 'alias' | 'anchor' | 'tag', what: string, advice: string) => {
    if (refused.has(kind)) return;
    refused.add(kind);
    problems.push({
      file,
      line: node.range ? lines.linePos(start(node)).line + firstLine - 1 : undefined,
      message: `This uses ${what}, a YAML feature Minuted files do not need.`,
      advice,
    });
  };
  // A list or map starts on the line below its "&name": point at the anchor itself.
  const start = (node: Node) =>
    isAlias(node) || !node.anchor ? node.range![0] : text.lastIndexOf(`&${node.anchor}`, node.range![0]);
  /** Whether `node` is a value free of aliases, anchors and tags, recording a problem for each. */
  const plain = (node: unknown): node is Node => {
    if (isAlias(node)) {
      refuse(
        node,
        'alias',
        `"*${node.source}", an alias (a copy of a value marked with "&")`,
        'write the value out in full; if it is text starting with "*", put it in double quotes.',
      );
      return false;
    }
    if (!isScalar(node) && !isMap(node) && !isSeq(node)) return false;
    if (node.anchor)
      refuse(
        node,
        'anchor',
        `"&${node.anchor}", an anchor (a value marked to copy elsewhere)`,
        `remove "&${node.anchor}"; if it is text starting with "&", put it in double quotes.`,
      );
    if (node.tag)
      refuse(
        node,
        'tag',
        `the tag "${node.tag.replace(/^tag:yaml\.org,2002:/, '!!')}"`,
        'remove the tag (the word starting with "!"); if the value is text starting with "!", put it in double quotes.',
      );
    return true;
  };
  const walk = (node: unknown, path: (string | number)[]): void => {
    if (!plain(node)) return;
    if (isScalar(node)) {
      if (node.type === 'PLAIN' && node.value !== null && typeof node.value !== 'string' && node.source !== undefined)
        written.push([path, node.source]);
    } else if (isSeq(node)) node.items.forEach((item, i) => walk(item, [...path, i]));
    else if (isMap(node))
      for (const pair of node.items) {
        plain(pair.key);
        walk(pair.value, [...path, isScalar(pair.key) ? String(pair.key.value) : '?']);
      }
  };
  walk(doc.contents, []);
  return { problems, written: problems.length ? [] : written };
}
