/**
 * Checks the content on both cores. Reading minutes with unified is most of a cold check
 * (a few milliseconds an item), and it ran on one core while the other stood idle. A
 * helper thread goes through the same minutes and renders those whose cache key is odd
 * into the minutes cache; this thread checks everything as before, renders the even ones
 * itself, and takes the odd ones from the cache, waiting for the helper when it is behind.
 *
 * The helper begins only once this thread has met START_HELPER_AFTER minutes missing
 * from the cache, after the item where that happened. A rebuild after a few changes then
 * starts none: a helper reading every item only to find it cached slows it. Its thread is
 * made at once, so that it has loaded its code by then, and waits to be told.
 *
 * The helper also posts the YAML of each meeting and item as it parsed it, which this
 * thread takes rather than parse it again (corpus/yaml-handover.ts).
 *
 * The helper only saves time. Every problem is found and reported by this thread. Minutes
 * the helper passed without caching (a cache it could not write) are rendered here; if it
 * passes nothing for STALL_MS, this thread goes on alone: a helper that fails or stalls
 * costs at most that wait, once.
 */
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { loadCorpus } from '../corpus/corpus.ts';
import { type Corpus } from '../corpus/model.ts';
import { withHandedOver } from '../corpus/yaml-handover.ts';
import { itemMinutes } from '../corpus/item-minutes.ts';
import { type MinutesCache, minutesKey } from './minutes-cache.ts';

/** How long this thread waits for the helper to pass one more item before doing without it. */
const STALL_MS = 10_000;
/** Minutes to render, not found in the cache, before the helper is worth its start (about 0.4 s of loading, on the other core). */
export const START_HELPER_AFTER = 32;
/** The shared counters: minutes the helper has passed (rendered or left), whether it has stopped, and whether it was told to begin (1) or not needed (2). */
const PASSED = 0;
const STOPPED = 1;
const TOLD = 2;

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
  /**
   * The helper's end of its channel with this thread, which sends on it the item file after
   * which the helper begins (itemMinutes's `after`); the helper posts on it the YAML it
   * parsed, for this thread to take (corpus/yaml-handover.ts).
   */
  port: MessagePort;
}

/**
 * loadCorpus(contentDir, { render: cache.render, yamlMemo: cache.yaml, itemMemo: cache.items }), with a helper thread rendering half the
 * minutes once enough are missing from the cache: the same corpus, or the same ContentError.
 * Example: const corpus = await loadCorpusOnTwoThreads('content', minutesCache(dir, version)).
 */
export async function loadCorpusOnTwoThreads(contentDir: string, cache: MinutesCache): Promise<Corpus> {
  const counters = new Int32Array(new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT));
  const { port1: port, port2: helperPort } = new MessageChannel();
  const data: HelperData = {
    contentDir,
    cache: cache.location,
    counters: counters.buffer as SharedArrayBuffer,
    port: helperPort,
  };
  const helper = new Worker(new URL('./parallel-load-worker.ts', import.meta.url), {
    workerData: data,
    transferList: [helperPort],
  });
  let started = false;
  let helping = false;
  // A helper that cannot load only saves no time: this thread stops waiting for it after STALL_MS.
  helper.on('error', () => (helping = false));
  /** Wakes the helper: to begin (1), or to end, not needed (2). */
  const tell = (what: number) => {
    Atomics.store(counters, TOLD, what);
    Atomics.notify(counters, TOLD);
  };
  /** Tells the helper to begin after the item at `after`, the `met`th this thread met, so their counts agree. */
  const startHelper = (after: string, met: number) => {
    Atomics.store(counters, PASSED, met);
    port.postMessage(after);
    tell(1);
    started = helping = true;
  };
  /**
   * The helper's rendering of the `nth` minutes this thread meets (both threads read the
   * content in the same order), waited for while the helper has yet to pass them.
   */
  const fromHelper = (key: string, nth: number) => {
    while (helping) {
      const passed = Atomics.load(counters, PASSED); // read before the cache, so no progress is missed
      const cached = cache.lookup(key);
      if (cached || passed > nth) return cached;
      if (Atomics.load(counters, STOPPED) === 1 || Atomics.wait(counters, PASSED, passed, STALL_MS) === 'timed-out')
        helping = false;
    }
    return undefined;
  };
  let renders = 0;
  try {
    return loadCorpus(contentDir, {
      yamlMemo: withHandedOver(cache.yaml, port),
      itemMemo: cache.items,
      render: (markdown, decisionInputs = [], options = {}, path) => {
        const key = minutesKey(markdown, decisionInputs, options);
        // Items given back from the item memo are not rendered, but the helper meets them too.
        const nth = renders++ + cache.items.hits;
        if (started)
          return (
            (renderedByHelper(key) && fromHelper(key, nth)) || cache.renderKeyed(key, markdown, decisionInputs, options)
          );
        const rendered = cache.renderKeyed(key, markdown, decisionInputs, options);
        if (cache.misses === START_HELPER_AFTER && path !== undefined) startHelper(path, nth + 1);
        return rendered;
      },
    });
  } finally {
    if (!started) tell(2);
    await helper.terminate();
    port.close();
  }
}

/**
 * The helper's side, from its start: the item file after which to begin, once this thread
 * tells it to, or undefined if it is not needed.
 */
export function helperAfter(data: HelperData): string | undefined {
  const counters = new Int32Array(data.counters);
  Atomics.wait(counters, TOLD, 0);
  return Atomics.load(counters, TOLD) === 1 ? (receiveMessageOnPort(data.port)?.message as string) : undefined;
}

/**
 * The helper's side: goes through the minutes in loadCorpus's order, rendering into the
 * cache those renderedByHelper gives it, and counting each it passes so the other thread
 * can wait for it.
 */
export function helpRender(data: HelperData, after: string, cache: MinutesCache): void {
  const counters = new Int32Array(data.counters);
  try {
    for (const { markdown, decisionInputs, options, parsed } of itemMinutes(data.contentDir, cache.yaml, after)) {
      if (parsed.length > 0) data.port.postMessage(parsed);
      try {
        const key = minutesKey(markdown, decisionInputs, options);
        if (renderedByHelper(key) && !cache.has(key)) cache.renderKeyed(key, markdown, decisionInputs, options);
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
