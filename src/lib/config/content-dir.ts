/** Where the content lives: `CONTENT_DIR`, else `content/` beside package.json. */
import { isAbsolute, resolve } from 'node:path';

/**
 * The absolute content folder for a project root.
 * Example: contentDir('/srv/minuted', {}) === '/srv/minuted/content'.
 */
export function contentDir(root: string, env: Record<string, string | undefined> = process.env): string {
  const chosen = env.CONTENT_DIR?.trim() || 'content';
  return isAbsolute(chosen) ? chosen : resolve(root, chosen);
}
