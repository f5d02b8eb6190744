/**
 * An item file cut into its frontmatter (the details between two "---" lines at the top)
 * and its minutes; or, when it cannot be, what the clerk wrote instead and where.
 */
import type { ContentProblem } from '../content/content-error.ts';

export interface Frontmatter {
  /** The YAML between the two "---" lines. */
  yaml: string;
  /** The file's line number of the YAML's first line. */
  yamlLine: number;
  /** Everything after the closing line. */
  body: string;
  /** The file's line number of the body's first line. */
  bodyStart: number;
}

const OPENING = /^---[ \t]*$/;
// YAML's own end-of-document marker "..." closes it as well as "---".
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/;

/**
 * The frontmatter and minutes of an item's `text`, or the problem (without its file) that
 * stops them being read.
 * Example: splitFrontmatter('---\ntitle: x\n---\nText').body === 'Text'.
 */
export function splitFrontmatter(text: string): Frontmatter | Omit<ContentProblem, 'file'> {
  const lines = text.split('\n');
  if (OPENING.test(lines[0])) {
    const close = lines.findIndex((line, i) => i > 0 && CLOSING.test(line));
    if (close < 0)
      return {
        line: 1,
        message: 'The frontmatter that starts on line 1 is never closed: no second "---" line follows it.',
        advice: 'add a line "---" after the last detail (number, title, topics…), before the minutes text.',
      };
    return {
      yaml: lines.slice(1, close).join('\n'),
      yamlLine: 2,
      body: lines.slice(close + 1).join('\n'),
      bodyStart: close + 2,
    };
  }
  if (/^\+\+\+[ \t]*$/.test(lines[0]))
    return {
      line: 1,
      message:
        'The frontmatter starts with "+++" (TOML, as Hugo writes it); Minuted reads frontmatter written in YAML.',
      advice:
        'change both "+++" lines to "---", and write each detail as "field: value" (e.g. title: Neighbourhood Working, not title = "…").',
    };
  const opening = lines.slice(0, 20).findIndex((line) => OPENING.test(line));
  if (opening > 0) {
    const blank = lines.slice(0, opening).every((line) => line.trim() === '');
    return {
      line: 1,
      message: blank
        ? `The frontmatter must start on line 1, but line${opening > 1 ? `s 1 to ${opening} are` : ' 1 is'} blank and its "---" is on line ${opening + 1}.`
        : `The frontmatter must start on line 1, but its "---" is on line ${opening + 1}, below other text.`,
      advice: blank
        ? `delete the blank line${opening > 1 ? 's' : ''} above the first "---".`
        : 'move the text above the first "---" below the frontmatter, or delete it, so that the file starts with "---".',
    };
  }
  return {
    line: 1,
    message:
      'The item has no frontmatter: it must start with a line "---", its details (number, title…), and another "---".',
    advice: 'add the frontmatter at the top, as in the sample items (see "Adding a meeting" in README.md).',
  };
}
