/** The check on two threads finds exactly what the check on one finds, with half the minutes rendered by the helper. */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentError } from '../src/lib/content-error.ts';
import { loadCorpus } from '../src/lib/corpus.ts';
import { minutesCache, minutesKey } from '../src/lib/minutes-cache.ts';
import { renderMinutes } from '../src/lib/minutes.ts';
import { writeSyntheticCorpus } from '../src/lib/synthetic-corpus.ts';
import { loadCorpusOnTwoThreads, renderedByHelper } from '../src/lib/two-thread-check.ts';
import { copySampleContent, problemsOf, SAMPLE_CONTENT } from './support/content-fixture.ts';

const work = mkdtempSync(join(tmpdir(), 'minuted-two-threads-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const content = join(work, 'content');
writeSyntheticCorpus(content, 300, SAMPLE_CONTENT);
// One thread's check, noting the cache key of every item's minutes.
const keys = new Set<string>();
const plain = loadCorpus(content, { render: (markdown, decisions = []) => (keys.add(minutesKey(markdown, decisions)), renderMinutes(markdown, decisions)) });

describe('loadCorpusOnTwoThreads', () => {
  it('gives the same corpus as one thread, taking the helper\'s half of the minutes from the cache', async () => {
    const cache = minutesCache(join(work, 'cache'), 'test');
    expect(await loadCorpusOnTwoThreads(content, cache)).toEqual(plain);
    const helpers = [...keys].filter(renderedByHelper).length;
    expect(helpers).toBeGreaterThan(keys.size / 4);
    expect(helpers).toBeLessThan((keys.size * 3) / 4);
    // The helper's minutes were read from the cache, this thread's own rendered here.
    expect([cache.hits, cache.misses]).toEqual([helpers, keys.size - helpers]);
  });

  it('renders the helper\'s half itself when the helper cannot write the cache', async () => {
    // A file where the cache's folder should be: neither thread can write an entry.
    writeFileSync(join(work, 'minutes-unwritable'), '');
    const cache = minutesCache(work, 'unwritable');
    expect(await loadCorpusOnTwoThreads(content, cache)).toEqual(plain);
    expect([cache.hits, cache.misses]).toEqual([0, keys.size]);
  });

  it('reports the same problems, in the same words, as one thread', async () => {
    const fixture = copySampleContent();
    try {
      const meeting = join('meetings', readdirSync(join(fixture.dir, 'meetings'))[0]);
      const item = join(meeting, readdirSync(join(fixture.dir, meeting)).find((name) => name.endsWith('.md'))!);
      fixture.edit(item, (text) => text.replace(/^title: .*$/m, 'title:'));
      const one = new ContentError(problemsOf(fixture.dir));
      expect(one.message).toContain(item.split('\\').join('/'));
      const two = loadCorpusOnTwoThreads(fixture.dir, minutesCache(join(work, 'cache-bad'), 'test'));
      await expect(two).rejects.toBeInstanceOf(ContentError);
      // An error given to toThrow is compared by its whole message.
      await expect(two).rejects.toThrow(one);
    } finally {
      fixture.remove();
    }
  });
});
