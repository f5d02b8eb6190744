/**
 * A rebuild reads again only the item files that changed (item-memo.ts, item-reuse.ts),
 * and gives back, and reports, exactly what reading them all would.
 */
import * as fs from 'node:fs';
import { mkdtempSync, readdirSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentError, type ContentProblem } from '../../src/lib/content/content-error.ts';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import { minutesCache } from '../../src/lib/build/minutes-cache.ts';
import { copySampleContent, problemsOf, type ContentFixture } from '../support/content-fixture.ts';

// Every file read, so a test can see which item files a check opened.
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  return { ...real, readFileSync: vi.fn(real.readFileSync) };
});
const itemFilesRead = () =>
  vi
    .mocked(fs.readFileSync)
    .mock.calls.map(([path]) => String(path))
    .filter((path) => path.endsWith('.md'))
    .map((path) => path.slice(path.indexOf('meetings/')));

const LINCS_ITEM = 'meetings/2019-03-01-lincolnshire-hwb/01-neighbourhood-working.md';
const SEL_ITEM = 'meetings/2017-12-13-sel-jhosc/01-community-care-strategy-and-governance.md';
const ITEMS = 8;

let fixture: ContentFixture;
let dir: string;
beforeEach(() => {
  fixture = copySampleContent();
  dir = mkdtempSync(join(tmpdir(), 'minuted-memo-'));
  // The copy's files were written just now; a check a minute later trusts their times.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.now() + 60_000);
});
afterEach(() => {
  vi.useRealTimers();
  fixture.remove();
  rmSync(dir, { recursive: true, force: true });
});

/** A build's check with the cache and its memos, saved as a build saves them; what it gave, read and rendered. */
function check(version = 'test') {
  const cache = minutesCache(dir, version);
  vi.mocked(fs.readFileSync).mockClear();
  let corpus;
  let problems: ContentProblem[] = [];
  try {
    corpus = loadCorpus(fixture.dir, { render: cache.render, yamlMemo: cache.yaml, itemMemo: cache.items });
    cache.prune();
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    problems = error.problems;
    cache.items.save();
  }
  const rendered = cache.hits + cache.misses;
  return { corpus, problems, read: itemFilesRead(), rendered, kept: cache.items.hits };
}

