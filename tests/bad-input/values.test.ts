/**
 * Values that read but must not be published as they are: figures a chart cannot show,
 * invisible characters, a logo or an id that would reach another site or break an address.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import { describeBroken } from '../support/broken-content.ts';
import { copySampleContent, type ContentFixture } from '../support/content-fixture.ts';
import { ITEM, MEETING, NEW, item, newMeeting, replace } from '../support/sample-edits.ts';

const POPULATION = 'kpis/population-all-ages.csv';
const ALCOHOL = 'kpis/alcohol-related-admissions-narrow.csv';
const EXTRA = 'kpis/population-counts.csv';
const INVISIBLE = 'delete it: retype the words around it';
const addRow = (c: ContentFixture, file: string, row: string) => c.edit(file, (t) => `${t}${row}\n`);
/** A file of figures with every optional column, holding one row. */
const withAllColumns = (c: ContentFixture, row: string) =>
  c.write(EXTRA, `indicator,locality,period,value,lower_ci,upper_ci,count,denominator,note\n${row}\n`);
const copyIndicator = (c: ContentFixture, name: string) =>
  copyFileSync(join(c.dir, 'indicators/population-all-ages.yaml'), join(c.dir, 'indicators', name));

describeBroken('figures a chart cannot show', [
  [
    'a population below zero',
    (c) => addRow(c, POPULATION, 'population-all-ages,bromley,mid-2030,-5'),
    {
      file: POPULATION,
      message: 'The value "-5" is below zero, which a count cannot be.',
      advice: 'its format in content/indicators/population-all-ages.yaml should be "percent" or "score"',
      line: 'population-all-ages,bromley,mid-2030',
      field: 'value',
    },
  ],
  [
    'a rate per 100,000 below zero, with Excel’s minus sign',
    (c) => addRow(c, ALCOHOL, 'alcohol-related-admissions-narrow,bromley,2030/31,−472'),
    {
      file: ALCOHOL,
      message: 'The value "−472" is below zero, which a rate cannot be.',
      line: 'alcohol-related-admissions-narrow,bromley,2030/31',
    },
  ],
  [
    'a count below zero',
    (c) => withAllColumns(c, 'alcohol-related-admissions-narrow,bromley,2030/31,472,,,-12,,'),
    {
      file: EXTRA,
      message: 'The count "-12" is below zero, which a number of people or events cannot be.',
      line: 2,
      field: 'count',
    },
  ],
  [
    'a denominator below zero',
    (c) => withAllColumns(c, 'alcohol-related-admissions-narrow,bromley,2030/31,472,,,,"-324,857",'),
    {
      file: EXTRA,
      message: 'The denominator "-324,857" is below zero, which a population or total cannot be.',
      field: 'denominator',
    },
  ],
  [
    'a figure of 23 nines',
    (c) => addRow(c, POPULATION, 'population-all-ages,bromley,mid-2030,99999999999999999999999'),
    {
      file: POPULATION,
      message:
        '"99999999999999999999999" is too large a figure for Minuted to chart exactly: the largest it can is 9,007,199,254,740,991.',
      advice: 'check the cell against the published figure',
      line: 'population-all-ages,bromley,mid-2030',
    },
  ],
  [
    'a figure of 400 digits, beyond any number',
    (c) => addRow(c, ALCOHOL, `alcohol-related-admissions-narrow,bromley,2030/31,${'9'.repeat(400)}`),
    {
      file: ALCOHOL,
      message:
        '"999999999999…" (400 characters long) is too large a figure for Minuted to chart exactly: the largest it can is 9,007,199,254,740,991.',
    },
  ],
  [
    'a note with a backspace pasted into it',
    (c) => withAllColumns(c, 'alcohol-related-admissions-narrow,bromley,2030/31,472,,,,,Provisional\b figure'),
    {
      file: EXTRA,
      message: 'The note contains an invisible control character (U+0008) after "Provisional".',
      advice: INVISIBLE,
      field: 'note',
    },
  ],
]);

describeBroken('a number too large for YAML', [
  [
    'a population of 1e400',
    (c) => c.edit('localities/rutland.yaml', (t) => `${t}population: 1e400\n`),
    {
      file: 'localities/rutland.yaml',
      message: 'This number is too large for Minuted to read: it comes out as infinity.',
      line: 'population:',
      field: 'population',
    },
  ],
]);

