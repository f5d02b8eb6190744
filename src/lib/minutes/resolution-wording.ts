/**
 * The wording of resolutions in minutes, in English and Welsh: the keywords and sentences
 * that record a decision, and the outcome their words express.
 */
import { decisionOutcomes, type DecisionOutcome } from '../content/item-schema.ts';

// "7.10 ", "13.1 " or "199/2007 " before a resolution: numbered minute paragraphs.
export const NUMBER = String.raw`(?:\d+(?:[./]\d+)*\.?\s+)?`;
/** A list item's own marker, "(a) ", "1. ", "ii) ", before a resolution in a list. */
export const MARKER = /^\s*(?:\(?(?:\d{1,3}|[a-z]|[ivx]{1,5})[.)]|[·•-])\s+/;
/** The words that open a resolution, as minutes capitalise them. */
export const KEYWORD = String.raw`(?:RESOLVED|AGREED|DECIDED|RECOMMENDED|RECOMMENDS|PENDERFYNWYD|Resolved|Agreed|Decided|Penderfynwyd)`;
const COMMITTEE = String.raw`(?:Board|Committee|Sub-Committee|Sub Committee|Panel|Cabinet|Council|Partnership|Forum|Executive|Group|Commission|House|IJB|BOARD|COMMITTEE|CABINET|COUNCIL|PANEL)`;
const BODY = String.raw`(?:${COMMITTEE}|Meeting)`;

// "The Health Overview and Scrutiny Sub-Committee", "The SCOTTISH BORDERS HEALTH & SOCIAL CARE INTEGRATION JOINT BOARD".
const subject = (body: string) =>
  String.raw`(?:The\s+|the\s+)?(?:(?:[A-Z][\w'’&-]*|and|of|&)\s+){0,10}(?:committee|board|${body})`;
const SUBJECT = subject(BODY);
// "14/03/2017", "14.3.17", "14 March 2017".
const DATE = String.raw`\d{1,2}(?:[/.-]\d{1,2}[/.-]\d{2,4}|\s+[A-Z][a-z]+\s+\d{4})`;

/** "RESOLVED", "AGREED:", "7.10 RESOLVED –", "Felly: Penderfynwyd:" standing alone: the resolution follows. */
export const KEYWORD_ALONE = new RegExp(
  String.raw`^${NUMBER}(?:Felly:\s*)?${KEYWORD}(?:\s*\((?:unanimously|yn unfrydol)\))?\s*[:–—-]*\s*$`,
  'i',
);
/**
 * "RESOLVED that ...", "AGREED: 1) ...", "Resolved to RECOMMEND ...", "Agreed that – ...".
 * Not a label that merely dates a decision: "Decided at meeting: 14/03/2017 - Havering …", "Agreed: 14 March 2017".
 */
const KEYWORD_LEADS = new RegExp(
  String.raw`^${NUMBER}(?:Felly:\s*)?(?:It was\s+)?${KEYWORD}\b(?!\s+(?:by|with)\b|\s+at\s+(?:the\s+)?meeting\b|\s*:?\s*${DATE})`,
);
/**
 * "The Sub-Committee NOTED the report.", "The Board noted the update.", "The Board agreed
 * that future reports…", "The Board noted there were no declarations." Lower case only
 * before its object: "noted that…" is discussion, unless it notes that nothing was declared.
 */
const BODY_VERB = new RegExp(
  String.raw`^${NUMBER}(?:[A-Z][^.:]{0,160}?,\s+)?${SUBJECT}\s+(?:also\s+)?(?:(?:received|considered|discussed|reviewed|welcomed)\s+and\s+)?(?:proceeded\s+to\s+(?:elect|appoint)\b|(?:NOTED|AGREED|APPROVED|ENDORSED|DEFERRED|REJECTED|RESOLVED|DELEGATED|DECIDED)\b|(?:noted|agreed|approved|endorsed|deferred|rejected|resolved|delegated|decided|confirmed|accepted)\s+(?:the|this|these|its|their|to|a|an)\b|(?:agreed|resolved|decided)\s+that\b|noted\s+(?:that\s+)?(?:there\s+(?:were|was)\s+(?:none|no)\b|none\b|no\s+declarations?\b))`,
);
/** "Council is RECOMMENDED to ...": a body's resolution to recommend. ("The Committee is asked to note" is the agenda's wording, not a decision.) */
const BODY_RECOMMENDED = new RegExp(String.raw`^${NUMBER}${SUBJECT}\s+(?:is|are)\s+RECOMMENDED\s+to\b`);
/** "The motion was put to the vote and carried unanimously", "carried nem con". */
export const CARRIED = /\bcarried\s+(?:nem\.?\s*con\.?|unanimously)\b/i;
/** "The amendment … was lost by 47 votes to 17", "the motion was declared CARRIED", "which was not carried". */
export const MOTION_OUTCOME =
  /\b(?:motion|amendment|recommendations?|proposals?)\b[^.]{0,160}?\b(?:was|were|being|and|then)\s+(?:\w+\s+){0,3}?(?:carried|lost|defeated|fell|rejected)\b|\b(?:carried|lost)\s+(?:by\s+)?\d+\s+votes?\b/i;
