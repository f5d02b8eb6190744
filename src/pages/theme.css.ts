/** The theme colours from site.yaml, as a stylesheet: no inline styles, so the CSP needs no 'unsafe-inline'. */
import type { APIRoute } from 'astro';
import { siteConfig } from '../site-data.ts';

export const GET: APIRoute = () => {
  const site = siteConfig();
  return new Response(`:root{--colour-primary:${site.theme.primary};--colour-accent:${site.theme.accent}}\n`, {
    headers: { 'content-type': 'text/css' },
  });
};
