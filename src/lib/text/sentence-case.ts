/**
 * Titles published in capitals ("SOUTH EAST LONDON ICB JOINT FORWARD PLAN"), shown in
 * sentence case ("South East London ICB joint forward plan"): capitals are harder to read,
 * and screen readers may spell them out. Names and abbreviations keep their capitals.
 */
import { capitalised } from './names.ts';

/** Abbreviations the rule for words without a vowel would not keep as written (it keeps GP and CCG): NHS is not a plural. */
const ABBREVIATIONS = [
  'A&E',
  'ADASS',
  'ASC',
  'ASCOF',
  'CAMHS',
  'CEO',
  'COVID',
  'EHCP',
  'HOSC',
  'ICB',
  'ICP',
  'ICS',
  'JHOSC',
  'JSNA',
  'LGA',
  'NHS',
  'OHID',
  'ONS',
  'OSC',
  'SEN',
  'SEND',
  'UEC',
  'UK',
  'UKHSA',
  'VCSE',
];

/** Words always written with a capital: months and days, in English and Welsh ("Mai" is also Welsh for "that"). */
const CAPITALISED = new Set(
  [
    'January February March April May June July August September October November December',
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday',
    'Ionawr Chwefror Mawrth Ebrill Mehefin Gorffennaf Awst Medi Hydref Tachwedd Rhagfyr',
  ].flatMap((words) => words.split(' ').map((word) => word.toUpperCase())),
);

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const ROMAN = /^(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})$/;
/** An ordinal's letters: 1ST, 22ND, 3RD, 4TH; Welsh 1AF, 2AIL, 31AIN, 3YDD, 4EDD, 5ED, 6ED. */
const ORDINAL = /^(\d+)(ST|ND|RD|TH|AF|AIL|AIN|YDD|EDD|FED|ED)$/;

/**
 * True when a title is wholly, or almost wholly, in capitals: four in five of its letters.
 * A title of one short word ("JSNA", "SEND") is taken for an abbreviation and left alone.
 * Example: inCapitals('ICP AND LOCALITIES MODEL') === true; inCapitals('NHS Health Check') === false.
 */
export function inCapitals(title: string): boolean {
  const upper = title.match(/\p{Lu}/gu)?.length ?? 0;
  const lower = title.match(/\p{Ll}/gu)?.length ?? 0;
  const words = title.match(WORD) ?? [];
  if (words.length === 1 && words[0].length <= 5) return false;
  return upper >= 4 && upper >= 4 * lower;
}

/**
 * A title caser that keeps `names` (places, boards, organisations, glossary terms) as the
 * content writes them, wherever a title in capitals has them as whole words, longest first.
 * Example: titleCase(['South East London', 'ICB', 'One Bromley'])('SOUTH EAST LONDON ICB JOINT FORWARD PLAN AND ONE BROMLEY 5 YEAR STRATEGY - SIGN OFF')
 *   === 'South East London ICB joint forward plan and One Bromley 5 year strategy - sign off'.
 */
