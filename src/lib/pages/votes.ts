/** Recorded votes in words, one way for the item and meeting pages, the register, search and downloads. */
import type { Vote } from '../content/item-schema.ts';
import { counted } from '../text/counts.ts';

/** The three ways to vote, in the order the minutes give them. */
const SIDES = [
  { key: 'for', label: 'For' },
  { key: 'against', label: 'Against' },
  { key: 'abstain', label: 'Abstained' },
] as const;

/**
 * A vote's counts in words.
 * Example: voteCounts({ for: 7, against: 2, abstain: 1, … }) === '7 for, 2 against, 1 abstention'.
 */
export const voteCounts = (vote: Vote): string =>
  `${vote.for} for, ${vote.against} against, ${vote.abstain === 0 ? 'no abstentions' : counted(vote.abstain, ['abstention', 'abstentions'])}`;

/**
 * A vote in one line, as agendas and registers show it beside an item.
 * Example: voteLine(vote) === 'Recorded vote: carried, 7 for, 2 against, 1 abstention'.
 */
export const voteLine = (vote: Vote): string => `Recorded vote: ${vote.outcome}, ${voteCounts(vote)}`;

/** Who voted which way, where the minutes name them: a list per side that has names. */
export const namedVotes = (vote: Vote) =>
  SIDES.flatMap(({ key, label }) => {
    const names = vote.named?.[key] ?? [];
    return names.length > 0 ? [{ label, names }] : [];
  });

/**
 * Everything an item page shows of a vote: what was voted on, the outcome, the counts
 * a row each, and the names.
 * Example: voteView(vote).counts[0] → { label: 'For', count: 7 }.
 */
export const voteView = (vote: Vote) => ({
  motion: vote.motion,
  outcome: vote.outcome,
  summary: voteCounts(vote),
  counts: SIDES.map(({ key, label }) => ({ label, count: vote[key] })),
  named: namedVotes(vote),
});

/**
 * A vote as searchers' words find it: the line, the motion and every name.
 * Example: voteText(vote) === 'Recorded vote: carried, 7 for, … On the amendment. For: Cllr A, Cllr B.'.
 */
export const voteText = (vote: Vote): string =>
  [
    `${voteLine(vote)}.`,
    ...(vote.motion ? [`On ${vote.motion}.`] : []),
    ...namedVotes(vote).map(({ label, names }) => `${label}: ${names.join(', ')}.`),
  ].join(' ');
