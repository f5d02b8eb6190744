/** Content that is odd but valid: read correctly, every word of it. */
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import { type Corpus } from '../../src/lib/corpus/model.ts';
import { copySampleContent, type ContentFixture } from '../support/content-fixture.ts';
import { ITEM, item, newMeeting, SMOKING } from '../support/sample-edits.ts';

const ODD_BUT_VALID: [string, (c: ContentFixture) => void, (corpus: Corpus) => void][] = [
  [
    'a byte-order mark and Windows line endings',
    (c) => c.edit(ITEM, (t) => `\uFEFF${t.replace(/\n/g, '\r\n')}`),
    (corpus) => {
      const lincs = corpus.items.find((i) => i.slug === '01-neighbourhood-working')!;
      expect(lincs.title).toBe('Neighbourhood Working');
      expect(lincs.decisionList).toHaveLength(1);
    },
  ],
  [
    'raw HTML and a script in the minutes',
    (c) =>
      newMeeting(c, {
        '02-item.md': item('', 'Before <script>alert(1)</script> after.\n\nRESOLVED that the report be noted.'),
      }),
    (corpus) => {
      const added = corpus.items.find((i) => i.meeting === '2024-05-01-bromley-hwb')!;
      expect(added.minutes.html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
      expect(added.decisionList.map((d) => d.outcome)).toEqual(['noted']);
    },
  ],
  [
    'a figure with a thousands separator, quoted as Excel saves it',
    (c) => c.edit(SMOKING, (t) => `${t}smoking-prevalence-adults,bromley,2025,"1,234"\n`),
    (corpus) => {
      const bromley = corpus.kpis.series.find(
        (s) => s.indicator === 'smoking-prevalence-adults' && s.locality === 'bromley',
      )!;
      expect(bromley.points.at(-1)).toMatchObject({ value: 1234, period: { label: '2025' } });
    },
  ],
  [
    'a chart embedded in an .mdx item',
    (c) =>
      newMeeting(c, {
        '02-item.mdx': item(
          '',
          'Figures were presented.\n\n<KpiChart indicator="smoking-prevalence-adults" locality="bromley" />\n\nRESOLVED that the figures be noted.',
        ),
      }),
    (corpus) => {
      const added = corpus.items.find((i) => i.meeting === '2024-05-01-bromley-hwb')!;
      expect(added.slug).toBe('02-item');
      expect(added.minutes.html).toContain(
        '<minuted-kpi-chart data-indicator="smoking-prevalence-adults" data-locality="bromley"></minuted-kpi-chart>',
      );
      expect(added.decisionList).toHaveLength(1);
    },
  ],
  [
    'control characters in the text',
    (c) => newMeeting(c, { '02-item.md': item('', 'A form feed \f and a NUL \u0000 in pasted text.') }),
    (corpus) => {
      expect(corpus.items.find((i) => i.meeting === '2024-05-01-bromley-hwb')!.minutes.text).toContain('pasted text');
    },
  ],
  [
    'quotes and lists nested 40 deep, the most Minuted reads',
    (c) => newMeeting(c, { '02-item.md': item('', `${'> '.repeat(40)}deep`) }),
    (corpus) => {
      expect(corpus.items.find((i) => i.meeting === '2024-05-01-bromley-hwb')!.minutes.html).toContain('deep');
    },
  ],
];

let fixture: ContentFixture | undefined;
afterEach(() => {
  fixture?.remove();
  fixture = undefined;
});

describe('odd but valid content loads correctly', () => {
  it.each(ODD_BUT_VALID)('%s', (_, change, check) => {
    fixture = copySampleContent();
    change(fixture);
    check(loadCorpus(fixture.dir));
  });

  it('a 10 MB item builds into its page, all of it', () => {
    fixture = copySampleContent();
    const paragraph = 'The Board was advised that Stamford was a very good example of neighbourhood working. ';
    const body = Array.from({ length: 23_000 }, (_, i) =>
      `${i}. ${paragraph.repeat(5)}`.replace(/^(\d+)\./, '$1\\.'),
    ).join('\n\n');
    expect(body.length).toBeGreaterThan(10_000_000);
    newMeeting(fixture, { '02-item.md': item('', `${body}\n\nThe last paragraph of a very long item.`) });
    const added = loadCorpus(fixture.dir).items.find((i) => i.meeting === '2024-05-01-bromley-hwb')!;
    expect(added.minutes.text).toContain('22999. The Board was advised');
    expect(added.minutes.html.endsWith('<p>The last paragraph of a very long item.</p>')).toBe(true);
  }, 180_000);
});
