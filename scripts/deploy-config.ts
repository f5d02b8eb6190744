/**
 * `npm run deploy-config -- --base /democracy/health/`: writes an nginx configuration for
 * that base path to deploy/nginx.conf. (Netlify's and Azure's files are written into
 * dist/ by every build.)
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { nginxConfig } from '../src/lib/publish/host-config.ts';
import { basePath } from '../src/lib/config/hosting.ts';

const { values } = parseArgs({
  options: {
    base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
    root: { type: 'string', default: '/var/www/minuted' },
  },
});
writeFileSync('deploy/nginx.conf', nginxConfig(basePath(values.base), values.root));
console.log(`Wrote deploy/nginx.conf for ${basePath(values.base)}`);
