/**
 * Hands the corpus that `npm run build` has just checked to Astro's content loader, so
 * the minutes are parsed once per build, not twice. Astro runs the loader in Vite's own
 * module graph, which shares no module instances with the build script, hence a global
 * under a registered symbol.
 */
import type { Corpus } from './corpus.ts';

const KEY = Symbol.for('minuted.checked-corpus');
type Holder = { [KEY]?: { dir: string; corpus: Corpus } };

/** Called by the build script once the content is checked. */
export function handOverCorpus(dir: string, corpus: Corpus): void {
  (globalThis as Holder)[KEY] = { dir, corpus };
}

/** The corpus checked for `dir` in this process, if any. */
export function takeCheckedCorpus(dir: string): Corpus | undefined {
  const held = (globalThis as Holder)[KEY];
  return held?.dir === dir ? held.corpus : undefined;
}
