/**
 * A division's record in minutes: its sides, each with a heading or a sentence ("For the
 * motion (17) - …", "Councillors Allen and Ward abstained") and the names of those on it.
 */

/** A side of a vote. */
export type Side = 'for' | 'against' | 'abstain';

/** The words that head a side, those absent or not voting included. */
const SIDES = String.raw`For|In favour(?: of)?|Against|Abstentions?|Abstain(?:ed|ing)?|Declined to vote|Did not vote|Absent(?: from the (?:division|vote|meeting))?`;
/** The heading of a side of a division: "For", "AGAINST", "Declined to vote"… */
const SIDE_HEAD = new RegExp(String.raw`^(?:${SIDES})\b`, 'i');
/** The start of a side: its heading, or its names ("Councillors Bill, Bray … voted FOR"). */
const SIDE_START = new RegExp(String.raw`^(?:(?:${SIDES})\b|(?:Councillors?|Cllrs?\.?)\s)`, 'i');
/** "For the procedural motion (23) - Lord Provost; and Councillors Allard and Yuill.", "Abstain: Cllr Smith", "AGAINST the officer's recommendation (3)" then a line of names. */
const SIDE_FIRST = new RegExp(
  String.raw`^(${SIDES})(?:\s((?:the|an?)\s[^():]{1,80}?))?\s?(?:\((\d{1,3})\))?(?:(?:\s?(?::-?|[–-])\s?|\n)([^]*))?$`,
  'i',
);
/** "Councillors Bill, Bray and Witherford voted FOR the motion (17);", "Councillors Allen and Ward abstained from voting.", over lines or not. */
const NAMES_FIRST =
  /^((?:Councillors?|Cllrs?\.?)\s[^]+?)\s(?:voted\s(for|against|in\sfavour(?:\sof)?)|(abstained))(?:\sfrom\svoting)?(?:\s((?:the|an?)\s[^();]{1,80}?))?\s?(?:\((\d{1,3})\))?[;.,]?$/i;
/** One name in a division list: "Lord Provost", "Mrs Hall", "van Sweeden", "O'Shea", "R Wootten". */
const NAME =
  /^(?:(?:the|van|von|de|der|du|da|di|le|la) )*\p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’.-]*|van|von|de|der|du|da|di|le|la)){0,4}$/u;
/** A side nobody took: "Abstentions: None". */
const NO_NAMES = /^(?:none|nil|no ?one|nobody)$/i;
/** The count after a list of names: "Councillors Allen, Brown and Clark (3)". */
const TRAILING_COUNT = /\((\d{1,3})\)\s*[.;]?$/;
/** A long division list hard-wrapped takes a few lines; beyond this many, the words are something else. */
const MOST_SIDE_LINES = 20;

/** A recorded division: what was voted on, and each side's count and names. */
export interface Division {
  motion?: string;
  counts: Record<Side, number>;
  named: Record<Side, string[]>;
}

/** The sides of a division from line i on, each with its names, and the line after them; a division if they make one. */
export function divisionAt(texts: readonly string[], i: number): { division?: Division; next: number } | undefined {
  const named: Record<Side, string[]> = { for: [], against: [], abstain: [] };
  const counts: Record<Side, number> = { for: 0, against: 0, abstain: 0 };
  const sides = new Set<Side>();
  let motion: string | undefined;
  let countGiven = false;
  let j = i;
  for (let side = sideAt(texts, j); side; side = sideAt(texts, j)) {
    j = side.next;
    motion ??= side.motion;
    if (!side.side) continue; // "Absent from the division (5) - …" is not a vote.
    sides.add(side.side);
    named[side.side].push(...side.names);
    counts[side.side] = side.count ?? side.names.length;
    countGiven ||= side.side === 'for' && side.count !== undefined;
  }
  if (j === i) return undefined;
  // One side alone is a remark ("Councillor Smith voted against the motion"), unless it is the count of those for.
  const recorded = sides.has('for') && (sides.size > 1 || countGiven);
  return { division: recorded ? { motion, counts, named } : undefined, next: j };
}

interface DivisionSide {
  /** Undefined for those absent, who did not vote. */
  side?: Side;
  motion?: string;
  count?: number;
  names: string[];
  /** Whether the names are given, "None" included; a heading's names may be on the lines after it. */
  listed: boolean;
}

/** One side of a division starting at line i, with the line after its names. */
function sideAt(texts: readonly string[], i: number): (DivisionSide & { next: number }) | undefined {
  let text = texts[i] ?? '';
  if (!SIDE_START.test(text)) return undefined;
  let side = sideIn(text);
  let next = i + 1;
  // Names may follow the heading ("FOR the officer's recommendation (9)", then a line of names) or run on, hard-wrapped,
  // until the side's last line ends it ("… and Yuill.") or, once it is a side, the next side starts.
  for (
    ;
    next < texts.length && next - i < MOST_SIDE_LINES && !text.endsWith('.') && !(side && SIDE_HEAD.test(texts[next]));
    next++
  ) {
    if (side && side.count !== undefined && side.names.length >= side.count) break;
    const longer = sideIn(`${text}\n${texts[next]}`);
    if (side && !longer) break;
    [text, side] = [`${text}\n${texts[next]}`, longer];
  }
  return side?.listed ? { ...side, next } : undefined;
}

/** The side of a division the text records, if it is one; its names may still be to come ("AGAINST the motion (3)"). */
function sideIn(text: string): DivisionSide | undefined {
  const first = SIDE_FIRST.exec(text);
  const last = first ? undefined : NAMES_FIRST.exec(text);
  if (!first && !last) return undefined;
  const [label, motion, count, list] = first
    ? [first[1], first[2], first[3], first[4]]
    : [last![2] ?? last![3], last![4], last![5], last![1]];
  const listed = Boolean(list?.trim());
  const names = listed ? namesIn(list) : [];
  if (!names) return undefined;
  const given = count ?? TRAILING_COUNT.exec(list ?? '')?.[1];
  return {
    side: sideOf(label),
    motion: motion?.replace(/\s+/g, ' ').replace(/^\w/, (c) => c.toLowerCase()),
    count: given ? Number(given) : undefined,
    names,
    listed,
  };
}

const sideOf = (label: string): Side | undefined =>
  /^(?:for|in favour)/i.test(label)
    ? 'for'
    : /^against/i.test(label)
      ? 'against'
      : /^absent/i.test(label)
        ? undefined
        : 'abstain';

/** The names in "Lord Provost; and Councillors Allard, Bouse and Yuill (3).", or undefined when the words are not a list of names. */
function namesIn(list: string): string[] | undefined {
  const text = list.replace(TRAILING_COUNT, '').replace(/\s+/g, ' ').trim().replace(/[.;]$/, '');
  if (NO_NAMES.test(text)) return [];
  const names = text
    .split(/\s*(?:[,;]|\band\b)\s*/)
    .map((name) => name.replace(/^(?:Councillors?|Cllrs?\.?)(?:\s+|$)/i, '').trim())
    .filter(Boolean);
  return names.length && names.every((name) => NAME.test(name)) ? names : undefined;
}
