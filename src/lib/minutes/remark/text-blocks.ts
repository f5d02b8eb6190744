/**
 * remark plugin: collects the plain text of every paragraph (list items' included)
 * into `file.data.textBlocks`, for the follow-up finder and the search index.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

declare module 'vfile' {
  interface DataMap {
    textBlocks: string[];
  }
}

export default function remarkTextBlocks() {
  return (tree: Root, file: VFile) => {
    const blocks: string[] = [];
    visit(tree, ['paragraph', 'heading', 'tableCell'], (node) => {
      blocks.push(toString(node));
      return 'skip';
    });
    file.data.textBlocks = blocks;
  };
}
