/**
 * The build itself (run by scripts/build.ts): Astro's build, which Minuted's integration
 * (src/lib/build/integration.ts) wraps, with Astro's log of every page kept quiet.
 */
import { resolve } from 'node:path';
import { build } from 'astro';
import { siteFolder } from '../src/lib/config/hosting.ts';
import { diskAdvice } from '../src/lib/build/disk-advice.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
try {
  await build({ root: process.cwd(), logLevel: process.env.MINUTED_LOG_LEVEL === 'info' ? 'info' : 'warn' });
} catch (error) {
  console.error(
    diskAdvice(error, resolve(siteFolder())) ??
      `The site could not be built: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}
