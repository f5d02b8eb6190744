/** The theme colours from site.yaml, as a stylesheet: no inline styles, so the CSP needs no 'unsafe-inline'. */
import type { APIRoute } from 'astro';
import { getSiteIndex } from '../site-data.ts';

export const GET: APIRoute = async () => {
  const { site } = await getSiteIndex();
  return new Response(`:root{--colour-primary:${site.theme.primary};--colour-accent:${site.theme.accent}}\n`, {
    headers: { 'content-type': 'text/css' },
  });
};
