/**
 * A small, tolerant HTML reader (no DOM library): tags are read with a regular expression
 * into a loose tree, and unclosed tags are closed where a browser would close them.
 */
import { decodeEntities } from './html-entities.ts';

/** An element of the tree: its tag and attributes lower-cased, its text decoded. */
export interface Element {
  tag: string;
  attrs: Record<string, string>;
  children: (Element | string)[];
}

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
/** A start of paragraph-like content closes an open <p>, as in a browser. */
const CLOSES_P = new Set([
  'p',
  'div',
  'ul',
  'ol',
  'table',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'dl',
  'hr',
  'section',
  'address',
]);

const TOKEN =
  /<!--([\s\S]*?)(?:-->|$)|<![^>]*>|<\?[^>]*>|<(\/?)([a-zA-Z][\w:-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>|[^<]+|</g;
const ATTR = /([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

/** Reads HTML into a loose tree, closing what browsers would close; comments are returned apart. */
export function parseHtml(html: string): { root: Element; comments: string[] } {
  const root: Element = { tag: '#root', attrs: {}, children: [] };
  const stack: Element[] = [root];
  const comments: string[] = [];
  const top = () => stack[stack.length - 1];
  const popTo = (tag: string, stopAt: string[] = []) => {
    for (let i = stack.length - 1; i > 0; i--) {
      if (stopAt.includes(stack[i].tag)) return;
      if (stack[i].tag === tag) {
        stack.length = i;
        return;
      }
    }
  };
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(html); match; match = TOKEN.exec(html)) {
    const [whole, comment, closing, rawTag, rawAttrs] = match;
    if (comment !== undefined) {
      comments.push(comment);
    } else if (rawTag === undefined) {
      if (!whole.startsWith('<!') && !whole.startsWith('<?')) top().children.push(decodeEntities(whole));
    } else if (closing) {
      popTo(rawTag.toLowerCase());
    } else {
      const tag = rawTag.toLowerCase();
      const attrs: Record<string, string> = {};
      for (const [, name, d, s, u] of rawAttrs.matchAll(ATTR))
        attrs[name.toLowerCase()] = decodeEntities(d ?? s ?? u ?? '');
      if (CLOSES_P.has(tag) && top().tag === 'p') stack.pop();
      if (tag === 'li') popTo('li', ['ul', 'ol']);
      if (tag === 'td' || tag === 'th') ['td', 'th'].forEach((t) => popTo(t, ['tr', 'table']));
      if (tag === 'tr') popTo('tr', ['table']);
      const element: Element = { tag, attrs, children: [] };
      top().children.push(element);
      if (RAW_TEXT.has(tag)) {
        const end = html.toLowerCase().indexOf(`</${tag}`, TOKEN.lastIndex);
        const stop = end < 0 ? html.length : end;
        element.children.push(decodeEntities(html.slice(TOKEN.lastIndex, stop)));
        TOKEN.lastIndex = stop;
      } else if (!VOID.has(tag) && !whole.endsWith('/>')) {
        stack.push(element);
      }
    }
  }
  return { root, comments };
}

/** Every element below `element`, in document order. */
export function* walk(element: Element): Generator<Element> {
  for (const child of element.children) {
    if (typeof child === 'string') continue;
    yield child;
    yield* walk(child);
  }
}
