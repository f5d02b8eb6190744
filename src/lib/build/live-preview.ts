/**
 * Live preview (`npm run dev`): the content is checked when the server starts and again
 * whenever a file in the content folder changes; the browser then reloads the page. While
 * the content has problems, every page shows them, worded as `npm run check` words them,
 * and the server keeps running until the file is fixed.
 */
import { join, sep } from 'node:path';
import type { HookParameters } from 'astro';
import { ContentError, formatProblems } from '../content/content-error.ts';
import { corpusSize, describeNotes, loadCorpus } from '../corpus/corpus.ts';
import { escapeXml } from '../text/xml.ts';
import { handOverCorpus } from './corpus-handover.ts';
import { minutesCache, pipelineVersion } from './minutes-cache.ts';

type DevServer = HookParameters<'astro:server:setup'>['server'];

/** Addresses of Vite's own modules, served whatever the content holds. */
const VITE_OWN = /^\/(?:[^?#]*\/)?(?:@vite|@fs|@id|node_modules|src)\//;

/** Saving a file often writes it twice, and an editor may save several at once: one check for them all. */
const SETTLE_MS = 100;

/**
 * The page shown instead of every page while the content has problems; it reloads
 * itself once they are fixed.
 * Example: problemsPage('The content has 1 problem…', '/') starts '<!DOCTYPE html>'.
 */
export function problemsPage(problems: string, base: string): string {
  return [
    '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>The content needs fixing – Minuted preview</title>',
    `<script type="module" src="${escapeXml(base)}@vite/client"></script>`,
    // A reload sent while this page was loading is missed: it also asks, each second, whether the problems are gone.
    '<script type="module">setInterval(async () => { const page = await fetch(location.href,',
    "{ headers: { accept: 'text/html' } }); if (page.status !== 500) location.reload(); }, 1000);</script></head>",
    '<body style="font-family: sans-serif; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5">',
    '<main><h1>The content needs fixing</h1>',
    '<p>The preview shows the site again as soon as the file is saved without these problems.</p>',
    `<pre style="white-space: pre-wrap; border-left: 5px solid #d4351c; padding-left: 1rem">${escapeXml(problems)}</pre>`,
    '</main></body></html>',
  ].join('\n');
}

/** The first check, when the dev server's configuration is set up; `watch` then keeps it current. */
export function openLivePreview(options: {
  root: string;
  content: string;
  cacheDir: string;
  logger: { info(message: string): void; error(message: string): void };
}) {
  const { content, logger } = options;
  const cache = minutesCache(join(options.cacheDir, 'minuted'), pipelineVersion(options.root, ['src/lib']));
  let problems: string | undefined;
  const check = () => {
    const started = performance.now();
    try {
      const corpus = loadCorpus(content, { render: cache.render, yamlMemo: cache.yaml });
      handOverCorpus(content, corpus);
      problems = undefined;
      const size = corpusSize(corpus);
      logger.info(`Content checked: ${size.meetings}, ${size.items} (${Math.round(performance.now() - started)} ms).`);
      if (corpus.notes.length > 0) logger.info(describeNotes(corpus.notes));
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      handOverCorpus(content, error);
      problems = formatProblems(error.problems, 'shown on every page of the preview until it is fixed');
      logger.error(problems);
    }
  };
  check();

  return {
    watch(server: DevServer, base: string) {
      let timer: NodeJS.Timeout | undefined;
      const changed = (file: string) => {
        if (!file.startsWith(content + sep)) return;
        clearTimeout(timer);
        timer = setTimeout(() => {
          check();
          // Astro keeps each route's getStaticPaths until told the content changed.
          for (const environment of Object.values(server.environments))
            if (environment.name !== 'client') environment.hot.send('astro:content-changed', {});
          server.environments.client.hot.send({ type: 'full-reload', path: '*' });
        }, SETTLE_MS);
      };
      server.watcher.add(content);
      server.watcher.on('add', changed).on('change', changed).on('unlink', changed);
      // While the content has problems no page or file of the site is made (each would fail
      // on them); Vite's own modules are still served, for the problems page's reload.
      server.middlewares.use((request, response, next) => {
        if (!problems || VITE_OWN.test(request.url ?? '')) return next();
        response.statusCode = 500;
        const html = request.headers.accept?.includes('text/html');
        response.setHeader('content-type', html ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8');
        response.end(html ? problemsPage(problems, base) : problems);
      });
    },
  };
}
