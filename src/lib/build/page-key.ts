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

/** Strings this long (an item's minutes, about 12 kB) are hashed on their own, once, rather than copied into the page's text. */
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

/** The digest of a record or a shared view, worked out the first time it is met; undefined for any other object. */
function digestOf(value: object): string | undefined {
  if (typeof (value as { id?: unknown }).id !== 'string' && !isSharedView(value)) return undefined;
  let digest = digests.get(value);
  if (digest === undefined) digests.set(value, (digest = textKey(encode(value, true))));
  return digest;
}

/**
 * A value as text that no other value has: each part says what it is and where it ends (a
 * string by its length, so nothing needs escaping), as JSON does, but without JSON's escaping
 * and calls to a replacer, which cost most of the time. Records and shared views nested in
 * it (not `whole`) are written by their digests, long strings by their hashes, Maps and Sets
 * by what they hold, objects with toJSON (dates) by what it gives.
 */
function encode(value: unknown, whole = false): string {
  switch (typeof value) {
    case 'string':
      return value.length < LONG_STRING ? `s${value.length}:${value}` : `h${textKey(value)};`;
    case 'number':
    case 'bigint':
      return `n${value};`;
    case 'boolean':
      return value ? 't' : 'f';
    case 'object':
      break;
    default:
      return 'u'; // undefined, as JSON leaves out (views hold no functions)
  }
  if (value === null) return 'z';
  if (Array.isArray(value)) {
    let text = '[';
    for (const item of value) text += encode(item);
    return `${text}]`;
  }
  const digest = whole ? undefined : digestOf(value);
  if (digest !== undefined) return `r${digest};`;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    if (value instanceof Map || value instanceof Set) return `m${encode([...value])}`;
    const { toJSON } = value as { toJSON?: unknown };
    if (typeof toJSON === 'function') return `j${encode(toJSON.call(value))}`;
  }
  let text = '{';
  for (const key of Object.keys(value))
    text += `${key.length}:${key}${encode((value as Record<string, unknown>)[key])}`;
  return `${text}}`;
}

/**
 * Hashes a page's view: everything in it counts, records (objects with an id) and shared views by a digest of all they hold.
 * Example: pageKey({ title: 'A' }) !== pageKey({ title: 'B' }).
 */
export function pageKey(view: unknown): string {
  return textKey(encode(view, true));
}
