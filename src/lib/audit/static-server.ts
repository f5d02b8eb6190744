/**
 * A tiny static file server for tests and audits: serves a built site under a base path on
 * 127.0.0.1, the way a CDN would (folder/ → folder/index.html, 404.html otherwise, and
 * year-long caching for files named by their content).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { IMMUTABLE, isImmutable } from '../publish/host-config.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
};

export interface RunningServer {
  /** The site's root URL, base path included, ending in "/". */
  url: string;
  /** The paths asked for so far, in order (as a CDN's log would show them). */
  requested: string[];
  close(): Promise<void>;
}

export async function serveStatic(dir: string, base = '/'): Promise<RunningServer> {
  const requested: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    requested.push(path);
    const relativePath = path.startsWith(base)
      ? normalize(path.slice(base.length)).replace(/^(\.\.[/\\])+/, '')
      : undefined;
    let file: string | undefined;
    if (relativePath !== undefined) {
      const candidate = join(dir, relativePath);
      file = existsSync(candidate) && statSync(candidate).isDirectory() ? join(candidate, 'index.html') : candidate;
    }
    if (!file || !existsSync(file)) {
      response.writeHead(404, { 'content-type': TYPES['.html'] });
      createReadStream(join(dir, '404.html')).pipe(response);
      return;
    }
    // Files named by their content are cached as the host configuration says, so a browser
    // here fetches them once, as it would from the CDN; anything else is fetched every time.
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      ...(isImmutable(relativePath!) ? { 'cache-control': IMMUTABLE } : {}),
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    requested,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
