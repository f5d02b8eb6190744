/**
 * Numbers as minutes write them in words: "in six months", "carried by 22 votes to one,
 * with two abstentions", "no abstentions".
 */

/** The words for nought to twenty. */
const NUMBER_WORDS: Record<string, number> = {
  ...{ no: 0, none: 0, nil: 0, zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 },
  ...{ eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15 },
  ...{ sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20 },
};

/** A count in a regular expression, in figures or words: `(${NUMBER_OR_WORD})` captures it. */
export const NUMBER_OR_WORD = String.raw`\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')}`;

/**
 * The number a count in figures or words stands for.
 * Example: countOf('Two') === 2; countOf('22') === 22.
 */
export const countOf = (count: string): number => NUMBER_WORDS[count.toLowerCase()] ?? Number(count);
