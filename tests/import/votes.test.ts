import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findVotes, voteOutcome, type ImportedVote } from '../../src/lib/import/recognise/votes.ts';
import { MINUTES_CORPUS as CORPUS } from '../support/fixtures.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');

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

describe('findVotes on wordings', () => {
  it('keeps the labelled counts and the outcome on the next line, as the Lincolnshire minutes have them', () => {
    const lines = readFileSync(join(FIXTURES, 'meeting-lincolnshire-hwb.txt'), 'utf8').split(/\r?\n/);
    const item = lines.slice(lines.indexOf('Better Care Fund Plan 2016/17'), lines.indexOf('HCP1'));
    expect(findVotes(item)).toEqual([{ for: 26, against: 32, abstain: 0, outcome: 'not agreed' }]);
  });

  it.each([
    [
      'The vote on the recommendation was then taken, and carried by 22 votes to one, with two abstentions.',
      { motion: 'the recommendation', for: 22, against: 1, abstain: 2, outcome: 'carried' },
    ],
    [
      'The motion was lost by 31 votes to 29.',
      { motion: 'the motion', for: 29, against: 31, abstain: 0, outcome: 'not agreed' },
    ],
    [
      'The amendment was carried (8 for, 3 against, 1 abstention).',
      { motion: 'the amendment', for: 8, against: 3, abstain: 1, outcome: 'carried' },
    ],
    [
      'It was agreed by 6 votes for and 2 against to approve the report.',
      { for: 6, against: 2, abstain: 0, outcome: 'carried' },
    ],
    ['Votes: For 5 | Against 3 | Abstain 1', { for: 5, against: 3, abstain: 1, outcome: 'carried' }],
    [
      'The motion that the item be deferred was lost by 5 votes to 3.',
      { motion: 'the motion that the item be deferred', for: 3, against: 5, abstain: 0, outcome: 'not agreed' },
    ],
  ])('%s', (line, vote) => {
    expect(findVotes([line])).toEqual([vote]);
  });

  it('reads a vote hard-wrapped over two lines, and the abstentions in the sentence after it', () => {
    expect(
      findVotes(['The motion was put to the vote and was', 'lost by 31 votes to 29.', 'There were 2 abstentions.']),
    ).toEqual([{ motion: 'the motion', for: 29, against: 31, abstain: 2, outcome: 'not agreed' }]);
  });

  it('takes the result the next sentence reports, not the decision it records', () => {
    expect(findVotes(['For: 4 Against: 6 Abstention: 0', 'The motion was lost.'])[0].outcome).toBe('not agreed');
    expect(findVotes(['For: 3 Against: 7', 'The Committee agreed to note the report.'])[0].outcome).toBe('not agreed');
  });

  it('keeps two votes in one paragraph apart, each with its own outcome', () => {
    const votes = findVotes([
      'The amendment was carried by 5 votes to 3. The substantive motion was then lost by 6 votes to 4.',
    ]);
    expect(votes.map((v) => [v.motion, v.outcome])).toEqual([
      ['the amendment', 'carried'],
      ['the substantive motion', 'not agreed'],
    ]);
  });

  it('names a division list\'s sides, without "Councillors" or "Cllr", a side of "None" empty', () => {
    const lines = [
      '• For the motion (3): Councillors Allen, Brown and Clark',
      '• Against the motion (2): Cllr Dunn and Cllr Evans',
      '• Abstain: None',
      'The motion was carried.',
    ];
    expect(findVotes(lines)).toEqual([
      {
        motion: 'the motion',
        for: 3,
        against: 2,
        abstain: 0,
        outcome: 'carried',
        named: { for: ['Allen', 'Brown', 'Clark'], against: ['Dunn', 'Evans'], abstain: [] },
      },
    ]);
  });

  it('keeps a name broken over two lines whole', () => {
    const [vote] = findVotes([
      'For (3) - Councillors Allen, Mrs',
      'Brown and Clark.',
      'Against (1) - Councillor Dunn.',
    ]);
    expect(vote.named!.for).toEqual(['Allen', 'Mrs Brown', 'Clark']);
  });

  it.each([
    ['The motion was carried unanimously.'],
    ['A recorded vote was requested and the motion was carried.'],
    ['Ask For: 26 Station Road'],
    ['The Board reviewed performance for 12 against 15 targets.'],
    ['33 Members were present but only 20 votes recorded.'],
    ['For the avoidance of doubt: the plan is approved.'],
    ['Councillor Smith voted against the motion.', 'Councillor Jones abstained.'],
    ['Councillors Crockett, Macdonald and Malik intimated their dissent against the foregoing decision.'],
  ])('finds no vote in "%s"', (...lines) => {
    expect(findVotes(lines)).toEqual([]);
  });

  it('reads a 2,000-character line of near misses without backtracking', () => {
    const nearMisses = [
      'For the motion ',
      'For: 1 Against ',
      'by 12 votes ',
      '3 votes to ',
      '4 for and ',
      'Councillors Smith, Jones and ',
      'For | ',
      ' \u00a0 ',
    ];
    const lines = nearMisses.map((near) => near.repeat(Math.ceil(2000 / near.length)).slice(0, 2000));
    const started = performance.now();
    for (const line of lines) findVotes([line, `Councillors ${line} voted`, `For (99) - ${line}`]);
    expect(performance.now() - started).toBeLessThan(100);
  });
});

describe('voteOutcome', () => {
  it.each([
    ['the amendment was LOST', 'not agreed'],
    ['the motion was not carried', 'not agreed'],
    ['the motion was declared CARRIED', 'carried'],
    // The word nearest the counts, at the end, is the vote's outcome.
    ['the motion that the item be deferred was defeated', 'not agreed'],
    ['the amendment was withdrawn', 'withdrawn'],
  ] as const)('%s: %s', (words, outcome) => {
    expect(voteOutcome(words, 26, 32)).toBe(outcome);
  });

  it('goes by the counts when the words say nothing, a tie not carried', () => {
    expect(voteOutcome('the vote was taken', 10, 2)).toBe('carried');
    expect(voteOutcome('', 5, 5)).toBe('not agreed');
  });
});
