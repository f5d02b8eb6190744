// Minuted's Astro configuration. Hosting settings come from the environment (README: "Hosting settings").
import { defineConfig } from 'astro/config';
import { basePath, siteFolder } from './src/lib/config/hosting.ts';
import minuted from './src/lib/build/integration.ts';

export default defineConfig({
  integrations: [minuted()],
  site: process.env.SITE_URL || undefined,
  base: basePath(process.env.BASE_PATH),
  trailingSlash: 'always',
  // minuted() builds into a fresh folder beside it and swaps it in only when the build succeeded.
  outDir: siteFolder(),
  // Astro's cache folder, where minuted() also keeps its own (minuted/: minutes, pages' keys, search parts).
  cacheDir: process.env.MINUTED_CACHE_DIR || './node_modules/.astro',
  // Four pages at a time: while one page's file is written, the next is rendered. The
  // output is the same file for file.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  devToolbar: { enabled: false },
  prefetch: false,
  // Minuted renders minutes with its own pipeline and shows no code: no highlighter, whose inline styles the CSP would refuse.
  markdown: { syntaxHighlight: false },
  // Astro writes a CSP <meta> into every page, hashing the few inline scripts it emits.
  // Headers a meta tag cannot carry (frame-ancestors…) are in deploy/ for each host.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind's search runs as WebAssembly.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
