/**
 * Hands the corpus that the Minuted integration has just checked to the pages Astro
 * renders, so the minutes are read once per build, not twice. Astro runs the pages in
 * Vite's own module graph, which shares no module instances with the integration, hence
 * a global under a registered symbol; it holds at any size, as nothing is copied.
 */
import type { Corpus } from '../corpus/model.ts';
import type { SiteData } from '../pages/routes.ts';
import type { PartChangesLink } from '../search/part-changes.ts';

/** Hands `value` from the integration to the pages under a registered symbol named `name`. */
export function handOver(name: string, value: unknown): void {
  (globalThis as Record<symbol, unknown>)[Symbol.for(`minuted.${name}`)] = value;
}

/** What the integration handed over as `name` in this process, if anything. */
export function handedOver<T>(name: string): T | undefined {
  return (globalThis as Record<symbol, unknown>)[Symbol.for(`minuted.${name}`)] as T | undefined;
}

/** What the integration found: the corpus, or the content's problems (a ContentError). */
type Checked = { dir: string; corpus: Corpus } | { dir: string; problems: Error };

/**
 * Called by the Minuted integration once the content is checked: the corpus, or the
 * problems found, which every page then shows while live preview keeps serving.
 */
export function handOverCorpus(dir: string, checked: Corpus | Error): void {
  handOver('checked-corpus', checked instanceof Error ? { dir, problems: checked } : { dir, corpus: checked });
}

/** The corpus checked for `dir` in this process; throws the content's problems if the check found any. */
export function checkedCorpus(dir: string): Corpus {
  const held = handedOver<Checked>('checked-corpus');
  if (held?.dir !== dir)
    throw new Error(
      `The content in ${dir} has not been checked in this process: Minuted's integration (minuted() in astro.config.mjs) checks it before Astro renders a page.`,
    );
  if ('problems' in held) throw held.problems;
  return held.corpus;
}

/** Called by the build with the site data it worked out from `corpus` for the search index, so the pages need not again. */
export function handOverSiteData(corpus: Corpus, data: SiteData): void {
  handOver('site-data', { corpus, data });
}

/** The site data the build worked out from `corpus`, if it did (live preview does not). */
export function handedOverSiteData(corpus: Corpus): SiteData | undefined {
  const held = handedOver<{ corpus: Corpus; data: SiteData }>('site-data');
  return held?.corpus === corpus ? held.data : undefined;
}

/** Called by the build before Astro renders: the changes of the parts of the search index it amends, for the search page. */
export function handOverSearchChanges(changes: Record<string, PartChangesLink>): void {
  handOver('search-changes', changes);
}

/** The changes of the parts this build amends, by part (none in live preview, which has no search index). */
export const searchChanges = (): Record<string, PartChangesLink> =>
  handedOver<Record<string, PartChangesLink>>('search-changes') ?? {};
