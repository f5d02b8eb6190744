/**
 * The search page's filters: each with its label and every value it can take, labelled,
 * in the order the page shows them. The records carry the same values (records.ts).
 */
import type { SiteIndex } from '../pages/site-index.ts';
import { capitalised, compareNames } from '../text/names.ts';

/** The filters of the search page, in the order it shows them. */
export const SEARCH_FILTERS = ['type', 'body', 'locality', 'topic', 'year', 'outcome', 'procedural'] as const;

/** A filter's options with their labels, for the search page to name what Pagefind counts. */
export interface SearchFacet {
  name: (typeof SEARCH_FILTERS)[number];
  label: string;
  /** `depth` nests an option under the nearest one before it of lesser depth: Bromley (3) under South East London (2). */
  options: { value: string; label: string; depth?: number }[];
}

/**
 * The search page's filters and every value they can take, labelled.
 * Example: searchFacets(index).find((f) => f.name === 'locality')!.options[0] → { value: 'england', label: 'England', depth: 0 }.
 */
export function searchFacets(index: SiteIndex): SearchFacet[] {
  const byLabel = (a: { label: string }, b: { label: string }) => compareNames(a.label, b.label);
  const localities = index.localities.all();
  return [
    {
      name: 'type',
      label: 'Type',
      options: [
        { value: 'item', label: 'Agenda items' },
        { value: 'decision', label: 'Items with decisions' },
        { value: 'meeting', label: 'Meetings' },
        { value: 'indicator', label: 'Performance figures' },
        { value: 'board', label: 'Boards and committees' },
        { value: 'place', label: 'Places' },
      ],
    },
    {
      name: 'body',
      label: 'Board or committee',
      options: [...index.bodies.values()].map((b) => ({ value: b.id, label: b.name })).sort(byLabel),
    },
    {
      name: 'locality',
      label: 'Locality',
      // As a tree, as a place filters by the places within it too (each record is filed under its places' ancestors).
      options: localities.map((l) => ({ value: l.id, label: l.name, depth: index.localities.ancestors(l.id).length })),
    },
    {
      name: 'topic',
      label: 'Topic',
      options: [...index.topics.values()].map((t) => ({ value: t.id, label: t.name })).sort(byLabel),
    },
    {
      name: 'year',
      label: 'Year',
      options: [...new Set(index.meetings.map((m) => m.date.slice(0, 4)))].map((y) => ({ value: y, label: y })),
    },
    {
      name: 'outcome',
      label: 'Decision outcome',
      options: [...new Set(index.decisions.map((d) => d.outcome))]
        .map((o) => ({ value: o, label: capitalised(o) }))
        .sort(byLabel),
    },
    {
      name: 'procedural',
      label: 'Procedural items',
      options: [
        { value: 'no', label: 'Business items' },
        { value: 'yes', label: 'Procedural items' },
      ],
    },
  ];
}
