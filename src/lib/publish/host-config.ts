/**
 * Ready-made configuration for common static hosts: the HTTP headers a <meta> CSP cannot
 * carry (frame-ancestors), the other security headers, and caching that is long only
 * for files whose names change when their content does.
 */
import { SHARED_SEARCH_DIR } from '../search/shared-wasm.ts';

/** Headers for every response. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  // Joined with each page's own <meta> policy; browsers apply both.
  'Content-Security-Policy': "frame-ancestors 'none'; base-uri 'self'; object-src 'none'; form-action 'self'",
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'Strict-Transport-Security': 'max-age=31536000',
};

/** Hashed build assets: safe to cache for a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else may change with the next minutes: revalidate often. */
export const REVALIDATE = 'public, max-age=300, must-revalidate';

/**
 * The folders whose files are named by their content, under `base`: the scripts and styles,
 * each search part's index and fragments, and the search's one copy of its WebAssembly.
 */
const immutableFolders = (base: string, searchDirs: readonly string[]) => [
  `${base}_astro/`,
  ...searchDirs.flatMap((dir) => [`${base}${dir}fragment/`, `${base}${dir}index/`]),
  `${base}pagefind/${SHARED_SEARCH_DIR}/`,
];
/** The same folders as a pattern, for any number of search parts. */
const IMMUTABLE_PATHS = `(_astro|pagefind/[^/]+/fragment|pagefind/[^/]+/index|pagefind/${SHARED_SEARCH_DIR})/`;
const IMMUTABLE_PATH = new RegExp(`^${IMMUTABLE_PATHS}`);

/**
 * Whether a file, by its path from the site's base, may be cached for a year.
 * Example: isImmutable('_astro/search.Bx12.js') === true; isImmutable('search/index.html') === false.
 */
export const isImmutable = (path: string): boolean => IMMUTABLE_PATH.test(path);

/**
 * Netlify and Cloudflare Pages `_headers` for a site at `base`, whose search index is in `searchDirs`.
 * Example: netlifyHeaders('/health/', ['pagefind/part-1/']) includes "/health/_astro/*" and "/health/pagefind/part-1/index/*".
 */
export function netlifyHeaders(base: string, searchDirs: readonly string[]): string {
  const all = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
  // Both hosts join the values of a header set by two matching rules, so Cache-Control
  // is set only for the immutable files; the rest get the hosts' own revalidating default.
  return [
    `${base}*`,
    ...all,
    '',
    ...immutableFolders(base, searchDirs).flatMap((folder) => [`${folder}*`, `  Cache-Control: ${IMMUTABLE}`, '']),
  ].join('\n');
}

/** Azure Static Web Apps `staticwebapp.config.json`, for a site whose search index is in `searchDirs`. */
export function azureConfig(base: string, searchDirs: readonly string[]): string {
  return `${JSON.stringify(
    {
      globalHeaders: { ...SECURITY_HEADERS, 'Cache-Control': REVALIDATE },
      routes: immutableFolders(base, searchDirs).map((folder) => ({
        route: `${folder}*`,
        headers: { 'Cache-Control': IMMUTABLE },
      })),
      responseOverrides: { '404': { rewrite: `${base}404.html` } },
      mimeTypes: {
        '.pf_meta': 'application/octet-stream',
        '.pf_index': 'application/octet-stream',
        '.pf_fragment': 'application/octet-stream',
        '.pf_filter': 'application/octet-stream',
        '.wasm': 'application/wasm',
        '.ics': 'text/calendar',
      },
    },
    null,
    2,
  )}\n`;
}

/**
 * nginx `location` blocks for a site at `base`, its files copied to `<root><base>`.
 * Example: nginxConfig('/democracy/health/') serves /var/www/minuted/democracy/health/.
 */
export function nginxConfig(base: string, root = '/var/www/minuted'): string {
  const headers = (cache: string) =>
    [...Object.entries(SECURITY_HEADERS), ['Cache-Control', cache]]
      .map(([name, value]) => `    add_header ${name} "${value}" always;`)
      .join('\n');
  return `# Minuted behind nginx: copy dist/ to ${root}${base} and include these blocks in your
# server { } block. add_header is not inherited by a location that sets its own, so each
# location repeats the security headers.
location ^~ ${base} {
    root ${root};
    index index.html;
    try_files $uri $uri/ =404;
    error_page 404 ${base}404.html;
${headers(REVALIDATE)}

    location ~ \\.ics$ {
        root ${root};
        default_type text/calendar;
${headers(REVALIDATE).replace(/^ {4}/gm, '        ')}
    }

    # Files whose names change with their content: cache for a year.
    location ~ ^${base}${IMMUTABLE_PATHS} {
        root ${root};
${headers(IMMUTABLE).replace(/^ {4}/gm, '        ')}
    }
}
`;
}
