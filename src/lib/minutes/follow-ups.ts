/**
 * Follow-ups asked of officers or partners ("requested that Sarah-Jane Mills came back to
 * the Board in six months", "a report on this be brought back to a future meeting"),
 * found in the text of the minutes, with a due date where the words give one.
 */
import { countOf, NUMBER_OR_WORD } from '../text/number-words.ts';

/** A follow-up found in the minutes. */
export interface FoundAction {
  /** The sentence that asks for it, as written. */
  text: string;
  who?: string;
  /** YYYY-MM-DD, worked out from the meeting date. */
  due?: string;
  /** The words the due date came from, or say when it is due without a date ("a future meeting"). */
  dueText?: string;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** "come back", "report back", "followed up": these ask only beside a word that asks, as alone they may tell what happened. */
const COME_BACK =
  /\b(?:come|came|coming|return|returned|report|reported)\s+back\b|\breturn(?:ed)?\s+to\s+(?:the|a)\s+(?:Board|Committee|Sub-Committee|Panel|meeting)\b|\bfollowed\s+up\b/i;
/** "it was agreed that Director of Place, Darlington would share relevant details": a promise, when asked for. */
const WILL_SEND = /\b(?:would|will)\s+(?:share|circulate|provide|send)\b/i;
/** Words that ask, for COME_BACK and WILL_SEND. */
const ASKS = /\b(?:requested|request|asked|agreed|resolved|RESOLVED|AGREED|invited)\b/;
/**
 * "a (further) report (on this) be brought back / presented / provided", "further data would be obtained",
 * "an update to be requested", "a report is brought to": what is to come, then the verb that brings it.
 * Not "a report was presented" (what happened), "data could be shared" (a question), "reports … brought
 * forward for urgent consideration" (this meeting's business), nor "be made" ("data allowed decisions to be made").
 */
const REPORT_DUE =
  /\b(?:report|update|briefing|paper|presentation|breakdown|information|data|details|figures)s?\b[^.;]{0,80}?(?<!\b(?:could|can|may|might)\s)\b(?:be|is)\s+(?:brought(?!\s+forward)|presented|submitted|provided|circulated|made\s+available|obtained|shared|requested)\b/i;
/** "be brought back", "is brought back", "be reported back on": asks whoever is to bring it. */
const BROUGHT_BACK = /\b(?:be|is)\s+(?:brought|reported)\s+back\b/i;
/** "requested a six-month update", "requesting a list of", "a request for a breakdown". */
const ASKED_FOR =
  /\brequest(?:ed|ing|s)?\s+(?:for\s+)?(?:a|an|further)\s+(?:[\w-]+\s+){0,2}?(?:update|report|briefing|breakdown|list|presentation|information)\b/i;
/** "at a future meeting", "to the next meeting", "for the next meeting", "at a future date". */
const FUTURE_MEETING =
  /\b(?:at|to|for|until)\s+(?:a|the|its)\s+(?:future|next|later|subsequent|forthcoming)\s+(?:meeting|date)\b/i;
/** "be looked at in more depth at its meeting in January 2006" ("it be noted that at the meeting on" looks back). */
const AT_DATED_MEETING = /\bbe\s+(?!noted\b)[a-z]+ed\b[^.;]{0,80}?\b(?:at|to)\s+(?:its|the)\s+meeting\s+(?:in|on)\b/i;
/** "keep the Board informed", "keep Members updated", "be kept up to date" (not "keep those affected informed"). */
const KEEP_INFORMED =
  /\bkeep\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:Board|Committee|Commission|Panel|Cabinet|Members|Councillors)\s+(?:informed|updated|up\s+to\s+date|apprised)\b|\bbe\s+kept\s+(?:informed|updated|up\s+to\s+date|apprised)\b/i;
/** "be invited to attend (a future meeting)". */
const INVITED = /\bbe\s+invited\s+to\s+attend\b/i;
/** "be reviewed in the 2015/16 Annual Report", "be subject to a review after 1 year" (not "in the light of", "in line with"). */
const REVIEW_LATER =
  /\bbe\s+(?:reviewed|revisited|subject\s+to\s+(?:a\s+)?review)\s+(?:in|at|after|within)\s+(?!the\s+light\b|line\b)/i;
/**
 * "asked that an item on this be included on the forward work programme", "as a future item on":
 * "items they wished to be included on the work programme" only invites members to suggest some.
 */
const ON_PROGRAMME =
  /\bthat\b[^.;]{1,80}?\bbe\s+(?:included|added|placed)\s+(?:on|to|in)\s+(?:the|its)\s+(?:[\w-]+\s+){0,2}?(?:work\s+programme|forward\s+plan|action\s+(?:tracker|log|list))\b|\bas\s+a\s+future\s+(?:agenda\s+)?item\b/i;
/** "ACTION:" or "Action –", which opens a sentence that asks. */
const ACTION_MARK = /(?:ACTION|Action)\s*[:–—-]/;
const ACTION_LINE = new RegExp(`^${ACTION_MARK.source}`);
/** Wordings that ask wherever they stand. */
const ASKING = [
  REPORT_DUE,
  BROUGHT_BACK,
  ASKED_FOR,
  FUTURE_MEETING,
  AT_DATED_MEETING,
  KEEP_INFORMED,
  INVITED,
  REVIEW_LATER,
  ON_PROGRAMME,
];
/**
 * Whether a block may hold a sentence that asks: any wording above, in one pass (2.7 times as fast as
 * one by one). Ignoring case and ASKS only lets more blocks through to the test of each sentence.
 */
