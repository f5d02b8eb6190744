import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import { buildLocalityTree, treeProblems } from '../../src/lib/content/localities.ts';

const { localities } = loadCorpus('content');
const tree = buildLocalityTree(localities);

describe('the sample locality tree', () => {
  it('runs England > London > South East London > Bromley', () => {
    expect(tree.ancestors('bromley').map((l) => l.name)).toEqual(['England', 'London', 'South East London']);
  });

  it('finds Stamford and Mablethorpe within Lincolnshire, at any depth', () => {
    const within = tree.descendants('lincolnshire').map((l) => l.id);
    expect(within).toEqual(expect.arrayContaining(['stamford', 'gainsborough', 'spalding', 'mablethorpe']));
    expect(tree.withAncestors('mablethorpe')).toEqual([
      'england',
      'east-midlands',
      'lincolnshire',
      'lincolnshire-east-coast',
      'mablethorpe',
    ]);
  });

  it('lists every locality once, each after the one it is part of', () => {
    const all = tree.all().map((l) => l.id);
    expect([...all].sort()).toEqual(localities.map((l) => l.id).sort());
    for (const l of localities) if (l.parent) expect(all.indexOf(l.parent), l.id).toBeLessThan(all.indexOf(l.id));
  });

  it('has one root, England, and lists children by name', () => {
    expect(tree.roots().map((l) => l.id)).toEqual(['england']);
    expect(tree.children('havering').map((l) => l.name)).toEqual([
      'Havering Central',
      'Havering North',
      'Havering South',
    ]);
  });
});

describe('treeProblems', () => {
  it('reports unknown parents, and each cycle once', () => {
    expect(
      treeProblems([
        { id: 'a', name: 'A', parent: 'b' },
        { id: 'b', name: 'B', parent: 'a' },
        { id: 'c', name: 'C', parent: 'nowhere' },
      ]),
    ).toEqual([
      { id: 'a', problem: 'cycle', detail: 'a > b > a' },
      { id: 'c', problem: 'unknown-parent', detail: 'nowhere' },
    ]);
  });
});
