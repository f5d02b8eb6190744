// Minuted's Astro configuration. Hosting settings come from the environment (README: "Hosting settings").
import { defineConfig } from 'astro/config';
import { basePath } from './src/lib/hosting.ts';

export default defineConfig({
  site: process.env.SITE_URL || undefined,
  base: basePath(process.env.BASE_PATH),
  trailingSlash: 'always',
  // scripts/build.ts builds into a fresh folder and swaps it in only when the build succeeded.
  outDir: process.env.MINUTED_OUT_DIR || './dist',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  prefetch: false,
});
