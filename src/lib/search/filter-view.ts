/**
 * The search page's filters as it lays them out: each option a checkbox, places nested
 * under the places they are within, and a long list folded after its first few options.
 */
import { inWords } from '../text/lists.ts';
import type { SearchFacet } from './facets.ts';

/** How many options a folded list shows; a list folds only if that hides three or more. */
export const FOLDED_AFTER = 8;

export interface FilterOptionView {
  /** The checkbox's id: "f-locality-bromley". */
  id: string;
  name: string;
  value: string;
  label: string;
  /** For a place with places within it, read after its name: "Includes North East London and South East London". */
  includes?: string;
  /** After the first few of a folded list: hidden until asked for, unless it or an option within it is ticked. */
  folded: boolean;
  children: FilterOptionView[];
}

export interface FilterView {
  name: string;
  label: string;
  /** Said under the filter's name, for a filter whose options hold others. */
  hint?: string;
  /** The id of its list of options, for the button that unfolds it. */
  listId: string;
  options: FilterOptionView[];
  /** A folded list's button, as it reads folded and unfolded. */
  fold?: { more: string; fewer: string };
}

/**
 * The filters worth offering (those with a choice of options), laid out.
 * Example: searchFilterViews(searchFacets(index)).find((f) => f.name === 'locality')!.options[0].children[1].label === 'London'.
 */
export function searchFilterViews(facets: readonly SearchFacet[], shown = FOLDED_AFTER): FilterView[] {
  return facets
    .filter((facet) => facet.options.length > 1)
    .map((facet) => {
      const folds = facet.options.length - shown >= 3;
      const nested = facet.options.some((o) => (o.depth ?? 0) > 0);
      return {
        name: facet.name,
        label: facet.label,
        ...(nested && { hint: 'Each place includes the places within it.' }),
        listId: `f-${facet.name}-options`,
        options: nestedOptions(facet, (i) => folds && i >= shown),
        ...(folds && { fold: { more: `Show all ${facet.options.length}`, fewer: 'Show fewer' } }),
      };
    });
}

/** A facet's options, listed in order with their depths, as a tree. */
function nestedOptions(facet: SearchFacet, folded: (position: number) => boolean): FilterOptionView[] {
  const top: FilterOptionView[] = [];
  // The latest option at each depth above this one's: its parent is the last.
  const open: FilterOptionView[] = [];
  const views = facet.options.map((option, position) => {
    const view: FilterOptionView = {
      id: `f-${facet.name}-${option.value}`,
      name: facet.name,
      value: option.value,
      label: option.label,
      folded: folded(position),
      children: [],
    };
    open.length = Math.min(option.depth ?? 0, open.length);
    (open.at(-1)?.children ?? top).push(view);
    open.push(view);
    return view;
  });
  for (const view of views)
    if (view.children.length > 0) view.includes = `Includes ${inWords(view.children.map((c) => c.label))}`;
  return top;
}
