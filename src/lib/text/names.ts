/**
 * Names and labels as people read them. Names sort in the order people read a list:
 * "Board 2" before "Board 10", "Ward 9" before "Ward 11", letters as en-GB sorts them. Every
 * list of boards, places, topics and filter options sorts with it, so they all agree.
 */

// One collator for every comparison: localeCompare with options makes one each time.
// Marked pure so a browser script that uses only capitalised (the charts') leaves it out.
const NAMES = /* @__PURE__ */ new Intl.Collator('en-GB', { numeric: true });

/** A label's first letter as a capital, as a tag or a line's start shows it. Example: capitalised('about March 2019') === 'About March 2019'. */
export const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Example: ['Board 10', 'Board 2'].sort(compareNames) → ['Board 2', 'Board 10']. */
export const compareNames = (a: string, b: string): number => NAMES.compare(a, b);

/** Example: [{ name: 'Board 10' }, { name: 'Board 2' }].sort(byName)[0].name === 'Board 2'. */
export const byName = (a: { name: string }, b: { name: string }): number => NAMES.compare(a.name, b.name);
