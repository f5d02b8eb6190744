/**
 * "Find your area"'s content: the names of places in localities/*.yaml and the council's
 * postcodes.csv. Each mistake is named with its file, line and what to do.
 */
import { describeBroken } from '../support/broken-content.ts';
import type { ContentFixture } from '../support/content-fixture.ts';

const BROMLEY = 'localities/bromley.yaml';
const POSTCODES = 'postcodes.csv';
const addPlace = (c: ContentFixture, name: string) => c.edit(BROMLEY, (text) => `${text}  - ${name}\n`);
const addRow = (c: ContentFixture, row: string) => c.edit(POSTCODES, (text) => `${text}${row}\n`);

describeBroken('the names of places in a locality', [
  [
    'a place listed twice, the second time in lower case',
    (c) => addPlace(c, 'penge'),
    {
      file: BROMLEY,
      message: '"penge" is not accepted.',
      advice: 'it is already in this list: list each place once',
      line: '  - penge',
      field: 'places[21]',
    },
  ],
  [
    'a postcode district among the places',
    (c) => addPlace(c, 'BR1'),
    {
      file: BROMLEY,
      message: '"BR1" is not accepted.',
      advice: 'postcodes and postcode districts go in content/postcodes.csv',
      line: '  - BR1',
      field: 'places[21]',
    },
  ],
]);

describeBroken('the postcodes file', [
  [
    'a locality id misspelt',
    (c) => addRow(c, 'BR8,bromly'),
    {
      file: POSTCODES,
      message: 'There is no locality with the id "bromly".',
      advice: 'did you mean "bromley"?',
      line: 'BR8,bromly',
      field: 'locality',
    },
  ],
  [
    'a place name where the postcode goes',
    (c) => addRow(c, 'Swanley,bromley'),
    {
      file: POSTCODES,
      message: '"Swanley" is not a postcode.',
      advice: 'give a full postcode such as BR1 3UH, or a postcode district (the part before the space) such as BR1',
      line: 'Swanley,bromley',
      field: 'postcode',
    },
  ],
  [
    'a postcode with no locality',
    (c) => addRow(c, 'TN16,'),
    {
      file: POSTCODES,
      message: 'The locality is empty.',
      advice: 'its file name in content/localities/ without ".yaml"',
      line: 'TN16,',
      field: 'locality',
    },
  ],
  [
    'two localities in one row',
    (c) => addRow(c, 'LE3,leicester,leicestershire'),
    {
      file: POSTCODES,
      message: 'This row has 3 cells but the header names 2: column C holds "leicestershire".',
      advice: 'a postcode in two localities takes a row for each of them; remove the extra cell.',
      line: 'LE3,leicester',
    },
  ],
  [
    'a row given twice, once with the postcode written otherwise',
    (c) => addRow(c, 'br 1,bromley'),
    {
      file: POSTCODES,
      message: 'This row repeats BR1 in bromley, already given on line 2.',
      advice: 'delete one of the two rows',
      line: 'br 1,bromley',
    },
  ],
  [
    'a column name misspelt',
    (c) => c.edit(POSTCODES, (text) => text.replace('postcode,locality', 'postocde,locality')),
    {
      file: POSTCODES,
      message: 'Minuted does not know the column "postocde" (column A of the header).',
      advice: 'did you mean "postcode"?',
      line: 1,
    },
  ],
]);
