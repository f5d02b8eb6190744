/** Rendered minutes are reused between builds only while the minutes and the code are the same. */
import { appendFileSync, cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import { minutesCache, pipelineVersion } from '../../src/lib/build/minutes-cache.ts';
import { copySampleContent, type ContentFixture } from '../support/content-fixture.ts';

const ROOT = join(import.meta.dirname, '../..');
const plain = loadCorpus(join(ROOT, 'content'));
const version = pipelineVersion(ROOT, ['src/lib']);
// Items with the same minutes share one rendering: the agenda-only items of the meeting to come have none.
const renderings = new Set(plain.items.map((i) => i.minutes.html)).size;

describe('minutesCache', () => {
  let dir: string;
  let fixture: ContentFixture;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'minuted-cache-'));
    fixture = copySampleContent();
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    fixture.remove();
  });

  it('gives the same items as rendering afresh, and a second build renders nothing again', () => {
    const first = minutesCache(dir, version);
    expect(
      loadCorpus(fixture.dir, { render: first.render }).items.map((i) => [
        i.minutes.html,
        i.minutes.text,
        i.decisionList,
      ]),
    ).toEqual(plain.items.map((i) => [i.minutes.html, i.minutes.text, i.decisionList]));
    expect([first.hits, first.misses]).toEqual([plain.items.length - renderings, renderings]);

    const second = minutesCache(dir, version);
    const again = loadCorpus(fixture.dir, { render: second.render });
    expect([second.hits, second.misses]).toEqual([plain.items.length, 0]);
    expect(again.items).toEqual(plain.items);
  });

  it('renders again the one item whose minutes changed, and shows the change', () => {
    const item = plain.items[0];
    const path = join(
      'meetings',
      item.meeting,
      readdirSync(join(fixture.dir, 'meetings', item.meeting)).find((n) => n.startsWith(item.slug))!,
    );
    loadCorpus(fixture.dir, { render: minutesCache(dir, version).render });
    fixture.edit(path, (text) => `${text}\nA sentence added after the first build.\n`);
    const cache = minutesCache(dir, version);
    const changed = loadCorpus(fixture.dir, { render: cache.render }).items.find((i) => i.id === item.id)!;
    expect([cache.hits, cache.misses]).toEqual([plain.items.length - 1, 1]);
    expect(changed.minutes.text).toContain('A sentence added after the first build.');
  });

  it('renders every item again when the glossary changes, so its pages link the new terms', () => {
    const entries = () =>
      readdirSync(join(dir, `minutes-${version}`), { recursive: true }).filter(
        (n) => String(n).endsWith('.json') && n !== 'yaml.json',
      );
    loadCorpus(fixture.dir, { render: minutesCache(dir, version).render });
    const before = entries();
    fixture.edit(
      'glossary.yaml',
      (text) =>
        `${text}\n- term: Local Care Network\n  explanation: GP practices and community services working together.\n`,
    );
    const cache = minutesCache(dir, version);
    const sel = loadCorpus(fixture.dir, { render: cache.render }).items.find((i) => i.meeting.endsWith('sel-jhosc'))!;
    cache.prune();
    // No entry the last build rendered was used: each was pruned.
    expect(entries().filter((entry) => before.includes(entry))).toEqual([]);
    expect(sel.minutes.html).toContain(
      'delivered via <a href="../../../glossary/#local-care-network" class="glossary-term">Local Care Networks</a>',
    );
  });

  it('starts afresh when the code changes, and prunes what the build did not use', () => {
    loadCorpus(fixture.dir, { render: minutesCache(dir, 'old-code').render });
    const cache = minutesCache(dir, version);
    loadCorpus(fixture.dir, { render: cache.render });
    expect(cache.misses).toBe(renderings);
    cache.prune();
    expect(readdirSync(dir)).toEqual([`minutes-${version}`]);

    // An item removed from the content leaves the cache at the next build's prune.
    rmSync(join(fixture.dir, 'meetings', plain.items[0].meeting), { recursive: true });
    const smaller = minutesCache(dir, version);
    const left = new Set(loadCorpus(fixture.dir, { render: smaller.render }).items.map((i) => i.minutes.html)).size;
    smaller.prune();
    const entries = readdirSync(join(dir, `minutes-${version}`), { recursive: true }).filter(
      (n) => String(n).endsWith('.json') && n !== 'yaml.json',
    );
    expect(entries).toHaveLength(left);
  });

  it('renders afresh an entry that cannot be read', () => {
    loadCorpus(fixture.dir, { render: minutesCache(dir, version).render });
    const folder = join(dir, `minutes-${version}`);
    for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true }))
      if (entry.isFile()) writeFileSync(join(entry.parentPath, entry.name), '{"html": ');
    const cache = minutesCache(dir, version);
    expect(loadCorpus(fixture.dir, { render: cache.render }).items).toEqual(plain.items);
    expect(cache.misses).toBe(renderings);
  });

  it('changes its version when the code that renders minutes or the locked packages change', () => {
    const copy = mkdtempSync(join(tmpdir(), 'minuted-code-'));
    try {
      cpSync(join(ROOT, 'src/lib/minutes'), join(copy, 'src/lib/minutes'), { recursive: true });
      cpSync(join(ROOT, 'package-lock.json'), join(copy, 'package-lock.json'));
      const before = pipelineVersion(copy, ['src/lib/minutes']);
      expect(pipelineVersion(copy, ['src/lib/minutes'])).toBe(before);
      // The same code in another folder (a CI runner's checkout) keeps the cache.
      expect(pipelineVersion(ROOT, ['src/lib/minutes'])).toBe(before);
      appendFileSync(join(copy, 'src/lib/minutes/remark/decisions.ts'), '\n// changed\n');
      const changedCode = pipelineVersion(copy, ['src/lib/minutes']);
      expect(changedCode).not.toBe(before);
      appendFileSync(join(copy, 'package-lock.json'), '\n');
      expect(pipelineVersion(copy, ['src/lib/minutes'])).not.toBe(changedCode);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
