/** The helper thread of two-thread-check.ts: renders its half of the minutes into the cache. */
import { parentPort, workerData } from 'node:worker_threads';
import { minutesCache } from './minutes-cache.ts';
import { type HelperData, helpRender } from './two-thread-check.ts';

const data = workerData as HelperData;
parentPort!.postMessage('ready');
helpRender(data, minutesCache(data.cache.dir, data.cache.version));
