/**
 * remark plugin: an image from another site becomes a link to it, "Image: <alt> (on
 * <site>)". Loading it would tell that site who reads the minutes, and the site's Content
 * Security Policy would block it anyway, leaving a broken image; a link loses nothing.
 */
import type { Image, ImageReference, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

// Where the page stands, for resolving addresses as a browser would ("//x", "/\x", "https://x").
const HERE = new URL('https://minuted.invalid/meetings/item/');

export default function remarkRemoteImages() {
  return (tree: Root, file: VFile) => {
    // Every image is written "![…": minutes without one need no walk.
    if (!String(file.value).includes('![')) return;
    const definitions = new Map<string, string>();
    visit(tree, 'definition', (node) => {
      if (!definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
    });
    visit(tree, ['image', 'imageReference'], (node, index, parent) => {
      const image = node as Image | ImageReference;
      const url = image.type === 'image' ? image.url : definitions.get(image.identifier);
      const host = url === undefined ? undefined : elsewhere(url);
      if (host === undefined || !parent || index === undefined) return;
      const text = {
        type: 'text' as const,
        value: `Image${image.alt ? `: ${image.alt}` : ''}${host ? ` (on ${host})` : ''}`,
      };
      // A link cannot hold another link: inside one, the words alone stand for the image.
      parent.children[index] =
        parent.type === 'link' ? text : { type: 'link', url: url!, children: [text], position: image.position };
    });
  };
}

/** The other site an address points at ('' for data: and the like), or undefined for this site's own. */
function elsewhere(url: string): string | undefined {
  let resolved: URL;
  try {
    resolved = new URL(url, HERE);
  } catch {
    return undefined;
  }
  return resolved.origin === HERE.origin ? undefined : resolved.host;
}
