/** Frontmatter parsed by an earlier build is read back, not parsed again: the same corpus, and the same problems on the same lines. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import { yamlMemo } from '../../src/lib/content/yaml-memo.ts';
import { parseYaml } from '../../src/lib/content/yaml-source.ts';
import { copySampleContent, type ContentFixture, problemsOf } from '../support/content-fixture.ts';

describe('yamlMemo', () => {
  let dir: string;
  let fixture: ContentFixture;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'minuted-yaml-memo-'));
    fixture = copySampleContent();
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    fixture.remove();
  });
  const file = () => join(dir, 'yaml.json');
  /** A build's check: loads with the memo kept in `file`, then saves it, as the build's prune does. */
  const load = () => {
    const memo = yamlMemo(file());
    const corpus = loadCorpus(fixture.dir, { yamlMemo: memo });
    memo.save();
    return corpus;
  };

  it('gives the corpus parsing gives, reading back the text it kept, until the text changes', () => {
    const plain = loadCorpus(fixture.dir);
    expect(load()).toEqual(plain);
    expect(load()).toEqual(plain);
    // What a second build reads is the memo's: a title changed in the memo alone shows.
    const item = plain.items[0];
    writeFileSync(
      file(),
      readFileSync(file(), 'utf8').replace(JSON.stringify(item.title), JSON.stringify('Read from the memo')),
    );
    expect(load().items.find((i) => i.id === item.id)!.title).toBe('Read from the memo');
    // The text changed in the file is parsed again.
    const path = join(
      'meetings',
      item.meeting,
      readdirSync(join(fixture.dir, 'meetings', item.meeting)).find((n) => n.startsWith(item.slug))!,
    );
    fixture.edit(path, (text) => text.replace(/^title: .*$/m, 'title: "Changed in the file"'));
    expect(load().items.find((i) => i.id === item.id)!.title).toBe('Changed in the file');
  });

  it('reports a problem in frontmatter it kept on the same line as parsing would', () => {
    load();
    // The Havering item's frontmatter is unchanged, so it is read from the memo, but one of its localities is gone.
    rmSync(join(fixture.dir, 'localities', 'havering-south.yaml'));
    const problems = problemsOf(fixture.dir, { yamlMemo: yamlMemo(file()) });
    expect(problems).toEqual(problemsOf(fixture.dir));
    expect(problems).toContainEqual(
      expect.objectContaining({
        field: 'localities[3]',
        line: fixture.lineOf('meetings/2017-04-01-havering-hosc/01-icp-and-localities-model.md', 'localities:'),
      }),
    );
  });

  it('keeps only what comes back from JSON the same', () => {
    const memo = yamlMemo(file());
    for (const text of ['title: Board', 'value: .nan', 'held: !!timestamp 2019-03-06'])
      parseYaml(text, 'x.yaml', 1, memo);
    memo.save();
    const kept = yamlMemo(file());
    expect(kept.get('title: Board')).toEqual({ data: { title: 'Board' }, written: [] });
    expect(kept.get('value: .nan')).toBeUndefined();
    expect(kept.get('held: !!timestamp 2019-03-06')).toBeUndefined();
  });

  it('keeps only what the last build read', () => {
    const first = yamlMemo(file());
    for (const text of ['a: 1', 'b: 2']) parseYaml(text, 'x.yaml', 1, first);
    first.save();
    const second = yamlMemo(file());
    parseYaml('a: 1', 'x.yaml', 1, second);
    second.save();
    expect(yamlMemo(file()).get('b: 2')).toBeUndefined();
    expect(yamlMemo(file()).get('a: 1')).toEqual({ data: { a: 1 }, written: [[['a'], '1']] });
  });
});
