/**
 * `npm run build`: runs the build (build-site.ts) in a process of its own, so that a build
 * that runs out of memory (a very large archive, or a small machine) ends with advice
 * rather than Node's fatal error alone. Output passes straight through.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getHeapStatistics } from 'node:v8';
import { outOfMemoryAdvice } from '../src/lib/build/out-of-memory.ts';

// Node keeps the modules it compiled (Minuted's TypeScript, Astro, Vite) beside the build's
// cache, keyed by their text: loading them again takes a rebuild about a second less.
const compileCache = join(process.env.MINUTED_CACHE_DIR || 'node_modules/.astro', 'node-compile');
// The same Node options as this process (NODE_OPTIONS passes down by itself), so the same memory limit.
const build = spawn(
  process.execPath,
  [...process.execArgv, fileURLToPath(new URL('./build-site.ts', import.meta.url))],
  {
    stdio: ['inherit', 'inherit', 'pipe'],
    env: { ...process.env, NODE_COMPILE_CACHE: process.env.NODE_COMPILE_CACHE ?? compileCache },
  },
);
let tail = '';
build.stderr.on('data', (chunk: Buffer) => {
  process.stderr.write(chunk);
  tail = (tail + chunk.toString()).slice(-4096);
});
build.on('close', (code, signal) => {
  const advice = outOfMemoryAdvice(tail, signal, getHeapStatistics().heap_size_limit);
  if (advice) console.error(`\n${advice}`);
  process.exit(code ?? 1);
});
