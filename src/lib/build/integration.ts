/**
 * Minuted as an Astro integration (`minuted()` in astro.config.mjs), so Astro's own
 * commands are Minuted's: `astro build` checks the content, renders the pages, makes the
 * search index, sitemap and host configuration and swaps the new site in; `astro dev`
 * previews the content live.
 */
import { mkdirSync, rmSync } from 'node:fs';
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
        // outside the working folder, where builds running at once would delete each other's
        // files: each such build works from a folder of its own inside the project.
        if (bundlesOutside(build.outDir)) {
          process.env.CONTENT_DIR = content;
          const workDir = join(root, '.astro', 'builds', String(process.pid));
          mkdirSync(workDir, { recursive: true });
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
