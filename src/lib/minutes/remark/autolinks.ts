/**
 * remark plugin: bare web and e-mail addresses in minutes ("https://…", "www.…",
 * "clerk@bromley.gov.uk") become links, as GitHub's Markdown links them. It runs on the
 * parsed tree, text node by text node, instead of as GFM's syntax, which costs the
 * parser a try at every word (gfm.ts).
 */
import type { Link, Parent, PhrasingContent, Root, Text } from 'mdast';
import { findAutolinks } from './find-autolinks.ts';

/** A text node's parts: its text, with each address in it a link; undefined when it has none. */
function linked(node: Text): PhrasingContent[] | undefined {
  const found = findAutolinks(node.value);
  if (found.length === 0) return undefined;
  const parts: PhrasingContent[] = [];
  let from = 0;
  for (const { start, end, url } of found) {
    if (start > from) parts.push({ type: 'text', value: node.value.slice(from, start) });
    const link: Link = {
      type: 'link',
      title: null,
      url,
      children: [{ type: 'text', value: node.value.slice(start, end) }],
    };
    parts.push(link);
    from = end;
  }
  if (from < node.value.length) parts.push({ type: 'text', value: node.value.slice(from) });
  return parts;
}

/** Links the addresses under `parent`, but not within a link, whose words are already one. */
function linkWithin(parent: Parent): void {
  const { children } = parent;
  for (let i = children.length - 1; i >= 0; i--) {
    const child = children[i];
    if (child.type === 'text') {
      const parts = linked(child);
      if (parts) children.splice(i, 1, ...(parts as typeof children));
    } else if ('children' in child && child.type !== 'link' && child.type !== 'linkReference') linkWithin(child);
  }
}

export default function remarkAutolinks() {
  return (tree: Root) => linkWithin(tree);
}
