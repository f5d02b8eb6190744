/**
 * Recorded votes in minutes: the counts ("For: 26 Against: 32 Abstention: 0", "lost by 31
 * votes to 29"), the names where a division lists them, what was voted on and the outcome.
 */
import { countOf, NUMBER_OR_WORD } from '../../text/number-words.ts';
import type { voteOutcomes } from '../../content/item-schema.ts';
import { divisionAt } from './divisions.ts';

export type VoteOutcome = (typeof voteOutcomes)[number];

/** A vote found in the minutes, in the shape of the item schema's `votes`. */
export interface ImportedVote {
  motion?: string;
  for: number;
  against: number;
  abstain: number;
  outcome: VoteOutcome;
  named?: { for: string[]; against: string[]; abstain: string[] };
}

/** Minutes spell small counts out: "carried by 22 votes to one, with two abstentions". */
const NUMBER = String.raw`\b(${NUMBER_OR_WORD})\b`;

/** ", with two abstentions", " with 3 abstentions", " and 1 abstention", " (2 abstentions)". */
const ABSTENTIONS = String.raw`(?:,?\s+(?:and|with)\s+|,\s*|\s*\(\s*)${NUMBER}\s+abstentions?\b`;
/** A label's count: ": 26", " (26)", " - 26". */
const COUNT = String.raw`\s*[:–-]?\s*\(?(\d{1,3})\)?`;
/** What separates one label's count from the next label: ", ", " | ", a line break. */
const BETWEEN = String.raw`(?:\s*[,;.|])?\s+`;
/**
 * "For: 26 Against: 32 Abstention: 0", on one line or several, commas, "|" or not. Only in the labels' capitalised forms,
 * so "performance for 12 against 15 targets" is not a vote.
 */
const LABELLED_COUNTS = new RegExp(
  String.raw`\b(?:For|FOR|In favour|IN FAVOUR)${COUNT}${BETWEEN}(?:Against|AGAINST)${COUNT}(?:${BETWEEN}(?:Abstentions?|ABSTENTIONS?|Abstain(?:ed|ing)?|ABSTAIN(?:ED|ING)?)${COUNT})?`,
  'g',
);
/** A flattened table: "For", "Against", "Abstention", then "4", "6", "0", a cell a line (or "|" between). */
const COUNTS_TABLE =
  /\b(?:For|FOR)[\s|]+(?:Against|AGAINST)[\s|]+(?:(?:Abstentions?|ABSTENTIONS?|Abstain(?:ed)?|ABSTAIN(?:ED)?)[\s|]+(\d{1,3})[\s|]+(\d{1,3})[\s|]+(\d{1,3})|(\d{1,3})[\s|]+(\d{1,3}))\b/g;
/** "carried by 42 votes to 13", "carried 31 votes to 29", "lost by 56 votes 2, with 1 abstention": "to" or "by" makes it a vote. */
const VOTES_TO = new RegExp(
  String.raw`\b(by\s+)?${NUMBER}\s+votes?\s+(to\s+)?${NUMBER}(?:\s+against\b)?(?:${ABSTENTIONS})?`,
  'gi',
);
/** "10 votes for and 2 against", "(8 for, 3 against, 1 abstention)". */
const FOR_AND_AGAINST = new RegExp(
  String.raw`${NUMBER}\s+(?:votes?\s+)?(?:for|in favour)[,;]?\s+(?:and\s+|to\s+|with\s+)?${NUMBER}\s+against\b(?:${ABSTENTIONS})?`,
  'gi',
);
/** "There were no abstentions." in the sentence after a vote. */
const ABSTENTIONS_SENTENCE = new RegExp(String.raw`^(?:there\s+(?:were|was)\s+)?${NUMBER}\s+abstentions?\b`, 'i');

/**
 * The end of a line that a sentence or list goes on from: a comma, or a word no sentence ends on ("and", "the",
 * "van", "Mrs"). Not ";", which ends a side of a division ("… voted FOR the motion (17);").
 */
