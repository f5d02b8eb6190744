/**
 * A page's key for rebuilds (page-reuse.ts): a hash of everything the page shows, so a
 * rebuild renders a page again exactly when what it would show has changed.
 */
import { createHash, hash } from 'node:crypto';
import { isSharedView } from '../pages/shared-views.ts';

/**
 * Digests of the site index's records (items, meetings, bodies, places, decisions: objects
 * with an id), each worked out once a build. Pages share them: an item shows up in its
 * meeting's page, its neighbours' and its places' lists, and a meeting's page repeats its
 * meeting and body in every decision, so each record is hashed once and its digest used
 * where it recurs. The index is made once a build and never changed, so a digest stays true;
 * so are views marked shared (pages/shared-views.ts), such as an item as lists show it.
 */
const digests = new WeakMap<object, string>();

/** Strings this long (an item's minutes, about 12 kB) are hashed on their own: far quicker than escaped into JSON. */
const LONG_STRING = 512;

/**
 * The hash of a text, such as a download's. A text with a lone surrogate, which UTF-8 would
 * make one and the same character, is hashed by its UTF-16 code units, and marked.
 */
export function textKey(text: string): string {
  return text.isWellFormed()
    ? hash('sha1', text, 'base64url')
    : `~${createHash('sha1').update(text, 'utf16le').digest('base64url')}`;
}

const isRecord = (value: unknown): value is { id: string } =>
  typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string';

/** JSON.stringify's replacer: Maps and Sets by their contents (JSON alone would see "{}"), records and long strings by their digests. */
function replacer(key: string, value: unknown): unknown {
  if (typeof value === 'string') return value.length < LONG_STRING ? value : { text: textKey(value) };
  if (typeof value !== 'object' || value === null) return value;
  if (value instanceof Map || value instanceof Set) return [...value];
  if (key !== '' && (isRecord(value) || isSharedView(value))) {
    let digest = digests.get(value);
    if (digest === undefined) digests.set(value, (digest = pageKey(value)));
    return { digest };
  }
  return value;
}

/**
 * Hashes a page's view: everything in it counts, records (objects with an id) and shared views by a digest of all they hold.
 * Example: pageKey({ title: 'A' }) !== pageKey({ title: 'B' }).
 */
export function pageKey(view: unknown): string {
  return hash('sha1', JSON.stringify(view, replacer), 'base64url');
}