export function titleCase(names: readonly string[]): (title: string) => string {
  const written = new Map<string, string>();
  for (const name of [...ABBREVIATIONS, ...names]) {
    const words = name.trim().replace(/\s+/g, ' ');
    if (/\p{L}/u.test(words)) written.set(words.toUpperCase(), words);
  }
  // An abbreviation (a name with no small letters) may have a plural: CCGS, ICB'S.
  const patterns = [...written]
    .sort(([a], [b]) => b.length - a.length)
    .map(([upper, name]) => {
      const words = upper.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&').replace(/ /g, '\\s+');
      return /\p{Ll}/u.test(name) ? words : `${words}(?:['’]?S)?`;
    });
  const known = new RegExp(`(?<![\\p{L}\\p{N}])(?:${patterns.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const asWritten = (words: string) => {
    const upper = words.toUpperCase().replace(/\s+/g, ' ');
    const plural = /['’]?S$/.exec(upper);
    return written.get(upper) ?? `${written.get(upper.slice(0, plural!.index))}${plural![0].toLowerCase()}`;
  };
  return (title) => {
    if (!inCapitals(title)) return title;
    let cased = '';
    let at = 0;
    for (const match of title.matchAll(known)) {
      cased += lowerWords(title.slice(at, match.index)) + asWritten(match[0]);
      at = match.index + match[0].length;
    }
    cased += lowerWords(title.slice(at));
    // The first letter is a capital, unless it begins a word kept as written ("eXample", "iPhone").
    const first = cased.search(/\p{L}/u);
    return first < 0 || /\p{Ll}\p{Lu}/u.test(cased.slice(first, first + 2))
      ? cased
      : cased.slice(0, first) + cased.charAt(first).toUpperCase() + cased.slice(first + 1);
  };
}

/**
 * Titles before a person's name, as written in sentence case. Not "MS" (also multiple
 * sclerosis) nor "REV", which titles use for other things too.
 */
const HONORIFICS = new Map(
  ['Baroness', 'Cllr', 'Councillor', 'Dame', 'Dr', 'Lady', 'Lord', 'Miss', 'Mr', 'Mrs', 'Prof', 'Professor', 'Sir'].map(
    (title) => [title.toUpperCase(), title],
  ),
);
/** Words that end a name after a title: "DR JOHN SMITH ON …". */
const NOT_IN_A_NAME = new Set(['AND', 'AT', 'BY', 'FOR', 'FROM', 'IN', 'OF', 'ON', 'OR', 'THE', 'TO', 'WITH']);
/** How many words after a title, besides initials, are taken for a name: a first name and a surname. */
const NAME_WORDS = 2;

/**
 * Words not known by name, in lower case unless they are abbreviations, numerals, months or
 * days, or a person's name after a title ("DR JOHN SMITH" → "Dr John Smith").
 */
function lowerWords(text: string): string {
  let naming = 0;
  let after = 0;
  return text.replace(WORD, (word, at: number) => {
    // A name goes on over spaces, an initial's full stop and a hyphen ("SMITH-JONES"), not over other punctuation.
    if (!/^(?:\s*|\.\s*|-)$/.test(text.slice(after, at))) naming = 0;
    after = at + word.length;
    const upper = word.toUpperCase();
    if (word !== upper) return word;
    const title = HONORIFICS.get(upper);
    if (title) {
      naming = NAME_WORDS;
      return title;
    }
    if (naming > 0 && !NOT_IN_A_NAME.has(upper) && !/\d/.test(word)) {
      if (word.length > 1) naming -= 1;
      // "O'BRIEN" → "O'Brien".
      return capitalised(word.toLowerCase()).replace(
        /(['’])(\p{L})/u,
        (_, mark, letter) => mark + letter.toUpperCase(),
      );
    }
    naming = 0;
    return lowerWord(word, upper);
  });
}

/** A word of capitals not in a name, in lower case unless it is an abbreviation, a numeral, a month or a day. */
function lowerWord(word: string, upper: string): string {
  if (CAPITALISED.has(upper)) return upper.charAt(0) + upper.slice(1).toLowerCase();
  const ordinal = ORDINAL.exec(upper);
  if (ordinal) return ordinal[1] + ordinal[2].toLowerCase();
  if (/\d/.test(word) || ROMAN.test(upper) || upper === 'I') return word;
  // A word of capitals with no vowel is an abbreviation (GP, CCG), and so is its plural (GPS → GPs; NHS is listed).
  const vowel = /[AEIOUY]/.test(upper.normalize('NFD'));
  if (/^\p{L}{2,}S$/u.test(word) && !vowel) return `${word.slice(0, -1)}s`;
  if (/^\p{L}{2,}$/u.test(word) && !vowel) return word;
  return word.toLowerCase();
}
