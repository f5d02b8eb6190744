/**
 * Items' titles as the site shows them: a title published in capitals in sentence case,
 * keeping the names the content knows. The title as published stays in the open data.
 */
import type { GlossaryEntry } from '../content/glossary-schema.ts';
import type { Body, Locality, SiteConfig } from '../content/schema.ts';
import { titleCase } from '../text/sentence-case.ts';

/** What a site knows by name: its places, boards, their organisations, and its glossary's terms. */
export interface KnownNames {
  site: Pick<SiteConfig, 'organisation'>;
  localities: readonly Pick<Locality, 'name'>[];
  bodies: readonly Pick<Body, 'name' | 'shortName' | 'organisation'>[];
  glossary: readonly GlossaryEntry[];
}

/**
 * The title caser of a site: every title it shows goes through this one function.
 * Example: shownTitle(loadCorpus('content'))('ICP AND LOCALITIES MODEL') === 'ICP and localities model'.
 */
export function shownTitle({ site, localities, bodies, glossary }: KnownNames): (title: string) => string {
  return titleCase([
    site.organisation,
    ...localities.map((l) => l.name),
    // "Leicester City Council (host authority)" is known by its name, without the note.
    ...bodies.flatMap((b) => [b.name, b.shortName ?? '', b.organisation.replace(/\s*\(.*?\)/g, '')]),
    // Terms as the glossary writes them, but not expansions: "joint forward plan" is no name.
    ...glossary.flatMap((entry) => [entry.term, ...entry.otherForms]),
  ]);
}
