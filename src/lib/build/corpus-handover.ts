/**
 * Hands the corpus that `npm run build` has just checked to the pages Astro renders, so
 * the minutes are read once per build, not twice. Astro runs the pages in Vite's own
 * module graph, which shares no module instances with the build script, hence a global
 * under a registered symbol.
 */
import type { Corpus } from '../corpus/corpus.ts';

/** Hands `value` from the build script to the pages under a registered symbol named `name`. */
export function handOver(name: string, value: unknown): void {
  (globalThis as Record<symbol, unknown>)[Symbol.for(`minuted.${name}`)] = value;
}

/** What the build script handed over as `name` in this process, if anything. */
export function handedOver<T>(name: string): T | undefined {
  return (globalThis as Record<symbol, unknown>)[Symbol.for(`minuted.${name}`)] as T | undefined;
}

/** Called by the build script once the content is checked. */
export function handOverCorpus(dir: string, corpus: Corpus): void {
  handOver('checked-corpus', { dir, corpus });
}

/** The corpus checked for `dir` in this process. Only `npm run build` checks it: `astro build` on its own cannot. */
export function checkedCorpus(dir: string): Corpus {
  const held = handedOver<{ dir: string; corpus: Corpus }>('checked-corpus');
  if (held?.dir !== dir)
    throw new Error(
      `The content in ${dir} has not been checked in this process: build the site with "npm run build", which checks the content before Astro renders it.`,
    );
  return held.corpus;
}
