/**
 * The build itself (run by scripts/build.ts): Astro's build, which Minuted's integration
 * (src/lib/build/integration.ts) wraps, with Astro's log of every page kept quiet.
 */
import { build } from 'astro';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
try {
  await build({ root: process.cwd(), logLevel: process.env.MINUTED_LOG_LEVEL === 'info' ? 'info' : 'warn' });
} catch (error) {
  console.error(`The site could not be built: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
