/**
 * Recorded votes in minutes: the counts ("For: 26 Against: 32 Abstention: 0"), the
 * names where a recorded vote lists them, and the outcome.
 */
import type { voteOutcomes } from '../schema.ts';

export type VoteOutcome = (typeof voteOutcomes)[number];

/** A vote found in the minutes, in the shape of the item schema's `votes`. */
export interface ImportedVote {
  for: number;
  against: number;
  abstain: number;
  outcome: VoteOutcome;
  named?: { for: string[]; against: string[]; abstain: string[] };
}

const COUNT = String.raw`\s*[:–-]?\s*\(?(\d{1,3})\)?`;
/** "For: 26 Against: 32 Abstention: 0", on one line or several, commas or not. */
const COUNTS = new RegExp(String.raw`\b(?:For|In favour)${COUNT}[,;.]?\s+Against${COUNT}(?:[,;.]?\s+(?:Abstentions?|Abstain(?:ed|ing)?)${COUNT})?`, 'gi');
/** "For: Councillors Allen, Brown and Clark (3)": a side of a named recorded vote. */
const NAMED_SIDE = /^(For|In favour|Against|Abstentions?|Abstain(?:ed|ing)?)(?: the (?:motion|amendment|recommendations?))?\s*[:–-]\s*((?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Dr)\b.*)$/i;

/**
 * The outcome the words near a vote state, else the one the counts give.
 * Example: voteOutcome('the amendment was LOST', 26, 32) === 'not agreed'.
 */
export function voteOutcome(words: string, forCount: number, against: number): VoteOutcome {
  if (/\bwithdrawn\b/i.test(words)) return 'withdrawn';
  if (/\bdeferred\b/i.test(words)) return 'deferred';
  if (/\b(?:not carried|not agreed|lost|fell|defeated|rejected|failed)\b/i.test(words)) return 'not agreed';
  if (/\b(?:carried|agreed|passed|approved)\b/i.test(words)) return 'carried';
  return forCount > against ? 'carried' : 'not agreed';
}

/** Names in "Councillors Allen, Brown and Clark (3)". */
function namesOf(list: string): { names: string[]; count?: number } {
  const count = /\((\d{1,3})\)\s*\.?$/.exec(list)?.[1];
  const names = list
    .replace(/\(\d{1,3}\)\s*\.?$/, '')
    .replace(/^(?:Councillors?|Cllrs?\.?)\s+/i, '')
    .split(/\s*[,;]\s*|\s+and\s+/)
    .map((n) => n.replace(/^(?:Councillor|Cllr\.?)\s+/i, '').trim())
    .filter(Boolean);
  return { names, count: count === undefined ? undefined : Number(count) };
}

const sideOf = (label: string): 'for' | 'against' | 'abstain' => (/^(?:for|in favour)/i.test(label) ? 'for' : /^against/i.test(label) ? 'against' : 'abstain');

/**
 * The recorded votes in an item's minutes lines, in order.
 * Example: findVotes(['For: 26 Against: 32 Abstention: 0', 'The amendment was lost.'])
 *   → [{ for: 26, against: 32, abstain: 0, outcome: 'not agreed' }].
 */
export function findVotes(lines: readonly string[]): ImportedVote[] {
  const texts = lines.map((l) => l.trim()).filter(Boolean);
  const votes: { at: number; vote: ImportedVote }[] = [];
  // Counts may run over lines: search the text joined, and map matches back to lines.
  const joined = texts.join('\n');
  const starts = texts.map((_, i) => texts.slice(0, i).join('\n').length + (i > 0 ? 1 : 0));
  const lineAt = (offset: number) => starts.findLastIndex((s) => s <= offset);
  for (const match of joined.matchAll(COUNTS)) {
    const [, f, a, ab] = match;
    const at = lineAt(match.index);
    const end = lineAt(match.index + match[0].length);
    const vote = { for: Number(f), against: Number(a), abstain: Number(ab ?? 0) };
    votes.push({ at, vote: { ...vote, outcome: voteOutcome(outcomeWords(texts, at, end), vote.for, vote.against) } });
  }
  for (let i = 0; i < texts.length; i++) {
    if (!NAMED_SIDE.test(texts[i]) || (i > 0 && NAMED_SIDE.test(texts[i - 1]))) continue;
    const named = { for: [] as string[], against: [] as string[], abstain: [] as string[] };
    const counts = { for: 0, against: 0, abstain: 0 };
    let j = i;
    for (; j < texts.length; j++) {
      const side = NAMED_SIDE.exec(texts[j]);
      if (!side) break;
      const { names, count } = namesOf(side[2]);
      named[sideOf(side[1])].push(...names);
      counts[sideOf(side[1])] = count ?? names.length;
    }
    votes.push({ at: i, vote: { ...counts, outcome: voteOutcome(outcomeWords(texts, i, j - 1), counts.for, counts.against), named } });
    i = j - 1;
  }
  return votes.sort((x, y) => x.at - y.at).map((v) => v.vote);
}

/** The words that may state a vote's outcome: its own lines and the line after. */
function outcomeWords(texts: readonly string[], from: number, to: number): string {
  return texts
    .slice(from, to + 2)
    .join(' ')
    .replace(COUNTS, ' ');
}
