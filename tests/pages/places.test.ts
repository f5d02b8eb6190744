/** The A to Z of places and the finder's data, from the sample's localities and postcodes.csv. */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import { placeFinderData, placeNames, placesView, postcodeDistricts } from '../../src/lib/pages/places.ts';
import { siteDataOf } from '../../src/lib/pages/routes.ts';
import { buildSiteIndex } from '../../src/lib/pages/site-index.ts';
import { copySampleContent } from '../support/content-fixture.ts';

const index = buildSiteIndex(loadCorpus('content'), '2026-11-22');
const localitiesOf = (entries: ReturnType<typeof placeNames>, name: string) =>
  entries.find((e) => e.name === name)?.localities.map((l) => l.id);

describe('the names places go by', () => {
  it("lists each locality's own name and the places it lists, each with its locality", () => {
    const names = placeNames(index);
    expect(localitiesOf(names, 'Beckenham')).toEqual(['bromley']);
    expect(localitiesOf(names, 'Romford')).toEqual(['havering-central']);
    expect(localitiesOf(names, 'Stamford')).toEqual(['stamford']);
    expect(localitiesOf(names, 'England')).toEqual(['england']);
    const listed = index.localities.all().reduce((n, l) => n + 1 + l.places.length, 0);
    expect(names).toHaveLength(listed);
  });

  it('sorts them A to Z and files them under their first letter', () => {
    const { letters } = placesView(siteDataOf(loadCorpus('content'), '2026-11-22', 300));
    expect(letters.map((l) => l.letter).join('')).toBe('ABCDEGHIKLMNOPQRSTUW');
    const all = letters.flatMap((l) => l.names.map((n) => n.name));
    expect(all).toEqual(placeNames(index).map((n) => n.name));
    for (const { letter, names } of letters) for (const { name } of names) expect(name[0], name).toBe(letter);
    expect(letters[0]).toMatchObject({ letter: 'A', id: 'letter-A' });
  });

  describe('a name two localities list', () => {
    const fixture = copySampleContent();
    afterAll(() => fixture.remove());
    fixture.edit('localities/havering.yaml', (text) => `${text}  - Romford\n  - St Pauls Cray\n`);
    const names = placeNames(buildSiteIndex(loadCorpus(fixture.dir), '2026-11-22'));

    it('is listed once, with both', () => {
      expect(localitiesOf(names, 'Romford')).toEqual(['havering', 'havering-central']);
    });

    it('is the same name whether written with an apostrophe or not', () => {
      const stPauls = names.filter((n) => n.name.startsWith('St Paul'));
      expect(stPauls.map((n) => n.localities.map((l) => l.id))).toEqual([['havering', 'bromley']]);
    });
  });
});

describe('postcode districts', () => {
  it("lists postcodes.csv's districts in order, a district in two localities with both", () => {
    expect(postcodeDistricts(index).map((d) => `${d.name} ${d.localities.map((l) => l.id).join(' ')}`)).toEqual([
      'BR1 bromley',
      'BR2 bromley',
      'BR3 bromley',
      'BR4 bromley',
      'BR5 bromley',
      'BR6 bromley',
      'BR7 bromley',
      'LE1 leicester',
      'LE2 leicester leicestershire',
      'LE11 leicestershire',
      'LE15 rutland',
    ]);
  });

  describe('with full postcodes as well', () => {
    const fixture = copySampleContent();
    afterAll(() => fixture.remove());
    fixture.write(
      'postcodes.csv',
      'postcode,locality\nse9 4aa,bromley\nSE94AB,bromley\nBR1,bromley\nBR1 1AA,bromley\n',
    );
    const districts = postcodeDistricts(buildSiteIndex(loadCorpus(fixture.dir), '2026-11-22'));

    it('gives each district once, with the localities of all its postcodes', () => {
      expect(districts.map((d) => [d.name, d.localities.map((l) => l.id)])).toEqual([
        ['BR1', ['bromley']],
        ['SE9', ['bromley']],
      ]);
    });
  });

  it('are left out, and the box asks for no postcode, on a site without postcodes.csv', () => {
    const fixture = copySampleContent();
    try {
      rmSync(join(fixture.dir, 'postcodes.csv'));
      const view = placesView(siteDataOf(loadCorpus(fixture.dir), '2026-11-22', 300));
      expect(view.postcodes).toEqual([]);
      expect(view.finder).toEqual({ examples: ['Belgrave', 'Loughborough'], postcodes: false });
    } finally {
      fixture.remove();
    }
  });
});

describe("the finder's data", () => {
  it('names each locality once, and each name and postcode by where its localities are in that list', () => {
    const data = placeFinderData(index);
    expect(data.localities.map((l) => l.id)).toEqual(index.localities.all().map((l) => l.id));
    const named = (entries: [string, number[]][], name: string) =>
      entries.find(([n]) => n === name)?.[1].map((at) => data.localities[at].id);
    expect(named(data.places, 'Beckenham')).toEqual(['bromley']);
    expect(named(data.postcodes, 'LE2')).toEqual(['leicester', 'leicestershire']);
    expect(data.places).toHaveLength(placeNames(index).length);
  });

  it('gives the box real examples from the content', () => {
    expect(placesView(siteDataOf(loadCorpus('content'), '2026-11-22', 300)).finder).toEqual({
      examples: ['Belgrave', 'Loughborough', 'BR1'],
      postcodes: true,
    });
  });
});
