import { describe, expect, it } from 'vitest';
import { renderMinutes } from '../../src/lib/minutes/render.ts';

describe('renderMinutes: untrusted minutes come out inert, and nothing is lost', () => {
  it('shows raw HTML as the text that was typed', () => {
    const { html } = renderMinutes('Before <script>alert(1)</script> after.\n\n<img src=x onerror=alert(1)>');
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
    expect(html).toContain('onerror=alert(1)'); // still visible as text
  });

  it('drops javascript: links but keeps their words', () => {
    const { html } = renderMinutes('[the report](javascript:alert(1)) and [the plan](https://example.org/plan.pdf)');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('the report');
    expect(html).toContain('href="https://example.org/plan.pdf"');
  });

  it('links an image from another site, in words, rather than loading it', () => {
    const { html } = renderMinutes(
      '![Chart of admissions](https://elsewhere.example/a.png) ![](//elsewhere.example/b.png) ![map][m] ' +
        '[![logo](https://cdn.example/l.png)](https://example.org/)\n\n[m]: https://Maps.Example/m.png',
    );
    expect(html).not.toContain('<img');
    expect(html).toContain(
      '<a href="https://elsewhere.example/a.png">Image: Chart of admissions (on elsewhere.example)</a>',
    );
    expect(html).toContain('<a href="//elsewhere.example/b.png">Image (on elsewhere.example)</a>');
    expect(html).toContain('<a href="https://Maps.Example/m.png">Image: map (on maps.example)</a>');
    expect(html).toContain('<a href="https://example.org/">Image: logo (on cdn.example)</a>');
  });

  it("keeps an image of the site's own", () => {
    expect(renderMinutes('![Chart](chart.png)').html).toBe('<p><img src="chart.png" alt="Chart"></p>');
  });

  it('drops invisible control characters, keeping the words around them', () => {
    const { html, textBlocks } = renderMinutes(
      'A form\f feed, a NUL\u0000, DEL\u007f, C1\u0085 and half\ud800 a character.',
    );
    expect(html).toBe('<p>A form feed, a NUL, DEL, C1 and half a character.</p>');
    expect(textBlocks).toEqual(['A form feed, a NUL, DEL, C1 and half a character.']);
  });

  it('reads a table wherever GFM reads one: alone, in a quote, in a list, with aligned columns', () => {
    for (const table of [
      'Ward | Votes\n--- | ---\nNorth | 12',
      '> | Ward | Votes |\n> |:-----|-----:|\n> | North | 12 |',
      '- Figures:\n\n  Ward | Votes\n  -|-\n  North | 12',
    ])
      expect(renderMinutes(table).html, table).toMatch(/<table>[\s\S]*<td[^>]*>North<\/td>/);
    expect(renderMinutes('Ward | Votes\nNorth | 12').html).not.toContain('<table>');
  });

  it('puts headings in the minutes under the page\'s "Minutes" heading: "#" is h3, never a second h1', () => {
    const { html } = renderMinutes('# Housing\n\nText.\n\n## Costs\n\n##### Detail\n\n###### Finer');
    expect(html).toBe('<h3>Housing</h3>\n<p>Text.</p>\n<h4>Costs</h4>\n<h6>Detail</h6>\n<h6>Finer</h6>');
  });

  it('marks each decision with an anchor and its outcome in words', () => {
    const { html, decisions } = renderMinutes(
      'Discussion.\n\nRESOLVED that the update be noted.\n\nRESOLVED that the plan be approved.',
    );
    expect(decisions.map((d) => d.anchor)).toEqual(['decision-1', 'decision-2']);
    expect(html).toContain(
      '<div class="decision" id="decision-2" data-outcome="approved"><p class="decision__label">Decision: <strong class="tag tag--approved">Approved</strong></p><p>RESOLVED that the plan be approved.</p></div>',
    );
  });

  it('applies frontmatter corrections to the markup too', () => {
    const { html, decisions } = renderMinutes('RESOLVED that the update be noted.', [
      { text: 'RESOLVED that the update', outcome: 'endorsed', remove: false },
    ]);
    expect(decisions[0].outcome).toBe('endorsed');
    expect(html).toContain('data-outcome="endorsed"');
  });
});
