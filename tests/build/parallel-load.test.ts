/** The check on two threads finds exactly what the check on one finds, with half the minutes rendered by the helper. */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentError } from '../../src/lib/content/content-error.ts';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import { itemMinutes } from '../../src/lib/corpus/item-minutes.ts';
import { minutesCache, minutesKey } from '../../src/lib/build/minutes-cache.ts';
import { renderMinutes } from '../../src/lib/minutes/render.ts';
import { writeSyntheticCorpus } from '../../src/lib/build/synthetic-corpus.ts';
import { loadCorpusOnTwoThreads, renderedByHelper, START_HELPER_AFTER } from '../../src/lib/build/parallel-load.ts';
import { copySampleContent, problemsOf, SAMPLE_CONTENT } from '../support/content-fixture.ts';

const work = mkdtempSync(join(tmpdir(), 'minuted-two-threads-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const content = join(work, 'content');
writeSyntheticCorpus(content, 300, SAMPLE_CONTENT);
// One thread's check, noting the cache key of every item's minutes in the order they are met.
const keys: string[] = [];
const paths: string[] = [];
const plain = loadCorpus(content, {
  render: (markdown, decisions = [], options = {}, path) => (
    keys.push(minutesKey(markdown, decisions, options)),
    paths.push(path!),
    renderMinutes(markdown, decisions, options)
  ),
});

describe('itemMinutes', () => {
  it('after an item, gives the minutes loadCorpus meets after it, in the same order', () => {
    for (const k of [0, 40, keys.length - 2]) {
      expect(
        [...itemMinutes(content, undefined, paths[k])].map((m) => minutesKey(m.markdown, m.decisionInputs, m.options)),
      ).toEqual(keys.slice(k + 1));
    }
  });
});

describe('loadCorpusOnTwoThreads', () => {
  it("gives the same corpus as one thread, taking the helper's half of the minutes from the cache once it has started", async () => {
    expect(new Set(keys).size).toBe(keys.length); // every item's minutes differ, so each is rendered once
    const cache = minutesCache(join(work, 'cache'), 'test');
    expect(await loadCorpusOnTwoThreads(content, cache)).toEqual(plain);
    // The first minutes, until START_HELPER_AFTER were missing, are this thread's; of the rest, the helper renders its half.
    const helpers = keys.slice(START_HELPER_AFTER).filter(renderedByHelper).length;
    expect(helpers).toBeGreaterThan(keys.length / 4);
    expect(helpers).toBeLessThan((keys.length * 3) / 4);
    // The helper's minutes were read from the cache, this thread's own rendered here.
    expect([cache.hits, cache.misses]).toEqual([helpers, keys.length - helpers]);
  });

  it('after one item changes, renders it alone and takes every other from the cache', async () => {
    const edited = join(work, 'content-edited');
    cpSync(content, edited, { recursive: true });
    const dir = join(work, 'cache-rebuild');
    await loadCorpusOnTwoThreads(edited, minutesCache(dir, 'test'));
    const meeting = readdirSync(join(edited, 'meetings')).sort()[3];
    const name = readdirSync(join(edited, 'meetings', meeting)).find((file) => file.endsWith('.md'))!;
    const item = join(edited, 'meetings', meeting, name);
    writeFileSync(item, `${readFileSync(item, 'utf8')}\nA sentence added after the last build.\n`);
    const cache = minutesCache(dir, 'test');
    const corpus = await loadCorpusOnTwoThreads(edited, cache);
    expect(corpus).toEqual(loadCorpus(edited));
    expect(corpus.items.find((i) => i.id === `${meeting}/${basename(name, '.md')}`)!.minutes.text).toContain(
      'A sentence added after the last build.',
    );
    expect([cache.hits, cache.misses]).toEqual([keys.length - 1, 1]);
  });

  it('with the item memo, renders only the items that changed, the helper taking its half among those kept', async () => {
    const edited = join(work, 'content-memo');
    cpSync(content, edited, { recursive: true });
    const dir = join(work, 'cache-memo');
    const first = minutesCache(dir, 'test');
    await loadCorpusOnTwoThreads(edited, first);
    first.prune();
    // Every third item changes: enough for the helper to start, between items given back unread.
    const changed = paths.filter((_, i) => i % 3 === 0).map((path) => join(edited, relative(content, path)));
    for (const item of changed) writeFileSync(item, `${readFileSync(item, 'utf8')}\nA sentence added since.\n`);
    const changedKeys: string[] = [];
    const one = loadCorpus(edited, {
      render: (markdown, decisions = [], options = {}, path) => (
        changed.includes(path!) && changedKeys.push(minutesKey(markdown, decisions, options)),
        renderMinutes(markdown, decisions, options)
      ),
    });
    const cache = minutesCache(dir, 'test');
    expect(await loadCorpusOnTwoThreads(edited, cache)).toEqual(one);
    expect(cache.items.hits).toBe(keys.length - changed.length);
    expect(cache.hits + cache.misses).toBe(changed.length);
    // The helper started after START_HELPER_AFTER changed items, and its half of the rest was waited for and taken from the cache.
    expect(cache.hits).toBe(changedKeys.slice(START_HELPER_AFTER).filter(renderedByHelper).length);
  });

  it("renders the helper's half itself when the helper cannot write the cache", async () => {
    // A file where the cache's folder should be: neither thread can write an entry.
    writeFileSync(join(work, 'minutes-unwritable'), '');
    const cache = minutesCache(work, 'unwritable');
    expect(await loadCorpusOnTwoThreads(content, cache)).toEqual(plain);
    expect([cache.hits, cache.misses]).toEqual([0, keys.length]);
  });

  it('names the lines of wrong references as one thread does, in YAML the helper read', async () => {
    const edited = join(work, 'content-bad-reference');
    cpSync(content, edited, { recursive: true });
    // Late in the corpus, so the helper has started and passed the item's and meeting's YAML over.
    const item = join(edited, relative(content, paths.at(-3)!));
    writeFileSync(item, readFileSync(item, 'utf8').replace(/^localities: \[(\S+),/m, 'localities: [$1, nowhere,'));
    const meeting = join(dirname(item), 'meeting.yaml');
    writeFileSync(meeting, readFileSync(meeting, 'utf8').replace(/^body: .*$/m, 'body: nobody'));
    const one = new ContentError(problemsOf(edited));
    expect(one.message).toMatch(/nowhere[\s\S]*nobody|nobody[\s\S]*nowhere/);
    const two = loadCorpusOnTwoThreads(edited, minutesCache(join(work, 'cache-bad-reference'), 'test'));
    await expect(two).rejects.toThrow(one);
  });

  it('reports the same problems, in the same words, as one thread', async () => {
    const fixture = copySampleContent();
    try {
      const meeting = join('meetings', readdirSync(join(fixture.dir, 'meetings'))[0]);
      const item = join(
        meeting,
        readdirSync(join(fixture.dir, meeting)).find((name) => name.endsWith('.md'))!,
      );
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
