/**
 * rehype plugin: the first use of each glossary term in the minutes becomes a link to its
 * entry on the glossary page, an abbreviation inside an `<abbr>` with its expansion as
 * title. The words stay as written. Records in `file.data.glossaryTerms` every term the
 * minutes use anywhere, for the search index.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import type { VFile } from 'vfile';
import type { Glossary, TermUse } from '../glossary-terms.ts';

declare module 'vfile' {
  interface DataMap {
    /** The site's glossary, when it has one. */
    glossary: Glossary;
    /** The terms the minutes use, as the glossary writes them, in order of first use. */
    glossaryTerms: string[];
  }
}

export interface RehypeGlossaryOptions {
  /** The address of a term's entry, from its fragment id. */
  href: (anchor: string) => string;
}

/** Never marked inside: a link within a link is not allowed, and headings and code are left as they stand. */
const LEFT_ALONE = new Set(['a', 'abbr', 'code', 'pre', 'kbd', 'samp', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export default function rehypeGlossary({ href }: RehypeGlossaryOptions) {
  return (tree: Root, file: VFile) => {
    const glossary = file.data.glossary;
    if (!glossary || glossary.entries.length === 0) return;
    const found = new Set<string>();
    const marked = new Set<string>();
    const walk = (parent: Root | Element, leftAlone: boolean) => {
      for (let i = 0; i < parent.children.length; i++) {
        const child = parent.children[i];
        if (child.type === 'element') walk(child, leftAlone || LEFT_ALONE.has(child.tagName));
        if (child.type !== 'text') continue;
        const uses = glossary.uses(child.value);
        for (const use of uses) found.add(use.entry.term);
        const first = leftAlone ? [] : uses.filter((use) => !marked.has(use.anchor) && marked.add(use.anchor));
        if (first.length === 0) continue;
        const parts = markedUp(child, first, href);
        parent.children.splice(i, 1, ...parts);
        i += parts.length - 1;
      }
    };
    walk(tree, false);
    file.data.glossaryTerms = [...found];
  };
}

/** A text node cut around `uses`, each use a link to its entry. */
function markedUp(node: Text, uses: readonly TermUse[], href: RehypeGlossaryOptions['href']): ElementContent[] {
  const parts: ElementContent[] = [];
  let at = 0;
  for (const use of uses) {
    if (use.index > at) parts.push({ type: 'text', value: node.value.slice(at, use.index) });
    const words: Text = { type: 'text', value: use.text };
    const { expansion } = use.entry;
    const abbreviation: Element | undefined =
      use.abbreviated && expansion
        ? {
            type: 'element',
            tagName: 'abbr',
            // "ICBs" stands for Integrated Care Boards.
            properties: { title: use.plural && !/s$/i.test(expansion) ? `${expansion}s` : expansion },
            children: [words],
          }
        : undefined;
    parts.push({
      type: 'element',
      tagName: 'a',
      properties: { href: href(use.anchor), className: ['glossary-term'] },
      children: [abbreviation ?? words],
    });
    at = use.index + use.text.length;
  }
  if (at < node.value.length) parts.push({ type: 'text', value: node.value.slice(at) });
  return parts;
}
