/** The glossary page of the sample, and a site without a glossary, which has none. */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pageTypes } from '../../src/lib/audit/page-types.ts';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import { glossaryRoute } from '../../src/lib/pages/glossary.ts';
import { siteDataOf } from '../../src/lib/pages/routes.ts';
import { copySampleContent } from '../support/content-fixture.ts';

const corpus = loadCorpus('content');
const [page] = glossaryRoute.of === 'site' ? glossaryRoute.pages(siteDataOf(corpus, '2026-11-22', 300)) : [];

describe('the glossary page', () => {
  it('lists every term once, from A to Z under its first letter', () => {
    const terms = page.view.letters.flatMap((l) => l.terms.map((t) => t.term));
    expect(terms).toHaveLength(corpus.glossary.length);
    expect(terms.slice(0, 4)).toEqual(['A&E', 'ASCOF', 'BCF', 'Better Care Together']);
    expect(page.view.letters.map((l) => l.letter).join('')).toBe('ABCGHIJLMNOPRSV');
    for (const { letter, terms: under } of page.view.letters)
      for (const { term } of under) expect(term.charAt(0).toUpperCase()).toBe(letter);
  });

  it('gives each term an address of its own, and links related terms to theirs', () => {
    const entries = page.view.letters.flatMap((l) => l.terms);
    const anchors = entries.map((e) => e.anchor);
    expect(new Set(anchors).size).toBe(anchors.length);
    expect(entries.find((e) => e.term === 'JHOSC')).toMatchObject({
      anchor: 'jhosc',
      expansion: 'Joint Health Overview and Scrutiny Committee',
      related: [{ term: 'HOSC', anchor: 'hosc' }],
    });
    for (const related of entries.flatMap((e) => e.related)) expect(anchors).toContain(related.anchor);
    // The headings' addresses are no term's.
    expect(page.view.letters.map((l) => l.id).filter((id) => anchors.includes(id))).toEqual([]);
  });
});

describe('a site without a glossary', () => {
  const fixture = copySampleContent();
  afterAll(() => fixture.remove());
  rmSync(join(fixture.dir, 'glossary.yaml'));
  const plain = loadCorpus(fixture.dir);

  it('builds, with no glossary page and no term marked in its minutes', () => {
    expect(plain.glossary).toEqual([]);
    expect(plain.items.some((item) => item.minutes.html.includes('glossary-term'))).toBe(false);
    expect(glossaryRoute.of === 'site' && glossaryRoute.pages(siteDataOf(plain, '2026-11-22', 300))).toEqual([]);
    expect(pageTypes(plain)).not.toHaveProperty('glossary');
    expect(pageTypes(corpus)).toHaveProperty('glossary', 'glossary/');
  });
});