const WRAPPED_BEFORE = /(?:,|\b(?:and|or|of|the|an?|to|by|van|von|de|der|le|la|Mr|Mrs|Ms|Dr|Councillors?|Cllrs?))$/;
/** A list marker: "•", "-", "(a)", "2.", "iv)", "(B)". */
const LIST_MARKER = /^(?:[·•▪◦*–-]|\(?(?:\d{1,3}|[a-z]|[ivx]{1,5})[.)]|\([A-Z]\))\s+/;
/** Where a sentence ends: at a line's end, or at a stop before a space ("The motion was lost. There were…"). */
const SENTENCE_END = /[.!?;:]\s+|\n/g;
/** Words stating an outcome; "not carried" is tried before "carried" so it is read whole. */
const OUTCOME_WORD =
  /\b(?:withdrawn|deferred|not carried|not agreed|lost|fell|defeated|rejected|failed|carried|agreed|passed|approved)\b/gi;
/** Words that report a vote's result in the sentence after it ("The amendment was LOST."); "agreed" there is more often the next decision. */
const RESULT_WORD = /\b(?:withdrawn|not carried|lost|fell|defeated|rejected|failed|carried)\b/i;
/** The words before a sentence's first "was": "The motion | was put to the vote and was lost by". */
const SUBJECT_WAS = /^(.*?) (?:was|were) /i;
/** What comes before a sentence's subject: "the Mayor declared that | the amendment", "Upon a vote, | the motion". */
const SUBJECT_LEAD = /\b(?:declared|announced|confirmed|reported|stated) that |, /i;
/** The lead-in of a tabled vote: "A vote was taken on the first additional recommendation as follows:". */
const VOTE_TAKEN_ON = /\bvote was (?:taken|held|recorded) on ((?:the|an?) .+?)(?: as follows)?:$/i;

/**
 * The recorded votes in an item's minutes lines, in order.
 * Example: findVotes(['For: 26 Against: 32 Abstention: 0', 'The amendment was lost.'])
 *   → [{ for: 26, against: 32, abstain: 0, outcome: 'not agreed' }].
 */
export function findVotes(lines: readonly string[]): ImportedVote[] {
  const texts = logicalLines(lines);
  const text = texts.join('\n');
  const around = sentencesOf(text);
  const found: { at: number; vote: ImportedVote }[] = [];
  /** A vote from counts in the text; "by 31 votes to 29" names the winning side first, so with "lost" 31 voted against. */
  const counted = (
    match: RegExpMatchArray,
    counts: { for: string; against: string; abstain?: string },
    winnerFirst = false,
  ) => {
    const { before, after, next, previous } = around(match.index!, match.index! + match[0].length);
    const [first, second] = [countOf(counts.for), countOf(counts.against)];
    const outcome = outcomeOf(`${before} ${after}`, next, { for: first, against: second });
    const [forCount, against] =
      winnerFirst && outcome === 'not agreed' ? [Math.min(first, second), Math.max(first, second)] : [first, second];
    const abstain = counts.abstain ?? ABSTENTIONS_SENTENCE.exec(next)?.[1];
    const vote = { for: forCount, against, abstain: abstain === undefined ? 0 : countOf(abstain) };
    const motion = subjectOf(before) ?? (before.trim() === '' ? VOTE_TAKEN_ON.exec(previous)?.[1] : undefined);
    found.push({ at: match.index!, vote: { ...(motion && { motion }), ...vote, outcome } });
  };
  for (const m of text.matchAll(LABELLED_COUNTS)) counted(m, { for: m[1], against: m[2], abstain: m[3] });
  for (const m of text.matchAll(COUNTS_TABLE))
    counted(m, m[1] ? { for: m[1], against: m[2], abstain: m[3] } : { for: m[4], against: m[5] });
  for (const m of text.matchAll(VOTES_TO))
    if (m[1] || m[3]) counted(m, { for: m[2], against: m[4], abstain: m[5] }, true);
  for (const m of text.matchAll(FOR_AND_AGAINST)) counted(m, { for: m[1], against: m[2], abstain: m[3] });

  // Where each line starts in the text, and where the text would start another after the last.
  const starts = [0];
  for (const line of texts) starts.push(starts.at(-1)! + line.length + 1);
  for (let i = 0; i < texts.length;) {
    const { division, next: after } = divisionAt(texts, i) ?? { next: i + 1 };
    if (division) {
      const { next } = around(starts[i], starts[after] - 1);
      const { motion, counts, named } = division;
      const abstained = named.abstain.length ? undefined : ABSTENTIONS_SENTENCE.exec(next)?.[1];
      const vote = { ...counts, ...(abstained !== undefined && { abstain: countOf(abstained) }) };
      // The sides say nothing of the outcome: the sentence after them may ("The motion was therefore declared CARRIED").
      found.push({
        at: starts[i],
        vote: { ...(motion && { motion }), ...vote, outcome: outcomeOf('', next, vote), named },
      });
    }
    i = after;
  }
  return found.sort((x, y) => x.at - y.at).map((f) => f.vote);
}

