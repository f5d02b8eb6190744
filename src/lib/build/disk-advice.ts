/**
 * What to do when the disk, not the content, stops a build: a full disk, a folder the
 * build may not write, a read-only file system. Node says only "ENOSPC: no space left on
 * device, write", which tells a web team neither where nor what to do.
 */
import { dirname } from 'node:path';

/**
 * The advice for a failed file operation (`error`, or the error it was caused by), or
 * undefined when it is not one this knows.
 * Example: diskAdvice(Object.assign(new Error(), { code: 'ENOSPC' }), '/srv/site/dist') starts '✗ The disk is full (ENOSPC)'.
 */
export function diskAdvice(error: unknown, target: string): string | undefined {
  let failed = error as NodeJS.ErrnoException | undefined;
  // Astro wraps what a hook threw in an error of its own.
  while (failed && !failed.code && failed.cause) failed = failed.cause as NodeJS.ErrnoException;
  const { code, path } = failed?.code ? failed : (fromBundlerMessage(messagesOf(error)) ?? {});
  const folder = dirname(target);
  const where = path ?? `its files in ${folder}`;
  const beside = `The build makes the new site beside the old one in ${folder} before it swaps them, so it needs`;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `✗ The disk is full (${code}): the build could not write ${where}.\n  How to fix: free space on the disk that holds ${folder}, or set MINUTED_DIST to a folder on a disk with more room. ${beside} room there for a second copy of the site.`;
    case 'EACCES':
    case 'EPERM':
      return `✗ The build may not write ${path ?? `in ${folder}`} (${code}).\n  How to fix: run the build as a user who may write in ${folder}, or set MINUTED_DIST to a folder that user may write to. ${beside} to write there, not only in ${target}.`;
    case 'EROFS':
      return `✗ ${path ?? folder} is on a read-only disk (EROFS).\n  How to fix: set MINUTED_DIST to a folder on a disk the build may write to, and copy the site from there to where it is served.`;
    case 'EMFILE':
    case 'ENFILE':
      return `✗ The machine would not let the build open more files at once (${code}).\n  How to fix: raise the limit before building (for example: ulimit -n 8192), or build on a machine with a higher limit.`;
    case 'EIO':
      return `✗ The disk reported an error (EIO): the build could not use ${where}.\n  How to fix: check the disk (it may be failing or disconnected), then build again.`;
    default:
      return undefined;
  }
}

/** The messages of an error and of the errors it was caused by, joined. */
function messagesOf(error: unknown): string {
  const messages: string[] = [];
  for (let e = error as Error | undefined; e instanceof Error; e = e.cause as Error | undefined)
    messages.push(e.message);
  return messages.join('\n');
}

/**
 * The bundler (rolldown, in Rust) reports a full disk in words, not with a code:
 * "Failed to write file in <path> … No space left on device (os error 28)".
 */
function fromBundlerMessage(message = ''): { code: string; path?: string } | undefined {
  if (!/No space left on device|os error 28\b/.test(message)) return undefined;
  return { code: 'ENOSPC', path: /Failed to write file in (\S+)/.exec(message)?.[1] };
}
