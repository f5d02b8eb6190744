import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findVotes, voteOutcome } from '../../src/lib/import/recognise/votes.ts';

// findVotes on the labelled minutes corpus (every labelled vote found, none on the other
// pages, the real pages' wordings) is in tests/minutes-corpus/votes.test.ts, run by
// `npm run test:corpus`.

const FIXTURES = join(import.meta.dirname, 'fixtures');

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
    // Backtracking over 2,000 characters would take seconds or more; a busy machine, a few tenths.
    expect(performance.now() - started).toBeLessThan(1000);
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
