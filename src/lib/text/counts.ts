/** Numbers of things as pages say them, so that one is never "1 meetings". */

/** What is counted, singular and plural. */
export type Unit = readonly [one: string, many: string];

// The things the site counts most, said one way everywhere.
export const MEETINGS: Unit = ['meeting', 'meetings'];
export const AGENDA_ITEMS: Unit = ['agenda item', 'agenda items'];
/** Agenda items where the context says what they are, as in a list of places or years. */
export const ITEMS: Unit = ['item', 'items'];
export const DECISIONS: Unit = ['decision', 'decisions'];
export const FOLLOW_UPS: Unit = ['follow-up', 'follow-ups'];
export const BOARDS: Unit = ['board or committee', 'boards and committees'];
export const PROBLEMS: Unit = ['problem', 'problems'];

/** A number with its thousands marked, as GOV.UK writes them. Example: withCommas(9829) === '9,829'. */
export function withCommas(n: number): string {
  return n.toLocaleString('en-GB');
}

/** A no-break space: in a list on a narrow screen, "1" never ends a line with "meeting" on the next. */
export const NO_BREAK = '\u00a0';

/**
 * A count in words, its number and word joined by `space`.
 * Example: counted(1, ['meeting', 'meetings']) === '1 meeting'; counted(1200, ['meeting', 'meetings']) === '1,200 meetings'.
 */
export function counted(n: number, [one, many]: Unit, space = ' '): string {
  return n === 1 ? `1${space}${one}` : `${withCommas(n)}${space}${many}`;
}

/** A heading over a whole list. Example: allOf(5, ['decision', 'decisions']) === 'All 5 decisions'; allOf(1, ['decision', 'decisions']) === '1 decision'. */
export function allOf(n: number, unit: Unit): string {
  return n === 1 ? counted(n, unit) : `All ${counted(n, unit)}`;
}
