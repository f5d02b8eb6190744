/**
 * Saved HTML of a ModernGov page to the same lines its text export gives.
 *
 * A small, tolerant reader (no DOM library): tags are read with a regular expression into
 * a loose tree, unclosed tags are closed where a browser would, and only ModernGov's
 * content area (`#modgov`) is read when the page has one, so the council's navigation,
 * banners and footer never reach the minutes.
 */

/** A link on the page, its address made absolute when the page says where it came from. */
export interface PageLink {
  text: string;
  href: string;
}

/** A page's text, one block a line, with its links and address. */
export interface PageText {
  text: string;
  links: PageLink[];
  /** The page's own address: from "saved from url", `<base>`, canonical or og:url. */
  url?: string;
}

interface Element {
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
const SKIPPED = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'header',
  'footer',
  'form',
  'select',
  'button',
  'svg',
  'iframe',
  'object',
]);
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'aside',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'table',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
  'caption',
  'blockquote',
  'pre',
  'dl',
  'dt',
  'dd',
  'address',
  'hr',
  'center',
  'fieldset',
]);
/** Class or id of the page's chrome in council templates: skip links, breadcrumbs, cookie banners. */
const CHROME_NAME =
  /(?:^|[\s_-])(?:skip(?:link|nav|to)?|breadcrumbs?|mgBreadCrumbs|cookies?(?:banner|notice)?|sitefooter|siteheader|printlink)(?:$|[\s_-])/i;
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

const ENTITIES: Record<string, string> = {
  nbsp: '\u00a0',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  pound: '£',
  euro: '€',
  copy: '©',
  middot: '·',
  bull: '•',
  eacute: 'é',
  egrave: 'è',
  ecirc: 'ê',
  aacute: 'á',
  agrave: 'à',
  ouml: 'ö',
  uuml: 'ü',
  auml: 'ä',
  ccedil: 'ç',
  frac12: '½',
  deg: '°',
  reg: '®',
  trade: '™',
  shy: '\u00ad',
  laquo: '«',
  raquo: '»',
  sect: '§',
  para: '¶',
  times: '×',
};

/**
 * Decodes character references: "A&amp;E &#8211; &nbsp;" → "A&E – \u00a0". Unknown names stay as written.
 * Example: decodeEntities('Hospitals&rsquo; Trust') === 'Hospitals’ Trust'.
 */
export function decodeEntities(text: string): string {
  return text.replace(
    /&(?:#(\d+)|#x([0-9a-f]+)|([a-z][a-z0-9]*));?/gi,
    (whole, dec: string, hex: string, name: string) => {
      if (dec || hex) {
        const code = dec ? Number(dec) : parseInt(hex, 16);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    },
  );
}

const TOKEN =
  /<!--([\s\S]*?)(?:-->|$)|<![^>]*>|<\?[^>]*>|<(\/?)([a-zA-Z][\w:-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>|[^<]+|</g;
const ATTR = /([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

/** Reads HTML into a loose tree, closing what browsers would close; comments are returned apart. */
function parse(html: string): { root: Element; comments: string[] } {
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

function* walk(element: Element): Generator<Element> {
  for (const child of element.children) {
    if (typeof child === 'string') continue;
    yield child;
    yield* walk(child);
  }
}

/** The page's own address, as the saved file records it. */
function pageUrl(root: Element, comments: string[]): string | undefined {
  const saved = comments.map((c) => /saved from url=\(\d+\)(\S+)/i.exec(c)?.[1]).find(Boolean);
  if (saved && /^https?:/i.test(saved)) return saved;
  for (const element of walk(root)) {
    const { tag, attrs } = element;
    if (tag === 'base' && attrs.href) return attrs.href;
    if (tag === 'link' && /\bcanonical\b/i.test(attrs.rel ?? '') && attrs.href) return attrs.href;
    if (tag === 'meta' && attrs.property === 'og:url' && attrs.content) return attrs.content;
  }
  return undefined;
}

function absolute(href: string, base: string | undefined): string {
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
}

/**
 * The text a reader sees, a block a line (blank lines between), list items marked
 * "·" or "1." and indented by depth, as a browser's text export gives it.
 * Example: htmlToText('<div id="modgov"><h1>Agenda item</h1><p>RESOLVED that…</p></div>').text === 'Agenda item\n\nRESOLVED that…'.
 */
export function htmlToText(html: string): PageText {
  const { root, comments } = parse(html);
  const url = pageUrl(root, comments);
  const content = [...walk(root)].find((e) => e.attrs.id?.toLowerCase() === 'modgov') ?? root;
  const lines: string[] = [];
  const links: PageLink[] = [];
  let line = '';
  // Two spaces per level of list nesting, kept apart from the text whose spaces fold.
  let indent = '';
  const lists: { ordered: boolean; next: number }[] = [];

  const breakLine = () => {
    const text = line.replace(/[ \t\n\r\f]+/g, ' ').replace(/^ | $/g, '');
    if (text.replace(/\u00a0/g, '').trim()) lines.push(indent + text, '');
    line = '';
    indent = '';
  };
  const visit = (node: Element | string) => {
    if (typeof node === 'string') {
      line += node;
      return;
    }
    const name = `${node.attrs.class ?? ''} ${node.attrs.id ?? ''}`;
    if (SKIPPED.has(node.tag) || CHROME_NAME.test(name) || node.attrs.hidden !== undefined) return;
    if (node.tag === 'br') return breakLine();
    const block = BLOCK.has(node.tag);
    if (block) breakLine();
    if (node.tag === 'ul' || node.tag === 'ol')
      lists.push({ ordered: node.tag === 'ol', next: Number(node.attrs.start ?? 1) || 1 });
    if (node.tag === 'li') {
      const list = lists.at(-1);
      const marker = list?.ordered ? `${list.next++}.` : '·';
      indent = '  '.repeat(Math.max(0, lists.length - 1));
      line = `${marker} `;
    }
    const start = line.length;
    node.children.forEach(visit);
    if (
      node.tag === 'a' &&
      node.attrs.href &&
      !node.attrs.href.startsWith('#') &&
      !/^javascript:/i.test(node.attrs.href)
    ) {
      const text = line
        .slice(start)
        .replace(/[\s\u00a0]+/g, ' ')
        .trim();
      if (text) links.push({ text, href: absolute(node.attrs.href, url) });
    }
    if (node.tag === 'ul' || node.tag === 'ol') lists.pop();
    if (block) breakLine();
  };
  visit(content);
  breakLine();
  return { text: lines.join('\n').trimEnd(), links, url };
}

/** True when a text looks like HTML rather than a text export. Example: looksLikeHtml('<!DOCTYPE html><html>') === true. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|div|p)\b/i.test(text);
}
