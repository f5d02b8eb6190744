/** The time and memory each stage of a build took, for `npm run bench` (MINUTED_REPORT). */
import { writeFileSync } from 'node:fs';
import type { SearchIndexReport } from '../search/pagefind.ts';

/** What a build reports, in the JSON file MINUTED_REPORT names. */
export interface BuildReport {
  /** Wall time of each stage, and the build's peak memory by its end. */
  stages: { stage: string; seconds: number; peakRssBytes: number }[];
  peakRssBytes: number;
  cpuSeconds: number;
  /** Pagefind's, where the system tells. */
  indexerPeakRssBytes?: number;
  indexerCpuSeconds?: number;
}

const peakRss = () => process.resourceUsage().maxRSS * 1024;

/** A clock for a build's stages; the first stage starts when the process did, so Node's own start is counted. */
export function stageClock() {
  const stages: BuildReport['stages'] = [];
  let stageStart = 0;
  return {
    /** Ends the running stage, naming it. */
    end(stage: string) {
      const now = performance.now();
      stages.push({ stage, seconds: (now - stageStart) / 1000, peakRssBytes: peakRss() });
      stageStart = now;
    },
    /** Seconds since the process started, for the closing line. */
    seconds: () => (performance.now() / 1000).toFixed(1),
    /** Writes the report to `file`, with Pagefind's usage from the search index's reports. */
    write(file: string, searched: readonly SearchIndexReport[]) {
      // Processor time shows how much work there was: with both cores busy, wall time cannot fall below half of it.
      const usage = process.resourceUsage();
      const indexers = searched.flatMap((r) => (r.indexer ? [r.indexer] : []));
      const report: BuildReport = {
        stages,
        peakRssBytes: usage.maxRSS * 1024,
        cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
        indexerPeakRssBytes: indexers.length > 0 ? Math.max(...indexers.map((i) => i.peakBytes)) : undefined,
        indexerCpuSeconds: indexers.length > 0 ? indexers.reduce((sum, i) => sum + i.cpuSeconds, 0) : undefined,
      };
      writeFileSync(file, JSON.stringify(report));
    },
  };
}
