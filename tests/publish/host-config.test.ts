import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  azureConfig,
  IMMUTABLE,
  isImmutable,
  netlifyHeaders,
  nginxConfig,
  SECURITY_HEADERS,
} from '../../src/lib/publish/host-config.ts';

const parts = ['pagefind/part-1/', 'pagefind/part-2/'];

describe('host configuration', () => {
  it('sends the headers a <meta> policy cannot, on every host', () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    const azure = JSON.parse(azureConfig('/health/', parts));
    for (const text of [netlifyHeaders('/health/', parts), nginxConfig('/health/'), JSON.stringify(azure)]) {
      for (const name of ['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy'])
        expect(text).toContain(name);
    }
  });

  it('caches only hashed files for a year, under the base path', () => {
    const netlify = netlifyHeaders('/health/', parts);
    expect(netlify).toContain(`/health/_astro/*\n  Cache-Control: ${IMMUTABLE}`);
    // A rule for every path would be joined with the immutable one on Netlify and Cloudflare.
    expect(netlify.split('\n\n')[0]).not.toContain('Cache-Control');
    const azure = JSON.parse(azureConfig('/health/', parts));
    expect(azure.routes.map((r: { route: string }) => r.route)).toEqual([
      '/health/_astro/*',
      '/health/pagefind/part-1/fragment/*',
      '/health/pagefind/part-1/index/*',
      '/health/pagefind/part-2/fragment/*',
      '/health/pagefind/part-2/index/*',
      '/health/pagefind/shared/*',
    ]);
    expect(netlify).toContain(`/health/pagefind/part-2/index/*\n  Cache-Control: ${IMMUTABLE}`);
    // nginx matches every part's folders by pattern, so its example needs no list of parts.
    const immutable = new RegExp(/location ~ (\S*_astro\S*) \{/.exec(nginxConfig('/health/'))![1]);
    const named = [
      '/health/pagefind/part-2/index/en_1.pf_index',
      '/health/_astro/a.js',
      '/health/pagefind/shared/wasm.en.ccf429efc1.pagefind',
    ];
    expect(named.every((path) => immutable.test(path))).toBe(true);
    expect(immutable.test('/health/pagefind/part-2/pagefind-entry.json')).toBe(false);
    // The test server caches what the hosts do.
    expect(named.every((path) => isImmutable(path.slice('/health/'.length)))).toBe(true);
    expect(
      ['pagefind/part-2/pagefind-entry.json', 'search/index.html', 'pagefind/part-2/pagefind.js'].some(isImmutable),
    ).toBe(false);
    expect(azure.responseOverrides['404'].rewrite).toBe('/health/404.html');
  });

  it('keeps the committed nginx example in step with the generator', () => {
    expect(readFileSync('deploy/nginx.conf', 'utf8')).toBe(nginxConfig('/'));
  });
});
