/**
 * Minuted as an Astro integration (`minuted()` in astro.config.mjs), so Astro's own
 * commands are Minuted's: `astro build` checks the content, renders the pages, makes the
 * search index, sitemap and host configuration and swaps the new site in; `astro dev`
 * previews the content live.
 */
import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../config/content-dir.ts';
import { openLivePreview } from './live-preview.ts';
import { BuildStopped, bundlesOutside, dropOldIncrementalBuild, startSiteBuild } from './site-build.ts';

export default function minuted(): AstroIntegration {
  let build: Awaited<ReturnType<typeof startSiteBuild>> | undefined;
  let preview: ReturnType<typeof openLivePreview> | undefined;
  let base = '/';
  return {
    name: 'minuted',
    hooks: {
      'astro:config:setup': async ({ command, config, updateConfig, logger }) => {
        const root = fileURLToPath(config.root);
        const content = contentDir(root);
        const cacheDir = fileURLToPath(config.cacheDir);
        if (command === 'dev') {
          base = config.base.endsWith('/') ? config.base : `${config.base}/`;
          preview = openLivePreview({ root, content, cacheDir, logger });
          return;
        }
        if (command !== 'build') return;
        // Vite lets these environment variables override its own: a BASE_URL left in a CI
        // environment would silently point every link at the wrong base path.
        for (const reserved of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete process.env[reserved];
        const target = fileURLToPath(config.outDir).replace(/[\\/]$/, '');
        dropOldIncrementalBuild(cacheDir);
        try {
          build = await startSiteBuild({ root, content, target, cacheDir });
        } catch (error) {
          if (!(error instanceof BuildStopped)) throw error;
          console.error(`${error.message}\n\nThe previous site in ${target} was left as it was.`);
          process.exit(1);
        }
        updateConfig({ outDir: pathToFileURL(`${build.outDir}/`) });
        // Astro writes its prerender bundle into "<working folder>/.astro/" when the output is
        // outside the working folder, and moves its files into the output by renaming them:
        // each such build works from a folder of its own beside the target, on the same disk,
        // where builds running at once cannot delete each other's files.
        if (bundlesOutside(build.outDir)) {
          process.env.CONTENT_DIR = content;
          const workDir = `${build.outDir}-work`;
          mkdirSync(workDir, { recursive: true });
          // The bundle imports Astro's runtime, found from there through this link.
          symlinkSync(join(root, 'node_modules'), join(workDir, 'node_modules'), 'junction');
          process.chdir(workDir);
          process.on('exit', () => rmSync(workDir, { recursive: true, force: true }));
        }
      },
      'astro:server:setup': ({ server }) => preview?.watch(server, base),
      'astro:build:done': async () => {
        await build?.finish();
      },
    },
  };
}
