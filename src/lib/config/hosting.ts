/**
 * Where the site is hosted, from the environment (README: "Hosting settings"):
 * SITE_URL (the origin) and BASE_PATH (the folder under it).
 */

/** When SITE_URL is not set, absolute links (feeds, calendars, sitemap) point at the local preview server. */
export const FALLBACK_ORIGIN = 'http://localhost:4321';

type Env = Record<string, string | undefined>;

/**
 * BASE_PATH as Astro wants it: leading and trailing slash.
 * Example: basePath('democracy/health') === '/democracy/health/'; basePath(undefined) === '/'.
 */
export function basePath(value: string | undefined): string {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * The site's absolute root: origin and base path.
 * Example: siteRoot({ SITE_URL: 'https://x.gov.uk', BASE_PATH: '/health' }) === 'https://x.gov.uk/health/'.
 */
export function siteRoot(env: Env = process.env): string {
  return new URL(basePath(env.BASE_PATH), env.SITE_URL || FALLBACK_ORIGIN).href;
}

/**
 * The build's "today": MINUTED_TODAY (YYYY-MM-DD) if set, so a build can be reproduced,
 * else the current date. It decides which follow-ups are overdue.
 * Example: buildDate({ MINUTED_TODAY: '2026-11-22' }) === '2026-11-22'.
 */
export function buildDate(env: Env = process.env): string {
  return env.MINUTED_TODAY || new Date().toISOString().slice(0, 10);
}

/** The folder the site is built into: MINUTED_DIST, or dist/ in the project. */
export const siteFolder = (env: Env = process.env): string => env.MINUTED_DIST || './dist';