describe('the item memo', () => {
  it('gives back an unchanged item file without reading it, as reading it would', () => {
    const first = check();
    expect([first.read.length, first.kept]).toEqual([ITEMS, 0]);
    const second = check();
    expect(second.read).toEqual([]);
    expect([second.rendered, second.kept]).toEqual([0, ITEMS]);
    expect(second.corpus).toEqual(loadCorpus(fixture.dir));
    expect(second.corpus).toEqual(first.corpus);
  });

  it('reads again a file edited to the same size, and one edited keeping its time', () => {
    check();
    fixture.edit(LINCS_ITEM, (text) => text.replace('title: Neighbourhood Working', 'title: Neighbourhood Workings'));
    const { mtime } = statSync(join(fixture.dir, SEL_ITEM));
    fixture.edit(SEL_ITEM, (text) => `${text}\nA sentence added since.\n`);
    utimesSync(join(fixture.dir, SEL_ITEM), mtime, mtime);
    expect(statSync(join(fixture.dir, SEL_ITEM)).mtimeMs).toBe(mtime.getTime());
    const again = check();
    expect(again.read.sort()).toEqual([SEL_ITEM, LINCS_ITEM].sort());
    expect(again.kept).toBe(ITEMS - 2);
    const byFile = (file: string) => again.corpus!.items.find((item) => item.file === `content/${file}`)!;
    expect(byFile(LINCS_ITEM).title).toBe('Neighbourhood Workings');
    expect(byFile(SEL_ITEM).minutes.text).toContain('A sentence added since.');
    expect(again.corpus).toEqual(loadCorpus(fixture.dir));
  });

  it('reads a file given the same size by an edit in the same instant (same size and time)', () => {
    const path = join(fixture.dir, LINCS_ITEM);
    check();
    const { atime, mtime } = statSync(path);
    fixture.edit(LINCS_ITEM, (text) => text.replace('title: Neighbourhood Working', 'title: Neighbourhood Walking'));
    utimesSync(path, atime, mtime);
    // Size and modification time as kept: the change time, which no program sets, still tells.
    const again = check();
    expect(again.read).toEqual([LINCS_ITEM]);
    expect(again.corpus!.items.find((item) => item.file === `content/${LINCS_ITEM}`)!.title).toBe(
      'Neighbourhood Walking',
    );
  });

  it('reads a touched but unchanged file to compare its hash, checks nothing again, and trusts its new time after', () => {
    check();
    const earlier = new Date(Date.now() - 3_600_000);
    utimesSync(join(fixture.dir, LINCS_ITEM), earlier, earlier);
    const touched = check();
    expect(touched.read).toEqual([LINCS_ITEM]);
    expect([touched.rendered, touched.kept]).toEqual([0, ITEMS]);
    expect(touched.corpus).toEqual(loadCorpus(fixture.dir));
    vi.setSystemTime(Date.now() + 60_000);
    expect(check().read).toEqual([]);
  });

  it('hashes a file written moments before it was kept once more, in case a write in the same tick followed', () => {
    vi.useRealTimers();
    check();
    const again = check();
    expect(again.read.length).toBe(ITEMS);
    expect([again.rendered, again.kept]).toEqual([0, ITEMS]);
  });

  it("ignores another version's memo, and a damaged one", () => {
    check('one');
    const other = check('two');
    expect([other.read.length, other.kept]).toEqual([ITEMS, 0]);
    const items = join(dir, 'minutes-two', 'items');
    const shards = readdirSync(items);
    expect(shards.length).toBe(6); // one a meeting folder
    writeFileSync(join(items, shards[0]), '{"format":1,"folder"');
    for (const shard of shards.slice(1)) writeFileSync(join(items, shard), '{"format":1,"entries":[["x",{}]]}');
    const damaged = check('two');
    expect([damaged.read.length, damaged.kept]).toEqual([ITEMS, 0]);
    expect(damaged.corpus).toEqual(loadCorpus(fixture.dir));
  });

  it('reports every problem, with its line, as a check without the memo does', () => {
    fixture.edit(SEL_ITEM, (text) =>
      text.replace('---\n', '---\nfollows: [2017-04-01-havering-hosc/01-icp-and-localities-model]\n'),
    );
    check();
    // Problems between files, found on items given back from the memo: an unknown locality, a follow-up of a missing item, a twin number.
    unlinkSync(join(fixture.dir, 'localities/gainsborough.yaml'));
    unlinkSync(join(fixture.dir, 'meetings/2017-04-01-havering-hosc/01-icp-and-localities-model.md'));
    fixture.write('meetings/2027-01-28-bromley-hwb/04-twin.md', '---\nnumber: "2"\ntitle: Twin\n---\n');
    // A file with a problem of its own is never kept: reported on every check.
    fixture.edit('meetings/2019-01-21-llr-jhsc/01-better-care-together-community-health-services-redesign.md', (text) =>
      text.replace('title:', 'title: [unclosed'),
    );
    const expected = problemsOf(fixture.dir);
    const fields = expected.map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['localities[1]', 'follows[0]', 'number']));
    expect(expected.every((p) => p.field === undefined || p.line !== undefined)).toBe(true);
    for (let i = 0; i < 2; i++) {
      const { problems, kept } = check();
      // All but the broken one (one item was removed, one added): the new one is kept from the first check on.
      expect(kept).toBe(i === 0 ? ITEMS - 2 : ITEMS - 1);
      expect(problems).toEqual(expected);
    }
  });

  it('notes again a kept file not saved as UTF-8', () => {
    const latin1 = (text: string) => Buffer.from(text.replace('Neighbourhood Working', 'Neighbourhood Café'), 'latin1');
    fixture.write(LINCS_ITEM, latin1(fs.readFileSync(join(fixture.dir, LINCS_ITEM), 'utf8')));
    const first = check();
    expect(first.corpus!.notes).toHaveLength(1);
    const second = check();
    expect([second.read, second.kept]).toEqual([[], ITEMS]);
    expect(second.corpus!.notes).toEqual(first.corpus!.notes);
  });
});