const MAY_ASK = new RegExp([ACTION_MARK, COME_BACK, WILL_SEND, ...ASKING].map((words) => words.source).join('|'), 'i');

/** "she would be happy to come back to the Board at a later date": an offer, which no one has taken up. */
const OFFERS = /\bwould\s+be\s+(?:happy|pleased|glad|willing)\s+to\b/i;

/** Whether a sentence asks for something to come later, rather than offer it. */
function asks(sentence: string): boolean {
  const asked =
    ACTION_LINE.test(sentence) ||
    ASKING.some((words) => words.test(sentence)) ||
    ((COME_BACK.test(sentence) || WILL_SEND.test(sentence)) && ASKS.test(sentence));
  return asked && !OFFERS.test(sentence);
}

/**
 * Adds whole months to a date, keeping to the last day of a shorter month.
 * Example: addMonths('2019-08-31', 6) === '2020-02-29'.
 */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/** "in six months", "within 3 weeks' time". */
const WITHIN = new RegExp(
  String.raw`\b(?:in|within)\s+(${NUMBER_OR_WORD})\s+(months?|weeks?)(?:'|’)?(?:\s+time)?\b`,
  'i',
);

/** The due date a sentence gives, counted from the meeting date. */
function dueFrom(sentence: string, meetingDate: string): Pick<FoundAction, 'due' | 'dueText'> {
  const within = WITHIN.exec(sentence);
  if (within) {
    const count = countOf(within[1]);
    if (/^week/i.test(within[2])) {
      const date = new Date(`${meetingDate}T00:00:00Z`);
      date.setUTCDate(date.getUTCDate() + 7 * count);
      return { due: date.toISOString().slice(0, 10), dueText: within[0] };
    }
    return { due: addMonths(meetingDate, count), dueText: within[0] };
  }
  const by =
    /\b(?:by|in|before)\s+(?:the\s+end\s+of\s+)?(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})\b/.exec(
      sentence,
    );
  if (by) {
    const month = MONTHS.indexOf(by[1].toLowerCase());
    const end = new Date(Date.UTC(Number(by[2]), month + 1, 0)).toISOString().slice(0, 10);
    return { due: end, dueText: by[0] };
  }
  const when = /\b(?:the|a)\s+(?:next|future|later|subsequent)\s+meeting\b|\ba\s+later\s+date\b/i.exec(sentence);
  return when ? { dueText: when[0] } : {};
}

/** A name or title: capitalised words, with "of", "and" and commas between ("Director of Place, Darlington"). */
const NAME = /(?:the\s+)?[A-Z][\w'’-]*(?:(?:\s+|,\s*)(?:of|and|for|[A-Z][\w'’-]*))*/;
/** Whose the follow-up is: "requested that <who> came back", "ACTION: <who> to", "that <who> would share". */
const WHO_ASKED = [
  /\b(?:requested|asked|invited)\s+(?:that\s+)?(.+?)\s+(?:to\s+)?(?:come|came|return|report)\s+back\b/,
  new RegExp(`^${ACTION_MARK.source}\\s*(${NAME.source})\\s+to\\s+[a-z]`),
  new RegExp(
    `(?:^|\\b[Tt]hat\\s+)(${NAME.source})\\s+(?:would|will)\\s+(?:keep|share|circulate|provide|report|come|bring|write|raise)\\b`,
  ),
];
/** Words that name no one: "It would report back". */
const NO_ONE = /^(?:it|he|she|they|this|that|there|we)$/i;

/** Who was asked, when the sentence names them (the one who asked, "Mr Tris Taylor asked that…", is not). */
function whoFrom(sentence: string): string | undefined {
  for (const named of WHO_ASKED) {
    const who = named.exec(sentence)?.[1];
    if (who && who.split(/\s+/).length <= 8 && !NO_ONE.test(who)) return who;
  }
  return undefined;
}

/** Sentences of a paragraph; "Cllr." and "Dr." style abbreviations do not end one. */
function sentences(paragraph: string): string[] {
  return paragraph
    .replace(/\s+/g, ' ')
    .split(/(?<=[.;!?])\s+(?=[A-Z0-9(])(?<!\b(?:Cllr|Dr|Mr|Mrs|Ms|Prof|St|No)\.\s+)/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Finds the follow-ups asked for in an item's minutes (paragraphs or list items as plain text).
 * Example: findActions(['The Chairman requested that Sarah-Jane Mills came back to the Board in six months.'], '2019-03-01')
 *   → [{ text: '…', who: 'Sarah-Jane Mills', due: '2019-09-01', dueText: 'in six months' }].
 */
export function findActions(blocks: readonly string[], meetingDate: string): FoundAction[] {
  const found: FoundAction[] = [];
  for (const block of blocks) {
    // A sentence can only ask if its block holds one of the words that ask: most blocks do
    // not, and are not split into sentences.
    if (!MAY_ASK.test(block)) continue;
    for (const sentence of sentences(block)) {
      if (!asks(sentence)) continue;
      const who = whoFrom(sentence);
      found.push({ text: sentence, ...(who ? { who } : {}), ...dueFrom(sentence, meetingDate) });
    }
  }
  return found;
}