describeBroken('invisible characters in the settings and frontmatter', [
  [
    "a backspace in the site's title",
    (c) => replace(c, 'site.yaml', /^title: .*$/m, 'title: "Health boards\\b minutes"'),
    {
      file: 'site.yaml',
      message: 'The field "title" contains an invisible control character (U+0008) after "Health boards".',
      advice: INVISIBLE,
      line: 'title:',
      field: 'title',
    },
  ],
  [
    'a C1 control character typed into the organisation',
    (c) => replace(c, 'site.yaml', 'organisation: Minuted sample', 'organisation: Minuted\u009b sample'),
    {
      file: 'site.yaml',
      message: 'The field "organisation" contains an invisible control character (U+009B) after "Minuted".',
      line: 'organisation:',
    },
  ],
  [
    "half a character in a body's name",
    (c) => replace(c, 'bodies/bromley-hwb.yaml', /^name: .*$/m, 'name: "Bromley \\uD800 Board"'),
    {
      file: 'bodies/bromley-hwb.yaml',
      message:
        'The field "name" contains half of a character (U+D800) that a program failed to copy whole after "Bromley".',
      field: 'name',
    },
  ],
  [
    'a carriage return in a venue, to start a line of the calendar',
    (c) => c.edit(MEETING, (t) => `${t}venue: "County Offices\\rBEGIN:VALARM"\n`),
    {
      file: MEETING,
      message: 'The field "venue" contains an invisible control character (U+000D) after "County Offices".',
      line: 'venue:',
      field: 'venue',
    },
  ],
  [
    "an escape character in an item's title",
    (c) => replace(c, ITEM, /^title: .*$/m, 'title: "Neighbourhood\\e[31m Working"'),
    {
      file: ITEM,
      message: 'The field "title" contains an invisible control character (U+001B) after "Neighbourhood".',
      line: 'title:',
    },
  ],
  [
    'a NUL in a decision written by hand',
    (c) => newMeeting(c, { '02-item.md': item('decisions:\n  - text: "RESOLVED\\0 that"\n    outcome: noted\n') }),
    {
      file: `${NEW}/02-item.md`,
      message: 'The field "decisions[0].text" contains an invisible control character (U+0000) after "RESOLVED".',
      line: 5,
      field: 'decisions[0].text',
    },
  ],
]);

describeBroken('a logo or an id that would leave the site', [
  [
    'a logo from another site, protocol-relative',
    (c) => replace(c, 'site.yaml', 'accent: "#ffdd00"', 'accent: "#ffdd00"\n  logo: "//elsewhere.example/logo.svg"'),
    {
      file: 'site.yaml',
      message: '"//elsewhere.example/logo.svg" is not accepted.',
      advice: 'give the name of an image file you put in public/, e.g. "logo.svg"',
      field: 'theme.logo',
      line: '  logo:',
    },
  ],
  [
    'a logo given as a web address',
    (c) =>
      replace(c, 'site.yaml', 'accent: "#ffdd00"', 'accent: "#ffdd00"\n  logo: https://elsewhere.example/logo.svg'),
    { file: 'site.yaml', message: '"https://elsewhere.example/logo.svg" is not accepted.', field: 'theme.logo' },
  ],
  [
    'an indicator file named with spaces and <b>',
    (c) => copyIndicator(c, 'Population <b>all ages.yaml'),
    {
      file: 'indicators/Population <b>all ages.yaml',
      message: '"Population <b>all ages" cannot be used as an id: ids appear in web addresses.',
      advice: '"population-b-all-ages.yaml"',
    },
  ],
  [
    'an indicator file named in capitals',
    (c) => copyIndicator(c, 'Population-All-Ages.yaml'),
    {
      file: 'indicators/Population-All-Ages.yaml',
      message: '"Population-All-Ages" cannot be used as an id: ids appear in web addresses.',
      advice: '"population-all-ages.yaml"',
    },
  ],
]);

describe('odd minutes, read correctly', () => {
  let fixture: ContentFixture | undefined;
  afterEach(() => fixture?.remove());
  const added = (body: string) => {
    fixture = copySampleContent();
    newMeeting(fixture, { '02-item.md': item('', body) });
    return loadCorpus(fixture.dir).items.find((i) => i.meeting === '2024-05-01-bromley-hwb')!.minutes;
  };

  it('an image from another site becomes a link to it, never loaded', () => {
    const { html } = added(
      'The chart: ![Admissions](https://elsewhere.example/a.png) and ![](//elsewhere.example/b.png)',
    );
    expect(html).not.toContain('<img');
    expect(html).toContain('<a href="https://elsewhere.example/a.png">Image: Admissions (on elsewhere.example)</a>');
    expect(html).toContain('<a href="//elsewhere.example/b.png">Image (on elsewhere.example)</a>');
  });

  it('control characters in the minutes never reach the page, and the words around them do', () => {
    const { html, text } = added('A form feed \f, a NUL \u0000, DEL \u007f and C1 \u0085 in pasted text.');
    expect(html).toBe('<p>A form feed , a NUL , DEL  and C1  in pasted text.</p>');
    expect(text).toContain('in pasted text');
  });
});
