/**
 * The peak memory of this process's children (Pagefind runs as one), which Node's own
 * resource usage leaves out. Read from Linux's /proc, for `npm run bench`; elsewhere it is
 * unknown and reported as such.
 */
import { readdirSync, readFileSync } from 'node:fs';

/**
 * The largest peak resident memory, in bytes, of any live direct child, or undefined where
 * /proc cannot tell.
 * Example: childPeakMemory() → 1_234_567_168 while Pagefind's service runs.
 */
export function childPeakMemory(parent = process.pid): number | undefined {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return undefined;
  }
  let peak: number | undefined;
  for (const pid of entries) {
    try {
      // The parent pid is the 4th field, after a command name that may hold spaces in parentheses.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) !== parent) continue;
      const hwm = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (hwm) peak = Math.max(peak ?? 0, Number(hwm[1]) * 1024);
    } catch {
      // the process ended while being read
    }
  }
  return peak;
}
