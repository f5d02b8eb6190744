/**
 * A page's key for rebuilds (page-reuse.ts): a hash of everything the page shows, so a
 * rebuild renders a page again exactly when what it would show has changed.
 */
import { createHash } from 'node:crypto';

/**
 * Digests of the site index's records (items, meetings, bodies, places, decisions: objects
 * with an id), each worked out once a build. Pages share them: an item shows up in its
 * meeting's page, its neighbours' and its places' lists, and a meeting's page repeats its
 * meeting and body in every decision, so each record is hashed once and its digest used
 * where it recurs. The index is made once a build and never changed, so a digest stays true.
 */
const digests = new WeakMap<object, string>();

const isRecord = (value: unknown): value is { id: string } =>
  typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string';

/** JSON.stringify's replacer: Maps and Sets by their contents (JSON alone would see "{}"), records by their digests. */
function replacer(key: string, value: unknown): unknown {
  if (value instanceof Map || value instanceof Set) return [...value];
  if (key !== '' && isRecord(value)) {
    let digest = digests.get(value);
    if (digest === undefined) digests.set(value, (digest = pageKey(value)));
    return { digest };
  }
  return value;
}

/**
 * Hashes a page's view: everything in it counts, records (objects with an id) by a digest of all they hold.
 * Example: pageKey({ title: 'A' }) !== pageKey({ title: 'B' }).
 */
export function pageKey(view: unknown): string {
  return createHash('sha1').update(JSON.stringify(view, replacer)).digest('base64url');
}
