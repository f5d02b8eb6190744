/**
 * Saved HTML of a ModernGov page to the same lines its text export gives.
 *
 * Only ModernGov's content area (`#modgov`) is read when the page has one, so the
 * council's navigation, banners and footer never reach the minutes.
 */
import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';

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
/** An attribute's value as written (hast keeps class and rel as lists), or undefined. */
function attr(element: Element, name: string): string | undefined {
  const value = element.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

/** Every node below `node`, in document order. */
function* descendants(node: Root | Element): Generator<Nodes> {
  for (const child of node.children) {
    yield child;
    if (child.type === 'element') yield* descendants(child);
  }
}

/** The page's own address, as the saved file records it. */
function pageUrl(root: Root): string | undefined {
  const nodes = [...descendants(root)];
  const saved = nodes
    .map((node) => (node.type === 'comment' ? /saved from url=\(\d+\)(\S+)/i.exec(node.value)?.[1] : undefined))
    .find(Boolean);
  if (saved && /^https?:/i.test(saved)) return saved;
  for (const element of nodes) {
    if (element.type !== 'element') continue;
    const href = attr(element, 'href');
    if (element.tagName === 'base' && href) return href;
    if (element.tagName === 'link' && /\bcanonical\b/i.test(attr(element, 'rel') ?? '') && href) return href;
    const content = attr(element, 'content');
    if (element.tagName === 'meta' && attr(element, 'property') === 'og:url' && content) return content;
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
  const root = fromHtml(html);
  const url = pageUrl(root);
  const content =
    [...descendants(root)].find(
      (node): node is Element => node.type === 'element' && attr(node, 'id')?.toLowerCase() === 'modgov',
    ) ?? root;
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
  const visit = (node: Nodes) => {
    if (node.type === 'text') line += node.value;
    if (node.type !== 'element') return;
    const tag = node.tagName;
    const name = `${attr(node, 'className') ?? ''} ${attr(node, 'id') ?? ''}`;
    if (SKIPPED.has(tag) || CHROME_NAME.test(name) || attr(node, 'hidden') !== undefined) return;
    if (tag === 'br') return breakLine();
    const block = BLOCK.has(tag);
    if (block) breakLine();
    if (tag === 'ul' || tag === 'ol')
      lists.push({ ordered: tag === 'ol', next: Number(attr(node, 'start') ?? 1) || 1 });
    if (tag === 'li') {
      const list = lists.at(-1);
      const marker = list?.ordered ? `${list.next++}.` : '·';
      indent = '  '.repeat(Math.max(0, lists.length - 1));
      line = `${marker} `;
    }
    const start = line.length;
    node.children.forEach(visit);
    const href = attr(node, 'href');
    if (tag === 'a' && href && !href.startsWith('#') && !/^javascript:/i.test(href)) {
      const text = line
        .slice(start)
        .replace(/[\s\u00a0]+/g, ' ')
        .trim();
      if (text) links.push({ text, href: absolute(href, url) });
    }
    if (tag === 'ul' || tag === 'ol') lists.pop();
    if (block) breakLine();
  };
  content.children.forEach(visit);
  breakLine();
  return { text: lines.join('\n').trimEnd(), links, url };
}

/** True when a text looks like HTML rather than a text export. Example: looksLikeHtml('<!DOCTYPE html><html>') === true. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|div|p)\b/i.test(text);
}
