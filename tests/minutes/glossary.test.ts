/** The minutes link the first use of each glossary term to its entry: the sample's glossary, on the sample's minutes. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasMinutes } from '../../src/lib/content/schema.ts';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import { splitFrontmatter } from '../../src/lib/corpus/frontmatter.ts';
import { glossaryOf } from '../../src/lib/minutes/glossary-terms.ts';
import { renderMinutes } from '../../src/lib/minutes/render.ts';
import { paths } from '../../src/lib/pages/paths.ts';

const corpus = loadCorpus('content');
const glossary = glossaryOf(corpus.glossary);
const withGlossary = (markdown: string) => renderMinutes(markdown, [], { glossary });
const item = (slug: string) => corpus.items.find((i) => i.slug.startsWith(slug))!;
/** An item's minutes as its file writes them. */
const minutesOf = (slug: string) => {
  const split = splitFrontmatter(readFileSync(item(slug).file, 'utf8'));
  return 'body' in split ? split.body : '';
};
const GLOSSARY_LINK = /<a href="[^"]*" class="glossary-term">(?:<abbr title="[^"]*">)?([^<]*)(?:<\/abbr>)?<\/a>/g;

describe('the glossary in the minutes', () => {
  it('links the first use of each term in an item to its entry, and no later one', () => {
    const { html } = item('01-better-care-together').minutes;
    const links = [...html.matchAll(/href="\.\.\/\.\.\/\.\.\/glossary\/#([a-z0-9-]+)"/g)].map((m) => m[1]);
    expect(links).toEqual(['better-care-together', 'ccg', 'llr', 'stp', 'gp', 'home-first', 'pcn', 'pathway-3']);
    // "The three Clinical Commissioning Groups (CCGs)": the expansion is the first use, so "CCGs" is left as written.
    expect(html).toContain(
      '<a href="../../../glossary/#ccg" class="glossary-term">Clinical Commissioning Groups</a> (CCGs)',
    );
    expect(html).toContain(
      'in relation to the <a href="../../../glossary/#stp" class="glossary-term"><abbr title="Sustainability and Transformation Partnership">STP</abbr></a> there had',
    );
  });

  it('gives an abbreviation written as a plural its expansion as a plural', () => {
    expect(withGlossary('Two PCNs met, and a third PCN.').html).toBe(
      '<p>Two <a href="../../../glossary/#pcn" class="glossary-term"><abbr title="Primary Care Networks">PCNs</abbr></a> met, and a third PCN.</p>',
    );
  });

  it('leaves links, headings and code as they are, and marks the first use outside them', () => {
    const { html, terms } = withGlossary(
      '# The JHOSC\n\nSee [the JHOSC page](https://example.org/jhosc) and `JHOSC`.\n\nThe JHOSC met.',
    );
    expect(html).toBe(
      '<h3>The JHOSC</h3>\n<p>See <a href="https://example.org/jhosc">the JHOSC page</a> and <code>JHOSC</code>.</p>\n' +
        '<p>The <a href="../../../glossary/#jhosc" class="glossary-term"><abbr title="Joint Health Overview and Scrutiny Committee">JHOSC</abbr></a> met.</p>',
    );
    expect(terms).toEqual(['JHOSC']);
  });

  it('finds whole words only, and an abbreviation only in capitals', () => {
    const { html, terms } = withGlossary('GPU and SELF-care, the gp, Icb and mdt; a pathway 30 bed; unreablement.');
    expect(html).not.toContain('glossary-term');
    expect(terms).toEqual([]);
    // Any other term is found whatever its capitals, across a line break.
    expect(withGlossary('Some Social\nPrescribing.').terms).toEqual(['social prescribing']);
  });

  it('keeps the words of every sample item as written: only the links around them are added', () => {
    for (const { slug, minutes } of corpus.items) {
      const meeting = corpus.meetings.find((m) => m.id === item(slug).meeting)!;
      const plain = renderMinutes(minutesOf(slug), item(slug).decisions, { agenda: !hasMinutes(meeting) });
      expect(minutes.html.replace(GLOSSARY_LINK, '$1'), slug).toBe(plain.html);
    }
  });

  it("links to the term's entry from the item's page, wherever the site is hosted", () => {
    const bromley = item('01-south-east-london-icb');
    const href = /href="([^"]*)" class="glossary-term"><abbr title="South East London">SEL</.exec(
      bromley.minutes.html,
    )![1];
    for (const base of ['https://example.org/', 'https://www.example.gov.uk/democracy/health/'])
      expect(new URL(href, base + paths.item(bromley)).href).toBe(base + paths.glossaryTerm('sel'));
  });

  it('records the terms an item uses, wherever they stand, for the search index', () => {
    expect(item('01-south-east-london-icb').terms).toEqual(['ICB', 'JFP', 'SEL', 'One Bromley', 'HWB', 'VCSE']);
    expect(withGlossary('# HWB\n\n[The BCF plan](https://example.org/bcf)').terms).toEqual(['HWB', 'BCF']);
  });

  it('marks up nothing without a glossary', () => {
    const markdown = minutesOf('01-icp-and-localities-model');
    expect(renderMinutes(markdown).html).not.toContain('glossary-term');
    expect(renderMinutes(markdown).terms).toEqual([]);
    expect(renderMinutes(markdown, [], { glossary: glossaryOf([]) }).html).toBe(renderMinutes(markdown).html);
  });
});
