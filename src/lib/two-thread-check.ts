/**
 * Checks the content on both cores. Reading minutes with unified is most of a cold check
 * (a few milliseconds an item), and it ran on one core while the other stood idle. A
 * helper thread now goes through the same minutes and renders those whose cache key is odd
 * into the minutes cache; this thread checks everything as before, renders the even ones
 * itself, and takes the odd ones from the cache, waiting for the helper when it is behind.
 *
 * The helper only saves time. Every problem is found and reported by this thread. Minutes
 * the helper passed without caching (a cache it could not write) are rendered here; if it
 * passes nothing for STALL_MS, this thread goes on alone: a helper that fails or stalls
 * costs at most that wait, once.
 */
import { Worker } from 'node:worker_threads';
import { type Corpus, itemMinutes, loadCorpus } from './corpus.ts';
import { type MinutesCache, minutesKey } from './minutes-cache.ts';

/** How long this thread waits for the helper to pass one more item before doing without it. */
const STALL_MS = 10_000;
/** The shared counters: minutes the helper has passed (rendered or left), and whether it has stopped. */
const PASSED = 0;
const STOPPED = 1;

/**
 * Which thread renders the minutes with this cache key: half each, decided by the key alone.
 * Example: renderedByHelper('…3') === true; renderedByHelper('…a') === false.
 */
export function renderedByHelper(key: string): boolean {
  return parseInt(key.at(-1)!, 16) % 2 === 1;
}

/** The data the helper thread is started with (two-thread-check-helper.ts). */
export interface HelperData {
  contentDir: string;
  cache: MinutesCache['location'];
  counters: SharedArrayBuffer;
}

/**
 * loadCorpus(contentDir, { render: cache.render }), with a helper thread rendering half the
 * minutes: the same corpus, or the same ContentError.
 * Example: const corpus = await loadCorpusOnTwoThreads('content', minutesCache(dir, version)).
 */
export async function loadCorpusOnTwoThreads(contentDir: string, cache: MinutesCache): Promise<Corpus> {
  const counters = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
  const data: HelperData = { contentDir, cache: cache.location, counters: counters.buffer as SharedArrayBuffer };
  const helper = new Worker(new URL('./two-thread-check-helper.ts', import.meta.url), { workerData: data });
  // Waiting for it to load costs nothing: this thread would wait for its first item anyway.
  // A helper that cannot load only saves no time.
  let helping = await new Promise<boolean>((resolve) => {
    helper.once('message', () => resolve(true));
    helper.once('error', () => resolve(false));
  });
  /**
   * The helper's rendering of the `nth` minutes this thread meets (both threads read the
   * content in the same order), waited for while the helper has yet to pass them.
   */
  const fromHelper = (key: string, nth: number) => {
    while (helping) {
      const passed = Atomics.load(counters, PASSED); // read before the cache, so no progress is missed
      const cached = cache.lookup(key);
      if (cached || passed > nth) return cached;
      if (Atomics.load(counters, STOPPED) === 1 || Atomics.wait(counters, PASSED, passed, STALL_MS) === 'timed-out') helping = false;
    }
    return undefined;
  };
  let met = 0;
  try {
    return loadCorpus(contentDir, {
      yamlMemo: cache.yaml,
      render: (markdown, decisionInputs = []) => {
        const key = minutesKey(markdown, decisionInputs);
        const nth = met++;
        return (renderedByHelper(key) && fromHelper(key, nth)) || cache.renderKeyed(key, markdown, decisionInputs);
      },
    });
  } finally {
    await helper.terminate();
  }
}

/**
 * The helper's side: goes through the minutes in loadCorpus's order, rendering into the
 * cache those renderedByHelper gives it, and counting each it passes so the other thread
 * can wait for it.
 */
export function helpRender(data: HelperData, cache: MinutesCache): void {
  const counters = new Int32Array(data.counters);
  try {
    for (const { markdown, decisionInputs } of itemMinutes(data.contentDir, cache.yaml)) {
      try {
        const key = minutesKey(markdown, decisionInputs);
        if (renderedByHelper(key)) cache.renderKeyed(key, markdown, decisionInputs);
      } catch {
        // Minutes the parser cannot read are the other thread's to report.
      } finally {
        Atomics.add(counters, PASSED, 1);
        Atomics.notify(counters, PASSED);
      }
    }
  } finally {
    Atomics.store(counters, STOPPED, 1);
    Atomics.notify(counters, PASSED);
  }
}
