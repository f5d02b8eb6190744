/** The locality tree: England > London > South East London > Bromley. */

import { byName } from '../text/names.ts';

export interface LocalityNode {
  id: string;
  name: string;
  parent?: string;
}

/** Lookups over the tree, built once for a whole site. */
export interface LocalityTree<T extends LocalityNode> {
  get(id: string): T | undefined;
  /** From the top down, not including `id`: ancestors('bromley') → [england, london, south-east-london]. */
  ancestors(id: string): T[];
  /** Direct children, by name. */
  children(id: string): T[];
  /** Every locality below `id`, at any depth. */
  descendants(id: string): T[];
  /** `id` and its ancestors' ids: what an item about `id` is also about. */
  withAncestors(id: string): string[];
  roots(): T[];
  /** Every locality, each root followed by those below it. */
  all(): T[];
}

/**
 * Builds the tree. The caller has checked that parents exist and there is no cycle
 * (see `treeProblems`).
 * Example: buildLocalityTree(list).ancestors('bromley').map((l) => l.id) → ['england', 'london', 'south-east-london'].
 */
export function buildLocalityTree<T extends LocalityNode>(localities: readonly T[]): LocalityTree<T> {
  const byId = new Map(localities.map((l) => [l.id, l]));
  const childrenOf = new Map<string, T[]>();
  for (const l of localities) {
    if (l.parent) childrenOf.set(l.parent, [...(childrenOf.get(l.parent) ?? []), l]);
  }
  for (const list of childrenOf.values()) list.sort(byName);
  const ancestors = (id: string): T[] => {
    const chain: T[] = [];
    for (let at = byId.get(id)?.parent; at; at = byId.get(at)?.parent) chain.unshift(byId.get(at)!);
    return chain;
  };
  const roots = () => localities.filter((l) => !l.parent).sort(byName);
  const descendants = (id: string): T[] => (childrenOf.get(id) ?? []).flatMap((c) => [c, ...descendants(c.id)]);
  return {
    get: (id) => byId.get(id),
    ancestors,
    children: (id) => childrenOf.get(id) ?? [],
    descendants,
    withAncestors: (id) => [...ancestors(id).map((l) => l.id), id],
    roots,
    all: () => roots().flatMap((root) => [root, ...descendants(root.id)]),
  };
}

/**
 * What is wrong with a set of localities as a tree: unknown parents and cycles.
 * Example: treeProblems([{ id: 'a', name: 'A', parent: 'a' }]) → [{ id: 'a', problem: 'cycle', detail: 'a > a' }].
 */
export function treeProblems(
  localities: readonly LocalityNode[],
): { id: string; problem: 'unknown-parent' | 'cycle'; detail: string }[] {
  const byId = new Map(localities.map((l) => [l.id, l]));
  const problems: { id: string; problem: 'unknown-parent' | 'cycle'; detail: string }[] = [];
  for (const l of localities) {
    if (l.parent && !byId.has(l.parent)) {
      problems.push({ id: l.id, problem: 'unknown-parent', detail: l.parent });
      continue;
    }
    // Report each cycle once, on its first member by id; localities that merely lead
    // into a cycle are fine once it is broken.
    const chain = [l.id];
    for (let at = l.parent; at && !chain.includes(at); at = byId.get(at)?.parent) chain.push(at);
    const closesHere = byId.get(chain.at(-1)!)?.parent === l.id;
    if (closesHere && chain.every((id) => id >= l.id))
      problems.push({ id: l.id, problem: 'cycle', detail: [...chain, l.id].join(' > ') });
  }
  return problems;
}
