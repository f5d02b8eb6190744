/** Minutes the Markdown parser would take minutes, or its whole stack, to read: refused with the line, in moments. */
import { describe, expect, it } from 'vitest';
import { markdownLimit } from '../../src/lib/minutes/limits.ts';
import { describeBroken } from '../support/broken-content.ts';
import { NEW, item, newMeeting } from '../support/sample-edits.ts';

const ADDED = `${NEW}/02-item.md`;
const NESTED_41 =
  'The minutes are nested 41 levels deep here (quotes or lists inside each other); Minuted reads up to 40.';
const nested = (n: number, indent: (level: number) => string, marker = '- ') =>
  Array.from({ length: n }, (_, level) => `${indent(level)}${marker}level ${level + 1}`).join('\n');

describeBroken('minutes nested or marked up past what the parser reads', [
  [
    'a list nested 2,000 deep with tabs',
    (c) =>
      newMeeting(c, {
        '02-item.md': item(
          '',
          nested(2000, (l) => '\t'.repeat(l)),
        ),
      }),
    { file: ADDED, message: NESTED_41, line: '\t'.repeat(40) + '- level 41' },
  ],
  [
    'a list nested 100 deep by two spaces',
    (c) =>
      newMeeting(c, {
        '02-item.md': item(
          '',
          nested(100, (l) => '  '.repeat(l)),
        ),
      }),
    { file: ADDED, message: NESTED_41, line: 46 },
  ],
  [
    'numbered lists "1. 1. 1." nested by three spaces',
    (c) =>
      newMeeting(c, {
        '02-item.md': item(
          '',
          nested(100, (l) => '   '.repeat(l), '1. '),
        ),
      }),
    { file: ADDED, message: NESTED_41, line: 46 },
  ],
  [
    'quotes and "* + -" bullets mixed on one line',
    (c) => newMeeting(c, { '02-item.md': item('', `${'> * > + > - '.repeat(10)}deep`) }),
    {
      file: ADDED,
      message:
        'The minutes are nested 60 levels deep here (quotes or lists inside each other); Minuted reads up to 40.',
      line: 6,
    },
  ],
  [
    '"> " quotes 5,000 deep',
    (c) => newMeeting(c, { '02-item.md': item('', `Introduction.\n\n${'> '.repeat(5000)}deep`) }),
    {
      file: ADDED,
      message:
        'The minutes are nested 5000 levels deep here (quotes or lists inside each other); Minuted reads up to 40.',
      line: 8,
    },
  ],
  [
    'a paragraph of 5,000 unmatched "*"',
    (c) => newMeeting(c, { '02-item.md': item('', `Introduction.\n\n${'*a'.repeat(5000)}`) }),
    {
      file: ADDED,
      message:
        'The paragraph starting on this line has 5,000 of the characters * _ ~ ` [ ] that mark bold, italics, code and links; Minuted reads up to 2,000 in one paragraph.',
      advice: 'break it into shorter paragraphs',
      line: 8,
    },
  ],
  [
    'runs of backticks of every length',
    (c) =>
      newMeeting(c, {
        '02-item.md': item('', Array.from({ length: 200 }, (_, i) => `${'`'.repeat(i + 1)}a`).join(' ')),
      }),
    {
      file: ADDED,
      message:
        'The paragraph starting on this line has 20,100 of the characters * _ ~ ` [ ] that mark bold, italics, code and links; Minuted reads up to 2,000 in one paragraph.',
      line: 6,
    },
  ],
  [
    'many paragraphs thick with "_" and "~"',
    (c) => newMeeting(c, { '02-item.md': item('', Array(30).fill('_a~'.repeat(800)).join('\n\n')) }),
    {
      file: ADDED,
      message:
        'The paragraphs up to this one hold so many of the characters * _ ~ ` [ ] that mark bold, italics, code and links that reading them would take minutes.',
      line: 6 + 2 * 19,
    },
  ],
  [
    'a table row of 5,000 columns',
    (c) => newMeeting(c, { '02-item.md': item('', `|${'a|'.repeat(5000)}\n|${'-|'.repeat(5000)}`) }),
    {
      file: ADDED,
      message:
        'This line has 5,001 "|" characters, so it would be a table row of as many columns; Minuted reads up to 1,000.',
      line: 6,
    },
  ],
  [
    'a table of 30,000 rows',
    (c) => newMeeting(c, { '02-item.md': item('', `|a|b|\n|-|-|\n${'|1|2|\n'.repeat(30_000)}`) }),
    {
      file: ADDED,
      message: 'The minutes have more than 20,000 table rows by this line; Minuted reads up to 20,000 in one item.',
      line: 6 + 20_000,
    },
  ],
  [
    '2,000 headings underlined with "=", which the parser reads in time growing with their square',
    (c) => newMeeting(c, { '02-item.md': item('', 'Heading\n=\n'.repeat(2_000)) }),
    {
      file: ADDED,
      message:
        'The minutes have more than 1,000 headings underlined with a line of "=" or "-" by this line; Minuted reads up to 1,000 in one item.',
      advice: 'put a blank line above each',
      line: 6 + 2 * 1_000 + 1,
    },
  ],
  [
    'a numbered list of 12,000 items, which becomes HTML in time growing with its square',
    (c) =>
      newMeeting(c, {
        '02-item.md': item('', Array.from({ length: 12_000 }, (_, i) => `${i + 1}. The Board noted it.`).join('\n')),
      }),
    {
      file: ADDED,
      message: 'The minutes have more than 10,000 list items by this line; Minuted reads up to 10,000 in one item.',
      advice: 'supporting document',
      line: 6 + 10_000,
    },
  ],
  [
    'an item of 17 MB',
    (c) => newMeeting(c, { '02-item.md': item('', 'The Board noted the report.\n\n'.repeat(600_000)) }),
    {
      file: ADDED,
      message: 'The minutes are 17.4 MB long; Minuted reads up to 16.0 MB in one item.',
      advice: 'split them',
      line: 5,
    },
  ],
]);

describe('markdownLimit reads what CommonMark reads', () => {
  it('lets lists nested 40 deep by tabs, spaces or numbers through', () => {
    expect(markdownLimit(nested(40, (l) => '\t'.repeat(l)))).toBeUndefined();
    expect(markdownLimit(nested(40, (l) => '   '.repeat(l), '1. '))).toBeUndefined();
  });

  it('counts a lazy line as continuing the list above it', () => {
    const lazy = Array.from({ length: 41 }, (_, l) => `${'  '.repeat(l)}- level ${l + 1}\nlazy text`).join('\n');
    expect(markdownLimit(lazy)?.message).toBe(NESTED_41);
  });

  it('does not count an indented code block or a list after a blank line as nesting', () => {
    expect(markdownLimit(`${' '.repeat(400)}code\n\n- a\n\n- b`)).toBeUndefined();
  });

  it('lets a long table with bold in every row through', () => {
    expect(markdownLimit(`|a|b|\n|-|-|\n${'|**a** x|*b*|\n'.repeat(4000)}`)).toBeUndefined();
  });
});
