/**
 * Bare addresses in minutes are linked by the pipeline's own plugin (remark/autolinks.ts)
 * just as GFM's autolink literal linked them, at a fraction of its cost: the same HTML for
 * the sample content, for the addresses a clerk writes and for thousands of made-up
 * ones. Where GFM's syntax took Markdown into an address, the plugin differs on purpose:
 * those cases are at the end. The corpus of real minutes is compared in
 * tests/minutes-corpus/autolinks.test.ts.
 */
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import { findAutolinks } from '../../src/lib/minutes/remark/find-autolinks.ts';
import { minutesRenderer, renderMinutes } from '../../src/lib/minutes/render.ts';

/** The pipeline as it was, with remark-gfm's autolink literal. */
const withGfm = minutesRenderer(remarkGfm);
const html = (markdown: string) => renderMinutes(markdown).html;

describe('the sample content', () => {
  const calls: Parameters<typeof renderMinutes>[] = [];
  loadCorpus('content', {
    render: (markdown, decisionInputs, options) => {
      calls.push([markdown, decisionInputs, options]);
      return renderMinutes(markdown, decisionInputs, options);
    },
  });

  it('renders every item as GFM did: HTML, decisions, paragraphs and glossary terms', () => {
    expect(calls.length).toBeGreaterThan(5);
    for (const call of calls) expect(renderMinutes(...call), call[0].slice(0, 60)).toEqual(withGfm(...call));
  });
});

describe('addresses a clerk writes', () => {
  const cases: [string, string][] = [
    // A full stop, comma or closing bracket after an address ends the sentence, not the address.
    ['see https://x.gov.uk/a.', '<p>see <a href="https://x.gov.uk/a">https://x.gov.uk/a</a>.</p>'],
    ['https://x.gov.uk/a, then', '<p><a href="https://x.gov.uk/a">https://x.gov.uk/a</a>, then</p>'],
    ['(https://x.gov.uk/a)', '<p>(<a href="https://x.gov.uk/a">https://x.gov.uk/a</a>)</p>'],
    [
      '(see https://x.gov.uk/wiki/Bromley_(borough)).',
      '<p>(see <a href="https://x.gov.uk/wiki/Bromley_(borough)">https://x.gov.uk/wiki/Bromley_(borough)</a>).</p>',
    ],
    ['"https://x.gov.uk/a?"', '<p>"<a href="https://x.gov.uk/a">https://x.gov.uk/a</a>?"</p>'],
    ['www.bromley.gov.uk', '<p><a href="http://www.bromley.gov.uk">www.bromley.gov.uk</a></p>'],
    ['Web:www.bromley.gov.uk.', '<p>Web:<a href="http://www.bromley.gov.uk">www.bromley.gov.uk</a>.</p>'],
    ['clerk@bromley.gov.uk', '<p><a href="mailto:clerk@bromley.gov.uk">clerk@bromley.gov.uk</a></p>'],
    [
      'Email: democratic.services@bromley.gov.uk.',
      '<p>Email: <a href="mailto:democratic.services@bromley.gov.uk">democratic.services@bromley.gov.uk</a>.</p>',
    ],
    [
      'https://x.gov.uk/mgAi.aspx?ID=84238&x=1',
      '<p><a href="https://x.gov.uk/mgAi.aspx?ID=84238&#x26;x=1">https://x.gov.uk/mgAi.aspx?ID=84238&#x26;x=1</a></p>',
    ],
    [
      'https://x.gov.uk/a_b_c/d%20e.pdf',
      '<p><a href="https://x.gov.uk/a_b_c/d%20e.pdf">https://x.gov.uk/a_b_c/d%20e.pdf</a></p>',
    ],
    // A link's own words, code and autolinks are left as they are.
    [
      '[the plan https://x.gov.uk](https://y.gov.uk)',
      '<p><a href="https://y.gov.uk">the plan https://x.gov.uk</a></p>',
    ],
    ['`https://x.gov.uk`', '<p><code>https://x.gov.uk</code></p>'],
    ['<https://x.gov.uk>', '<p><a href="https://x.gov.uk">https://x.gov.uk</a></p>'],
    // HTML is shown as typed (remark/literal-html.ts): an address in a block of it was never a
    // link, though one between inline tags was, being text.
    ['<div>\nhttps://x.gov.uk\n</div>', '<p>&#x3C;div>\nhttps://x.gov.uk\n&#x3C;/div></p>'],
    ['a <b>www.x.gov.uk</b>', '<p>a &#x3C;b><a href="http://www.x.gov.uk">www.x.gov.uk</a>&#x3C;/b></p>'],
    ['**https://x.gov.uk**', '<p><strong><a href="https://x.gov.uk">https://x.gov.uk</a></strong></p>'],
    ['Not an address: x.gov.uk, a@b, https://', '<p>Not an address: x.gov.uk, a@b, https://</p>'],
    // The rest of GFM is as it was.
    ['~~withdrawn~~', '<p><del>withdrawn</del></p>'],
    [
      '- [x] done',
      '<ul class="contains-task-list">\n<li class="task-list-item"><input type="checkbox" checked disabled> done</li>\n</ul>',
    ],
  ];

  it.each(cases)('%s', (markdown, expected) => {
    expect(html(markdown)).toBe(expected);
    expect(withGfm(markdown).html).toBe(expected);
  });

  it('links addresses in tables and footnotes as GFM did', () => {
    for (const markdown of [
      '| Where | Address |\n| --- | --- |\n| Web | www.bromley.gov.uk |\n| Email | clerk@bromley.gov.uk |',
      'See the plan.[^1]\n\n[^1]: https://x.gov.uk/plan.pdf, page 4.',
    ]) {
      expect(html(markdown)).toContain('<a href=');
      expect(html(markdown)).toBe(withGfm(markdown).html);
    }
  });
});

