/**
 * Names in the order people read a list: "Board 2" before "Board 10", "Ward 9" before
 * "Ward 11", letters as en-GB sorts them. Every list of boards, places, topics and filter
 * options sorts with it, so they all agree.
 */

// One collator for every comparison: localeCompare with options makes one each time.
const NAMES = new Intl.Collator('en-GB', { numeric: true });

/** Example: ['Board 10', 'Board 2'].sort(compareNames) → ['Board 2', 'Board 10']. */
export const compareNames = (a: string, b: string): number => NAMES.compare(a, b);

/** Example: [{ name: 'Board 10' }, { name: 'Board 2' }].sort(byName)[0].name === 'Board 2'. */
export const byName = (a: { name: string }, b: { name: string }): number => NAMES.compare(a.name, b.name);
