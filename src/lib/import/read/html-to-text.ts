/**
 * Saved HTML of a ModernGov page to the same lines its text export gives.
 *
 * Only ModernGov's content area (`#modgov`) is read when the page has one, so the
 * council's navigation, banners and footer never reach the minutes.
 */
import { parseHtml, walk, type Element } from './html-tree.ts';

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

/** Elements whose text is never the minutes: the head, scripts, navigation, forms. */
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
/** Elements that stand on lines of their own in a text export. */
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
  const { root, comments } = parseHtml(html);
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
