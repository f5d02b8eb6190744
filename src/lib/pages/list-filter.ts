/**
 * The filters a listing offers when JavaScript runs (src/scripts/list-filter.ts): a select
 * a field, of the values its entries have. An entry matches a value when its data-<field>
 * attribute holds it among its words, so an item about Stamford matches Lincolnshire too.
 */
import { compareNames } from '../text/names.ts';

/** A value an entry may have, and its label in the select. */
export type FilterOption = readonly [value: string, label: string];

/** One select of a listing's filter. */
export interface FilterField {
  /** The form field's name, and the entries' data attribute: "body" matches data-body. */
  name: string;
  label: string;
  /** The label of the option that filters nothing: "All outcomes". */
  all: string;
  options: FilterOption[];
}

/** A field as a listing asks for it: its options as its entries have them, repeated and in any order. */
interface FieldWanted extends Omit<FilterField, 'options'> {
  options: Iterable<FilterOption>;
  /** The options' order: by label unless given. */
  order?: (a: FilterOption, b: FilterOption) => number;
}

const byLabel = (a: FilterOption, b: FilterOption) => compareNames(a[1], b[1]);

/**
 * A listing's fields, each option once; a field with fewer than two options is left out,
 * as there would be nothing to choose.
 * Example: filterFields([{ name: 'body', label: 'Board', all: 'All', options: [['a', 'A'], ['b', 'B'], ['a', 'A']] }])[0].options → [['a', 'A'], ['b', 'B']].
 */
export function filterFields(wanted: readonly FieldWanted[]): FilterField[] {
  return wanted
    .map(({ options, order = byLabel, ...field }) => ({ ...field, options: [...new Map(options)].sort(order) }))
    .filter((field) => field.options.length > 1);
}

/**
 * An entry's data attributes for the filter: a field's values as words of one attribute.
 * Example: filterData({ status: 'open', locality: ['stamford', 'lincolnshire'] }) → { 'data-status': 'open', 'data-locality': 'stamford lincolnshire' }.
 */
export function filterData(values: Record<string, string | readonly string[]>): Record<`data-${string}`, string> {
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      `data-${name}`,
      typeof value === 'string' ? value : value.join(' '),
    ]),
  );
}
