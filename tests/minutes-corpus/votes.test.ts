/** findVotes on the labelled minutes corpus: every labelled vote found, and none on the other pages. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findVotes, type ImportedVote } from '../../src/lib/import/recognise/votes.ts';
import { CORPUS } from '../../scripts/corpus/labels.ts';

interface Label {
  file: string;
  votes: { for: number; against: number; abstain: number | null } | null;
}
const labels: Label[] = readFileSync(join(CORPUS, 'corpus.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line));

/** A corpus page's lines, without its "# source:" line and the blank line after it. */
const pageLines = (file: string) => readFileSync(join(CORPUS, file), 'utf8').split('\n').slice(2);
const votesIn = (prefix: string) => findVotes(pageLines(readdirSync(CORPUS).find((f) => f.startsWith(prefix))!));
const counts = ({ for: f, against, abstain }: ImportedVote) => ({ for: f, against, abstain });

/** Lines broken at spaces to at most `width` characters, as a PDF's text gives a paragraph. */
const hardWrap = (width: number) => (line: string) =>
  line.split(' ').reduce<string[]>((lines, word) => {
    const last = lines.at(-1);
    if (last && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
    return lines;
  }, []);

describe('findVotes on the minutes corpus', () => {
  const labelled = labels.filter((label) => label.votes);

  it.each(labelled.map((label) => [label.file, label.votes!]))(
    'finds the labelled vote of %s, with an outcome its counts agree with',
    (file, label) => {
      const votes = findVotes(pageLines(file));
      const { abstain, ...sides } = label;
      const vote = votes.find((v) => v.for === sides.for && v.against === sides.against);
      expect(vote, JSON.stringify(votes)).toBeDefined();
      if (abstain !== null) expect(vote!.abstain).toBe(abstain);
      expect(vote!.outcome).toBe(vote!.for > vote!.against ? 'carried' : 'not agreed');
    },
  );

  it('finds no vote on the pages that record none, a vote named without its counts included', () => {
    const unlabelled = labels.filter((label) => !label.votes);
    expect([labelled.length, unlabelled.length]).toEqual([8, 137]);
    expect(unlabelled.filter((label) => findVotes(pageLines(label.file)).length).map((label) => label.file)).toEqual(
      [],
    );
  });

  it('returns every amendment of a budget meeting in order, each with what was voted on', () => {
    // "The amendment by the Labour Group … was lost by 47 votes to 17." … "The substantive motion … was carried 31 votes to 29."
    const votes = votesIn('081');
    expect(votes.map((v) => v.motion)).toEqual([
      'the amendment by the Labour Group',
      'the amendment by the Liberal Democrat Group',
      'the amendment by the Green Group',
      'the substantive motion',
    ]);
    expect(votes.map((v) => v.outcome)).toEqual(['not agreed', 'not agreed', 'not agreed', 'carried']);
    // "lost by 56 votes 2, with 1 abstention": the 56 were against.
    expect(counts(votes[2])).toEqual({ for: 2, against: 56, abstain: 1 });
  });

  it('reads "lost by 31 votes to 29" as 31 against, and keeps each procedural motion apart from the substantive one', () => {
    const votes = votesIn('080');
    expect(votes.map((v) => [v.motion, v.for, v.against, v.outcome])).toEqual([
      ['the motion', 29, 31, 'not agreed'],
      ['the motion', 30, 31, 'not agreed'],
      ['the substantive motion', 31, 30, 'carried'],
    ]);
  });

  it('names each side of an Aberdeen division, the Lord Provost included, and leaves out those absent', () => {
    const [vote] = votesIn('020');
    expect(vote.motion).toBe('the procedural motion');
    // Each list holds as many names as the count beside it: "For the procedural motion (23)".
    expect(vote.named!.for).toHaveLength(vote.for);
    expect(vote.named!.against).toHaveLength(vote.against);
    expect(vote.named!.for.slice(0, 2)).toEqual(['Lord Provost', 'Al-Samarai']);
    expect(vote.named!.for).toContain('van Sweeden');
    // "Declined to vote (1) - Councillor Boulton." counts as an abstention.
    expect(vote.named!.abstain).toEqual(['Boulton']);
    const everyone = Object.values(vote.named!).flat();
    expect(everyone).not.toContain('Graham');
    expect(everyone.filter((name) => /Councillor|Cllr/.test(name))).toEqual([]);
  });

  it("takes the names from the line after a side's heading, and names-first sides with a side left out", () => {
    // "FOR the officer's recommendation (9)", then "Nichols, Sexton, … and Noble".
    const [spelthorne] = votesIn('022');
    expect(spelthorne.named).toMatchObject({
      for: expect.arrayContaining(['Nichols', 'Noble']),
      against: ['Boughtflower', 'Islam', 'Mooney'],
    });
    expect(spelthorne.named!.for).toHaveLength(9);
    // "Councillors Bill, … and Witherford voted FOR the motion (17);" "Councillors Allen, … and Ward abstained from voting."
    const [hinckley] = votesIn('126');
    expect(hinckley.named!.for).toHaveLength(17);
    expect(hinckley.named!.for).toContain('Mrs Hall');
    expect(hinckley.named!.abstain).toContain('O’Shea');
    expect(hinckley.outcome).toBe('carried');
  });

  it('reads a flattened table of For, Against and Abstention, once for each recommendation', () => {
    const votes = votesIn('125');
    expect(votes.map((v) => v.motion)).toEqual([
      'the first additional recommendation',
      'the second additional recommendation',
    ]);
    expect(votes.every((v) => v.outcome === 'not agreed')).toBe(true);
  });

  it.each([
    ['hard-wrapped at 60 characters', (lines: string[]) => lines.flatMap(hardWrap(60))],
    ['hard-wrapped at 80 characters', (lines: string[]) => lines.flatMap(hardWrap(80))],
    ['as a bulleted list', (lines: string[]) => lines.map((line) => (line.trim() ? `·         ${line}` : line))],
    [
      'with non-breaking spaces and runs of spaces',
      (lines: string[]) => lines.map((line) => line.replace(/ /g, '\u00a0  ')),
    ],
  ])('finds the same votes %s', (_, reshape) => {
    for (const label of labels.filter((l) => l.votes)) {
      const lines = pageLines(label.file);
      // A motion may be lost where a line breaks inside it; the counts, names and outcome must not be.
      const seen = (votes: ImportedVote[]) => votes.map(({ motion: _motion, ...vote }) => vote);
      expect(seen(findVotes(reshape(lines))), label.file).toEqual(seen(findVotes(lines)));
    }
  });
});
