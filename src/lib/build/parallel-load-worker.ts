/** The helper thread of two-thread-check.ts: renders its half of the minutes into the cache. */
import { workerData } from 'node:worker_threads';
import { minutesCache } from './minutes-cache.ts';
import { type HelperData, helpRender } from './parallel-load.ts';

const data = workerData as HelperData;
helpRender(data, minutesCache(data.cache.dir, data.cache.version));