/** Made-up text of address-like pieces, without Markdown's own marks: a seeded generator, the same every run. */
function madeUp(count: number): string[] {
  const pieces =
    'https://|http://|HTTP://|www.|WWW.|x|gov|.uk|.|.|/|a|b1|-|_|@|(|)|?|!|,|:|;|"|\'| | |\n|%20|1|clerk|é|+|=|#|{|}|mailto:|\u00a0'.split(
      '|',
    );
  let seed = 39;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  return Array.from({ length: count }, () =>
    Array.from({ length: 2 + Math.floor(next() * 10) }, () => pieces[Math.floor(next() * pieces.length)]).join(''),
  );
}

describe('made-up addresses', () => {
  it('are linked as GFM linked them, with every odd end and start', () => {
    const texts = madeUp(3000);
    expect(texts.filter((text) => findAutolinks(text).length > 0).length).toBeGreaterThan(500);
    for (const text of texts) expect(html(text), JSON.stringify(text)).toBe(withGfm(text).html);
  });
});

describe('where Markdown stands in an address', () => {
  // GFM's syntax read the address before the rest of Markdown, so it linked the characters
  // as typed, backslashes and "&amp;" too, giving a broken address; the plugin links the text
  // as read. The importer escapes "_" (markdown-escape.ts), so this is the case that matters.
  it('links an escaped character without its backslash, as the reader sees it', () => {
    const markdown = 'https://x.gov.uk/Report\\_Final.pdf';
    expect(html(markdown)).toBe(
      '<p><a href="https://x.gov.uk/Report_Final.pdf">https://x.gov.uk/Report_Final.pdf</a></p>',
    );
    expect(withGfm(markdown).html).toContain('href="https://x.gov.uk/Report%5C_Final.pdf"');
  });

  it('links a character reference as the character it stands for', () => {
    const markdown = 'https://x.gov.uk/a?b=1&amp;c=2';
    expect(html(markdown)).toBe('<p><a href="https://x.gov.uk/a?b=1&#x26;c=2">https://x.gov.uk/a?b=1&#x26;c=2</a></p>');
    expect(withGfm(markdown).html).toContain('&#x26;amp;');
  });

  // Emphasis marks inside an address: GFM took "_a" into it and left the last "_"; the
  // parser has already made emphasis of "_a_" by the time the plugin looks. Neither is
  // what was meant, and "_" or "*" on both sides of a word in an address is rare.
  it('leaves emphasis the parser found, ending the address before it', () => {
    expect(html('see https://x.gov.uk/_a_ now')).toBe(
      '<p>see <a href="https://x.gov.uk/">https://x.gov.uk/</a><em>a</em> now</p>',
    );
  });

  // Within "[" not yet closed, GFM left addresses to its transform, which keeps a trailing
  // "_", "*" or "~"; the plugin ends every address alike. The importer escapes "[".
  it('ends an address in an unclosed bracket as it ends any other', () => {
    expect(html('[see https://x.gov.uk/a_]')).toBe('<p>[see <a href="https://x.gov.uk/a">https://x.gov.uk/a</a>_]</p>');
  });
});
