/**
 * Text made safe to write as Markdown: what is rendered is exactly what was typed.
 */

/**
 * Escapes the characters Markdown would read as formatting, links, HTML or tables, and a
 * line start that would make a heading, list, quote or rule. Runs of spaces become one
 * (minutes never mean anything by them, and indentation would make a code block).
 * Example: escapeMarkdown('1. *Note* <b>') === '1\\. \\*Note\\* \\<b\\>'.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/&(?=#?\w+;)/g, '\\&')
    .replace(/^([#+=-])/, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}
