/** A glossary the site could not use as written: each problem names glossary.yaml, its line and what to do. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeBroken } from '../support/broken-content.ts';
import { SAMPLE_CONTENT, type ContentFixture } from '../support/content-fixture.ts';
import { replace } from '../support/sample-edits.ts';

const GLOSSARY = 'glossary.yaml';
const sample = readFileSync(join(SAMPLE_CONTENT, GLOSSARY), 'utf8');
/** An entry added at the end of the sample's glossary, after a blank line: its first line, and its place in the list. */
const addEntry = (c: ContentFixture, entry: string) => c.edit(GLOSSARY, (text) => `${text}\n${entry}\n`);
const ADDED_LINE = sample.split('\n').length + 1;
const ADDED = `[${sample.match(/^- term:/gm)!.length}]`;
/** The line of an entry of the sample's glossary. */
const termLine = (term: string) => sample.split('\n').indexOf(`- term: ${term}`) + 1;

describeBroken('a glossary that cannot be used', [
  [
    'a term given twice',
    (c) => addEntry(c, '- term: ICB\n  explanation: The NHS body that plans health services.'),
    {
      file: GLOSSARY,
      message: `The glossary already has "ICB", in the entry for "ICB" on line ${termLine('ICB')}.`,
      advice: 'keep "ICB" in one entry only, and if the two entries mean the same thing, make them one',
      line: ADDED_LINE,
      field: `${ADDED}.term`,
    },
  ],
  [
    "another entry's term written as another form",
    (c) => replace(c, GLOSSARY, 'otherForms: [voluntary sector, third sector]', 'otherForms: [voluntary sector, HWB]'),
    {
      file: GLOSSARY,
      message: `The glossary already has "HWB", in the entry for "HWB" on line ${termLine('HWB')}.`,
      line: '  otherForms: [voluntary sector, HWB]',
      field: '[32].otherForms[1]',
    },
  ],
  [
    'a related term the glossary lacks',
    (c) => replace(c, GLOSSARY, 'related: [ICS, ICP, CCG, JFP]', 'related: [ICS, ICSS, CCG, JFP]'),
    {
      file: GLOSSARY,
      message: '"ICB" lists "ICSS" as a related term, but the glossary has no term "ICSS".',
      advice: 'did you mean "ICS"? Write a related term exactly as its own entry\'s "term:" line writes it',
      line: '  related: [ICS, ICSS, CCG, JFP]',
      field: '[11].related[1]',
    },
  ],
  [
    'two terms the glossary page would give one address',
    (c) => addEntry(c, '- term: A and E\n  explanation: Where people go in an emergency.'),
    {
      file: GLOSSARY,
      message: `"A and E" would have the same address on the glossary page as "A&E" (line ${termLine('A&E')}): glossary/#a-and-e.`,
      advice: 'make one of the two terms differ',
      line: ADDED_LINE,
      field: `${ADDED}.term`,
    },
  ],
  [
    'a term with no explanation',
    (c) => replace(c, GLOSSARY, /\n {2}explanation: The UK's national statistics office[^\n]*/, ''),
    {
      file: GLOSSARY,
      message: 'The field "[23].explanation" is missing.',
      line: '- term: ONS',
      field: '[23].explanation',
    },
  ],
  [
    'a mistyped field',
    (c) => replace(c, GLOSSARY, 'expansion: General Practitioner', 'expansions: General Practitioner'),
    {
      file: GLOSSARY,
      message: 'Minuted does not know the field "expansions".',
      advice: 'did you mean "expansion"?',
      line: '  expansions: General Practitioner',
    },
  ],
  [
    'terms written as a table rather than a list',
    (c) => c.write(GLOSSARY, 'JHOSC: Joint Health Overview and Scrutiny Committee\nICB: Integrated Care Board\n'),
    {
      file: GLOSSARY,
      message: 'The glossary is not a list of terms.',
      advice: 'start each term with "- term:"',
      line: 1,
    },
  ],
]);
