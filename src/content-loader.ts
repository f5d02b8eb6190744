/**
 * Astro content loaders over the checked corpus: one read of the content folder feeds
 * every collection, so cross-references are checked once, together.
 */
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { contentDir } from './lib/content-dir.ts';
import { loadCorpus, type Corpus } from './lib/corpus.ts';
import { takeCheckedCorpus } from './lib/corpus-handover.ts';

const corpora = new Map<string, Corpus>();

function corpusFor(context: LoaderContext): Corpus {
  const dir = contentDir(fileURLToPath(context.config.root));
  let corpus = corpora.get(dir);
  if (!corpus) {
    corpus = takeCheckedCorpus(dir) ?? loadCorpus(dir);
    corpora.set(dir, corpus);
  }
  return corpus;
}

type Collection = 'site' | 'bodies' | 'localities' | 'topics' | 'meetings' | 'items';

/** A loader that fills one collection from the corpus. */
export function corpusLoader(collection: Collection): Loader {
  return {
    name: `minuted-${collection}`,
    async load(context) {
      const corpus = corpusFor(context);
      const entries: { id: string; data: object; html?: string }[] =
        collection === 'site'
          ? [{ id: 'site', data: corpus.site }]
          : collection === 'items'
            ? corpus.items.map(({ html, text, kpiEmbeds, ...data }) => ({ id: data.id, data, html }))
            : corpus[collection].map((data) => ({ id: data.id, data }));
      context.store.clear();
      for (const entry of entries) {
        const data = await context.parseData({ id: entry.id, data: entry.data as Record<string, unknown> });
        context.store.set({
          id: entry.id,
          data,
          digest: context.generateDigest({ data: entry.data, html: entry.html ?? '' }),
          ...(entry.html === undefined ? {} : { rendered: { html: entry.html } }),
        });
      }
    },
  };
}
