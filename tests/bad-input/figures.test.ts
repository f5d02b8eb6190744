/** Performance figures (indicators/, kpis/), each broken as councils' files break. */
import { describeBroken } from '../support/broken-content.ts';
import { NEW, SMOKING, item, newMeeting } from '../support/sample-edits.ts';

describeBroken('performance figures', [
  [
    'a ragged CSV row',
    (c) => c.edit(SMOKING, (t) => `${t}smoking-prevalence-adults,bromley,2025\n`),
    { file: SMOKING, message: 'The value is empty.', line: 'smoking-prevalence-adults,bromley,2025' },
  ],
  [
    'a figure written "n/a"',
    (c) => c.edit(SMOKING, (t) => `${t}smoking-prevalence-adults,bromley,2025,n/a\n`),
    { file: SMOKING, message: '"n/a" is not a number.', line: 'smoking-prevalence-adults,bromley,2025,n/a' },
  ],
  [
    'an unknown indicator in a CSV',
    (c) => c.edit(SMOKING, (t) => `${t}smoking-prevalance-adults,bromley,2025,6.1\n`),
    {
      file: SMOKING,
      message: 'Minuted does not know the indicator "smoking-prevalance-adults".',
      advice: 'smoking-prevalence-adults',
      line: 'smoking-prevalance-adults',
    },
  ],
  [
    'an unknown locality in a CSV',
    (c) => c.edit(SMOKING, (t) => `${t}smoking-prevalence-adults,bromly,2025,6.1\n`),
    {
      file: SMOKING,
      message: 'Minuted does not know the locality "bromly".',
      advice: 'bromley',
      line: 'smoking-prevalence-adults,bromly',
    },
  ],
  [
    'the same figure twice',
    (c) => c.edit(SMOKING, (t) => `${t}smoking-prevalence-adults,bromley,2024,6.7\n`),
    {
      file: SMOKING,
      message:
        'This row repeats the figure for smoking-prevalence-adults in bromley for 2024, already given on line 15.',
      line: 'smoking-prevalence-adults,bromley,2024,6.7',
    },
  ],
  [
    'a period Minuted cannot read',
    (c) => c.edit(SMOKING, (t) => `${t}smoking-prevalence-adults,bromley,Q3 2025,6.1\n`),
    {
      file: SMOKING,
      message: 'Minuted cannot read the period "Q3 2025".',
      line: 'smoking-prevalence-adults,bromley,Q3 2025',
    },
  ],
  [
    'an indicator with no source',
    (c) =>
      c.edit('indicators/smoking-prevalence-adults.yaml', (t) =>
        t.replace(/^source:[\s\S]*?^frequency:/m, 'frequency:'),
      ),
    { file: 'indicators/smoking-prevalence-adults.yaml', message: 'The field "source" is missing.', field: 'source' },
  ],
  [
    'a chart of an unknown indicator in the minutes',
    (c) =>
      newMeeting(c, {
        '02-item.mdx': item('', 'Figures were presented.\n\n<KpiChart indicator="smoking-rate" locality="bromley" />'),
      }),
    { file: `${NEW}/02-item.mdx`, message: 'There is no indicator with the id "smoking-rate".', line: 8 },
  ],
  [
    'an import in an .mdx item',
    (c) => newMeeting(c, { '02-item.mdx': item('', 'import Evil from "../evil.js";\n\nText.') }),
    {
      file: `${NEW}/02-item.mdx`,
      message: 'Minuted runs no code from minutes, so this import or export cannot be used.',
      line: 6,
    },
  ],
]);
