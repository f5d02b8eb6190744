/**
 * The files each part of the search index keeps. Each part is an index of its own, and
 * Pagefind fetches its WebAssembly (about 60 kB) from beside each part's entry, though the
 * first copy loaded serves them all: a search over 40 parts fetched it 40 times. Every
 * part's copy is the same file, so it is kept once, named by its content (cached for a
 * year), and each part's entry points to it. Pagefind's own search interfaces and
 * highlighter (430 kB a part) are dropped: the site has its own search page.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The folder, beside the parts under the site's "pagefind/", holding the one copy. */
export const SHARED_SEARCH_DIR = 'shared';

/** Files Pagefind writes that the site never loads; a part keeps pagefind.js, its worker, its entry and its data. */
const UNUSED = /^(wasm\..+\.pagefind|pagefind-(ui|modular-ui|component-ui)\.(js|css)|pagefind-highlight\.js)$/;

interface PagefindEntry {
  languages: Record<string, { wasm?: string }>;
}

/**
 * Moves the WebAssembly of each part under `searchDir` (the site's "pagefind/" folder) to
 * `shared/wasm.<language>.<hash>.pagefind`, points each part's entry to it, and removes the
 * files no page loads.
 * Pagefind fetches `<part>wasm.<wasm>.pagefind`, where <wasm> is the entry's name for it, so
 * the entry names "en/../../shared/wasm.en.<hash>": "wasm.en/../../" leads from the part's
 * folder back up to "pagefind/". Returns the shared files' names.
 * Example: tidySearchParts('dist/pagefind') → ['wasm.en.3f9c01d2a7.pagefind'].
 */
export function tidySearchParts(searchDir: string): string[] {
  const shared = join(searchDir, SHARED_SEARCH_DIR);
  const names = new Set<string>();
  for (const part of readdirSync(searchDir)) {
    const entryFile = join(searchDir, part, 'pagefind-entry.json');
    if (!existsSync(entryFile)) continue;
    const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as PagefindEntry;
    for (const language of Object.values(entry.languages)) {
      // An entry without a name for it loads Pagefind's language-neutral "unknown".
      const wasm = language.wasm ?? 'unknown';
      const bytes = readFileSync(join(searchDir, part, `wasm.${wasm}.pagefind`));
      const name = `wasm.${wasm}.${createHash('sha256').update(bytes).digest('hex').slice(0, 10)}`;
      mkdirSync(shared, { recursive: true });
      if (!existsSync(join(shared, `${name}.pagefind`))) writeFileSync(join(shared, `${name}.pagefind`), bytes);
      language.wasm = `${wasm}/../../${SHARED_SEARCH_DIR}/${name}`;
      names.add(`${name}.pagefind`);
    }
    for (const file of readdirSync(join(searchDir, part))) if (UNUSED.test(file)) rmSync(join(searchDir, part, file));
    writeFileSync(`${entryFile}.tmp`, JSON.stringify(entry));
    renameSync(`${entryFile}.tmp`, entryFile);
  }
  return [...names].sort();
}