/**
 * The outcome the words state, else the one the counts give.
 * Example: voteOutcome('the amendment was LOST', 26, 32) === 'not agreed'.
 */
export function voteOutcome(words: string, forCount: number, against: number): VoteOutcome {
  // The word nearest the counts decides: "the motion that the item be deferred was lost by 5 votes to 3".
  const word = words.match(OUTCOME_WORD)?.at(-1)?.toLowerCase();
  if (word === 'withdrawn') return 'withdrawn';
  if (word === 'deferred') return 'deferred';
  if (word === undefined) return forCount > against ? 'carried' : 'not agreed';
  return /^(?:not|lost|fell|defeated|rejected|failed)/.test(word) ? 'not agreed' : 'carried';
}

/** The vote's own sentence decides; else the result the next sentence reports ("For: 4 … The motion was lost."). */
function outcomeOf(own: string, next: string, vote: { for: number; against: number }): VoteOutcome {
  const words = own.match(OUTCOME_WORD) ? own : (RESULT_WORD.exec(next)?.[0] ?? '');
  return voteOutcome(words, vote.for, vote.against);
}

/** The lines, trimmed, spaces folded and list markers off, a sentence hard-wrapped over lines joined again; blank lines (NBSP too) dropped. */
function logicalLines(lines: readonly string[]): string[] {
  const joined: string[] = [];
  for (const line of lines) {
    const text = line.replace(/\s+/g, ' ').trim().replace(LIST_MARKER, '');
    if (!text) continue;
    const last = joined.at(-1);
    if (last !== undefined && (WRAPPED_BEFORE.test(last) || /^\p{Ll}/u.test(text)))
      joined[joined.length - 1] = `${last} ${text}`;
    else joined.push(text);
  }
  return joined;
}

/** The words around text[from, to): of its own sentence before and after it, and of the sentences before and after that one. */
function sentencesOf(text: string) {
  const starts = [0, ...[...text.matchAll(SENTENCE_END)].map((m) => m.index + m[0].length), text.length];
  return (from: number, to: number) => {
    const start = starts.findLast((s) => s <= from)!;
    const end = starts.find((s) => s >= to)!;
    const following = starts.find((s) => s > end) ?? text.length;
    const preceding = starts.findLast((s) => s < start) ?? 0;
    return {
      before: text.slice(start, from),
      after: text.slice(to, end),
      next: text.slice(end, following).trim(),
      previous: text.slice(preceding, start).trim(),
    };
  };
}

/** What a sentence says was voted on: "the amendment" in "…the Mayor declared that the amendment was carried by". */
function subjectOf(before: string): string | undefined {
  const subject = SUBJECT_WAS.exec(before)?.[1]
    .split(SUBJECT_LEAD)
    .at(-1)!
    .trim()
    .replace(/^the vote (?:on|upon|for) /i, '')
    .replace(/,? as (?:set out|detailed|printed|circulated|contained)\b.*$/i, '');
  if (!subject || !/^(?:the|an?) /i.test(subject) || subject.length > 100) return undefined;
  return subject.replace(/^\w/, (c) => c.toLowerCase());
}
