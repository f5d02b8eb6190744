/** The helper thread of two-thread-check.ts: renders its half of the minutes into the cache. */
import { workerData } from 'node:worker_threads';
import { minutesCache } from './minutes-cache.ts';
import { type HelperData, helperAfter, helpRender } from './parallel-load.ts';

const data = workerData as HelperData;
// Made with the check, the helper waits (its code loaded) until the check needs it, if ever.
const after = helperAfter(data);
if (after !== undefined) helpRender(data, after, minutesCache(data.cache.dir, data.cache.version));
