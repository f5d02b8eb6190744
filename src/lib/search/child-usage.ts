/**
 * What this process's children (Pagefind runs as one) have used, which Node's own resource
 * usage leaves out: their peak memory and processor time. Read from Linux's /proc, for
 * `npm run bench`; elsewhere it is unknown and reported as such.
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface ChildUsage {
  /** The largest peak resident memory of any of them, in bytes. */
  peakBytes: number;
  /** Their processor time so far, user and system, in seconds. */
  cpuSeconds: number;
}

// /proc counts processor time in clock ticks (USER_HZ), 100 a second on x86 and Arm Linux.
const TICKS_A_SECOND = 100;

/**
 * The usage of the live direct children whose program's file name matches `command`, or
 * undefined where /proc cannot tell or there are none.
 * Example: childUsage(/^pagefind/) → { peakBytes: 1_234_567_168, cpuSeconds: 8.3 } while Pagefind's service runs.
 */
export function childUsage(command: RegExp, parent = process.pid): ChildUsage | undefined {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return undefined;
  }
  let usage: ChildUsage | undefined;
  for (const pid of entries) {
    try {
      // After the command name, in parentheses and perhaps with spaces, come the state, the
      // parent's pid (the 4th field of the line), …, and user and system time (the 14th and 15th).
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[1]) !== parent || !command.test(programName(pid))) continue;
      const hwm = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      usage = {
        peakBytes: Math.max(usage?.peakBytes ?? 0, hwm ? Number(hwm[1]) * 1024 : 0),
        cpuSeconds: (usage?.cpuSeconds ?? 0) + (Number(fields[11]) + Number(fields[12])) / TICKS_A_SECOND,
      };
    } catch {
      // the process ended while being read
    }
  }
  return usage;
}

/** The file name of the program a process runs, from its command line (the name /proc gives it is the main thread's, which Node renames). */
function programName(pid: string): string {
  const program = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0];
  return program.slice(program.lastIndexOf('/') + 1);
}
