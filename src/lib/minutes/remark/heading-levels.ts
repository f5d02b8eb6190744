/**
 * remark plugin: the minutes sit under their page's "Minutes" heading (an h2), so a
 * heading in them starts at h3: "# Housing" is h3, "## Costs" h4, and so on to h6. A
 * heading typed as "#" would otherwise be a second h1, and break the page's outline for
 * screen reader users, who move through a page by its headings.
 */
import type { Heading, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** How many levels the page's own headings take above the minutes. */
const LEVELS_ABOVE = 2;

export default function remarkHeadingLevels() {
  return (tree: Root, file: VFile) => {
    // A heading needs a "#", or a line of "=" or "-" under it: minutes with none need no walk.
    if (!/#|=|-[ \t]*$/m.test(String(file.value))) return;
    visit(tree, 'heading', (node) => {
      node.depth = Math.min(6, node.depth + LEVELS_ABOVE) as Heading['depth'];
    });
  };
}
