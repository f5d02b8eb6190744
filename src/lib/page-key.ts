/**
 * A page's cache key for Astro's incremental builds: a hash of everything the page shows,
 * so Astro renders a page again exactly when what it would show has changed.
 */
import { createHash } from 'node:crypto';

/**
 * Hashes a page's view. Maps and Sets count by their contents (JSON alone would see "{}").
 * Example: pageKey({ title: 'A' }) !== pageKey({ title: 'B' }).
 */
export function pageKey(view: unknown): string {
  const json = JSON.stringify(view, (_, value: unknown) => (value instanceof Map || value instanceof Set ? [...value] : value));
  return createHash('sha1').update(json).digest('base64url');
}
