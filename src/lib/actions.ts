/**
 * Follow-ups asked of officers or partners ("requested that Sarah-Jane Mills came back to
 * the Board in six months", "a report on this be brought back to a future meeting"),
 * found in the text of the minutes, with a due date where the words give one.
 */

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

const NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, eighteen: 18 };
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "come back", "report back", "return to the Board" in a sentence that asks for it. */
const COME_BACK = /\b(?:come|came|coming|return|returned|report|reported)\s+back\b|\breturn(?:ed)?\s+to\s+(?:the|a)\s+(?:Board|Committee|Sub-Committee|Panel|meeting)\b/i;
const ASKS = /\b(?:requested|request|asked|agreed|resolved|RESOLVED|AGREED|invited)\b/;
/** "a (further) report (on this) be brought back / presented / submitted". */
const REPORT_DUE = /\b(?:report|update|briefing|paper)s?\b[^.;]*?\bbe\s+(?:brought|presented|submitted|provided|circulated|made)\b/i;
/** "ACTION:" or "Action –", which opens a sentence that asks. */
const ACTION_MARK = /(?:ACTION|Action)\s*[:–—-]/;
const ACTION_LINE = new RegExp(`^${ACTION_MARK.source}`);
/** Whether a block may hold a sentence that asks: each of the tests above, anywhere in it. */
const MAY_ASK = [ACTION_MARK, REPORT_DUE, COME_BACK];

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

/** The due date a sentence gives, counted from the meeting date. */
function dueFrom(sentence: string, meetingDate: string): Pick<FoundAction, 'due' | 'dueText'> {
  const within = /\b(?:in|within)\s+(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen)\s+(months?|weeks?)(?:'|’)?(?:\s+time)?\b/i.exec(sentence);
  if (within) {
    const count = NUMBERS[within[1].toLowerCase()] ?? Number(within[1]);
    if (/^week/i.test(within[2])) {
      const date = new Date(`${meetingDate}T00:00:00Z`);
      date.setUTCDate(date.getUTCDate() + 7 * count);
      return { due: date.toISOString().slice(0, 10), dueText: within[0] };
    }
    return { due: addMonths(meetingDate, count), dueText: within[0] };
  }
  const by = /\b(?:by|in|before)\s+(?:the\s+end\s+of\s+)?(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})\b/.exec(sentence);
  if (by) {
    const month = MONTHS.indexOf(by[1].toLowerCase());
    const end = new Date(Date.UTC(Number(by[2]), month + 1, 0)).toISOString().slice(0, 10);
    return { due: end, dueText: by[0] };
  }
  const when = /\b(?:the|a)\s+(?:next|future|later|subsequent)\s+meeting\b|\ba\s+later\s+date\b/i.exec(sentence);
  return when ? { dueText: when[0] } : {};
}

/** Who was asked, when the sentence names them: "requested that <who> came back". */
function whoFrom(sentence: string): string | undefined {
  const named = /\b(?:requested|asked|invited)\s+(?:that\s+)?(.+?)\s+(?:to\s+)?(?:come|came|return|report)\s+back\b/.exec(sentence);
  const who = named?.[1];
  return who && who.split(/\s+/).length <= 8 ? who : undefined;
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
    // not, and are not split into sentences (0.5 s of a 10,000-item check).
    if (!MAY_ASK.some((words) => words.test(block))) continue;
    for (const sentence of sentences(block)) {
      const asked = ACTION_LINE.test(sentence) || REPORT_DUE.test(sentence) || (COME_BACK.test(sentence) && ASKS.test(sentence));
      if (!asked) continue;
      const who = whoFrom(sentence);
      found.push({ text: sentence, ...(who ? { who } : {}), ...dueFrom(sentence, meetingDate) });
    }
  }
  return found;
}