/** "The minutes of the meeting held on 14 June 2017 were approved as a correct record", and in Welsh. */
const MINUTES_APPROVED =
  /^(?:\d+(?:[./]\d+)*\.?\s+)?(?:That\s+)?(?:(?:subject to|noting|with)\b[^.]{0,160}?,?\s+)?(?:the\s+)?(?:accuracy of the\s+|approval of the\s+)?(?:draft\s+)?minutes?\s+(?:(?:of|from)\b[^.]{0,250}?)?\b(?<!will\s)(?:was|were|are|is|being)\s+(?:\w+\s+){0,3}?(?:approved|agreed|confirmed|accepted|signed|adopted|noted|received|deferred)\b|^(?:derbyniwyd|cadarnhawyd|cymeradwywyd)\b[^.]*\bcofnodion\b/i;
/** "The Board confirmed the minutes …", "The AB approved the minute", "considered and agreed the recommendations". */
const AGREED_THE = new RegExp(
  String.raw`(?:^|[.;]\s+)${NUMBER}(?:${subject(BODY)}|The\s+[A-Z]{2,5})\s+(?:[a-z]+\s+){0,8}?(?:approved|agreed|confirmed|accepted|endorsed|adopted)\s+(?:the|its|all)\s+(?:\w+\s+)?(?:minutes?|recommendations?)\b|^(?:The\s+)?recommendations?\b[^.]{0,80}\b(?:were|was)\s+(?:\w+\s+and\s+)?(?:agreed|approved|accepted|endorsed|adopted)\b`,
  'i',
);
/** "That the report be noted.", "That approval be given to…", "That authority be delegated…": a resolution's own wording. */
const THAT_BE = /^That\b[^]{0,400}?\bbe\s+(?:\w+\s+)?\w+(?:ed|en)\b/;
/**
 * "The Committee:", "That the Board:", "The Committee agreed:" heading a list of what it
 * decided ("1) noted the report;"); the list decides whether it is a resolution.
 * "Members:" is left out: it heads lists of who said what, not resolutions.
 */
export const BODY_LIST_LEAD = new RegExp(
  String.raw`^${NUMBER}(?:That\s+the\s+)?${subject(COMMITTEE)}(\s+(?:agreed|resolved))?\s*:$`,
);
/**
 * A sentence that says a decision follows: "The Board resolved:-", "Following consideration
 * the Board agreed:", "RESOLVED: That", "It was RESOLVED that;", "declared CARRIED and it was".
 */
export const LEAD_IN =
  /(?<!\bif so )\b(?:resolved|agreed|decided|penderfynwyd)\b[^.]{0,200}?(?:\s*:-?|\s+[–—-]|\s+that;?)$|^(?:RESOLVED|Resolved|AGREED|DECIDED|Decided)\b.{0,40}\bThat$|\bCARRIED and it was$/i;
/** "Councillor Yuill moved as a procedural motion, seconded by Councillor McLellan:-": the motion's words follow. */
export const MOVED = /\b(?:moved|seconded|proposed)\b[^.]*(?::-?|[–—-])$/i;
/** Paragraphs that carry on a lead-in's resolution: "to note the report.", "(ii) consider…". */
export const CONTINUES_LEAD = /^(?:to|To|TO)\b|^\(?(?:\d{1,3}|[a-z]|[ivx]{1,5})[.)]\s/;

