/**
 * remark plugin: raw HTML in minutes is shown as the text that was typed, never run.
 *
 * Minutes arrive from other systems; turning HTML into text keeps every character the
 * clerk wrote visible (nothing silently dropped) while nothing in it can execute.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

export default function remarkLiteralHtml() {
  return (tree: Root, file: VFile) => {
    // HTML starts with "<": minutes without one need no walk.
    if (!String(file.value).includes('<')) return;
    visit(tree, 'html', (node, index, parent) => {
      if (!parent || index === undefined) return;
      const text = { type: 'text' as const, value: node.value, position: node.position };
      // A block of HTML becomes a paragraph of text; inline HTML stays inline.
      parent.children[index] = parent.type === 'root' ? { type: 'paragraph', children: [text] } : text;
    });
  };
}