// Word stems in the order they are searched for; the first found in the text wins.
export const OUTCOME_WORDS: Record<DecisionOutcome, RegExp> = {
  noted: /\bnot(?:e|ed|es|ing)\b|\bnodi\b|\bnodwyd\b/i,
  agreed: /\bagree(?:d|s)?\b|\bcytun/i,
  approved: /\bapprov(?:e|ed|es|al)\b|\bconfirm(?:ed|s)?\b|\bcymeradwy/i,
  endorsed: /\bendors(?:e|ed|es|ement)\b/i,
  recommended: /\brecommend(?:ed|s|ation)?\b/i,
  deferred: /\bdefer(?:red|s)?\b|\bgohiri/i,
  rejected: /\b(?:reject(?:ed|s)?|refused|not agreed|not carried|lost|defeated)\b|\bgwrthod/i,
};

/**
 * The outcome a resolution's words express: the first outcome word in the text.
 * Example: outcomeOf('RESOLVED that the statement be endorsed, and the plans approved.') === 'endorsed'.
 */
export function outcomeOf(text: string, fallback: DecisionOutcome = 'agreed'): DecisionOutcome {
  // Deferral and rejection override whatever verb precedes them ("agreed to defer").
  for (const strong of ['rejected', 'deferred'] as const) {
    if (OUTCOME_WORDS[strong].test(text)) return strong;
  }
  let best: { outcome: DecisionOutcome; index: number } | undefined;
  for (const outcome of decisionOutcomes) {
    const match = OUTCOME_WORDS[outcome].exec(text.replace(/^\W*\d[\d.]*\s+/, ''));
    if (match && (!best || match.index < best.index)) best = { outcome, index: match.index };
  }
  return best?.outcome ?? fallback;
}

/** "Dr Martin Dudley … was duly elected as Chairman": an election, which is a decision. */
const ELECTED =
  /\b(?:was|were)\s+(?:duly\s+)?(?:re-)?(?:elected|appointed)\b|\bwas nominated and seconded (?:for|as)\b/;
/** "(Moved by Councillor R Claymore and seconded by Councillor T Jay)" after a paragraph: it was put and agreed. */
export const MOVED_AND_SECONDED = /^\((?:moved|proposed) by\b/i;
/** "Decision" or "Decision:" standing alone, as committee systems label a decision. */
export const DECISION_LABEL = /^(?:Decision|Penderfyniad)\s*:?$/i;

/** Words one of which every worded resolution holds. */
const MAY_RESOLVE =
  /\b(?:that|resolved|agreed|decided|recommended|recommends|noted|approved|endorsed|deferred|rejected|delegated|confirmed|accepted|adopted|minutes?|elected|appointed|nominated|proceeded|penderfynwyd|derbyniwyd|cadarnhawyd|cymeradwywyd)\b/i;

/** A paragraph's sentences, the first as it stands: a resolution may follow the discussion in one paragraph. */
const sentenceStarts = (text: string) => text.split(/(?<=[a-z0-9)”’"][.!?])\s+(?=[A-Z(“"‘'])/);

/** True when a paragraph (or a list's first item, its marker taken off) is worded as a resolution, or has a sentence that is. */
export const isWordedResolution = (text: string) => {
  const words = text.replace(MARKER, '');
  // Most paragraphs hold none of the words a resolution needs: one cheap test spares them the rest.
  if (!MAY_RESOLVE.test(words)) return false;
  if (THAT_BE.test(words) || BODY_RECOMMENDED.test(words)) return true;
  return sentenceStarts(words).some(
    (sentence) =>
      KEYWORD_LEADS.test(sentence) ||
      BODY_VERB.test(sentence) ||
      MINUTES_APPROVED.test(sentence) ||
      AGREED_THE.test(sentence) ||
      ELECTED.test(sentence),
  );
};

/** The outcome named by the keyword itself, when it names one ("AGREED" → agreed, "carried unanimously" → agreed). */
export function keywordOutcome(text: string): DecisionOutcome | undefined {
  const body = text.replace(new RegExp(`^${NUMBER}`), '');
  if (/^(?:AGREED|Agreed)\b/.test(body)) return /\bnot agreed\b/i.test(body) ? 'rejected' : 'agreed';
  if (/^(?:RECOMMENDED|Recommended)\b/.test(body)) return 'recommended';
  // "The recommendation was carried unanimously": the motion, whatever it was, was agreed.
  // A worded resolution says more: "RESOLVED that the item be deferred (carried unanimously)".
  if ((CARRIED.test(body) || MOTION_OUTCOME.test(body)) && !isWordedResolution(text))
    return /\b(?:not carried|lost|defeated|fell|rejected)\b/i.test(body) ? 'rejected' : 'agreed';
  return undefined;
}
