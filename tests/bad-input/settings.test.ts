/** The site's settings, its boards, places and topics, each broken as councils' files break. */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describeBroken } from '../support/broken-content.ts';
import { replace } from '../support/sample-edits.ts';

describeBroken("the site's settings (site.yaml)", [
  [
    'site.yaml missing',
    (c) => rmSync(join(c.dir, 'site.yaml')),
    { file: 'site.yaml', message: 'This file is missing.' },
  ],
  ['site.yaml a 0-byte file', (c) => c.write('site.yaml', ''), { file: 'site.yaml', message: 'The file is empty.' }],
  [
    'site.yaml malformed YAML',
    (c) => replace(c, 'site.yaml', 'sample: true', 'sample: {true'),
    {
      file: 'site.yaml',
      message: 'This is not valid YAML: Flow map in block collection must be sufficiently indented and end with a }.',
      line: 'sample:',
    },
  ],
  [
    'site.yaml an empty title',
    (c) => replace(c, 'site.yaml', /^title: .*$/m, 'title: ""'),
    { file: 'site.yaml', message: '"" is not accepted.', field: 'title', line: 'title:' },
  ],
  [
    'site.yaml a contact email that is not one',
    (c) => replace(c, 'site.yaml', 'accessibility@example.org', 'accessibility at example'),
    {
      file: 'site.yaml',
      message: '"accessibility at example" is not accepted.',
      advice: 'email address',
      field: 'contact.email',
    },
  ],
  [
    'site.yaml a javascript: contact link',
    (c) => replace(c, 'site.yaml', 'https://example.org/contact', 'javascript:alert(1)'),
    { file: 'site.yaml', message: '"javascript:alert(1)" is not accepted.', advice: 'https://', field: 'contact.url' },
  ],
  [
    'site.yaml a header colour white text cannot be read on',
    (c) => replace(c, 'site.yaml', 'primary: "#1d70b8"', 'primary: "#ffdd00"'),
    { file: 'site.yaml', message: '"#ffdd00" is not accepted.', advice: 'contrast', field: 'theme.primary' },
  ],
  [
    'site.yaml a misspelt field',
    (c) => replace(c, 'site.yaml', 'title:', 'titel:'),
    {
      file: 'site.yaml',
      message: 'Minuted does not know the field "titel".',
      advice: 'did you mean "title"?',
      field: 'titel',
    },
  ],
]);

describeBroken('boards and committees (bodies/)', [
  [
    'a body covering an unknown locality',
    (c) => replace(c, 'bodies/bromley-hwb.yaml', '[bromley]', '[bromly]'),
    {
      file: 'bodies/bromley-hwb.yaml',
      message: 'There is no locality with the id "bromly".',
      advice: 'did you mean "bromley"?',
      field: 'localities[0]',
    },
  ],
  [
    'a body of an unknown kind',
    (c) => replace(c, 'bodies/bromley-hwb.yaml', 'kind: health and wellbeing board', 'kind: cabinet'),
    {
      file: 'bodies/bromley-hwb.yaml',
      message: '"cabinet" is not allowed here.',
      advice: '"health and wellbeing board"',
      field: 'kind',
    },
  ],
  [
    'a duplicate id differing only in case',
    (c) => c.write('bodies/Bromley-HWB.yaml', readFileSync(join(c.dir, 'bodies/bromley-hwb.yaml'))),
    { file: 'bodies/Bromley-HWB.yaml', message: '"Bromley-HWB" cannot be used as an id: ids appear in web addresses.' },
  ],
  [
    'a body covering no locality',
    (c) => replace(c, 'bodies/bromley-hwb.yaml', '[bromley]', '[]'),
    { file: 'bodies/bromley-hwb.yaml', message: '[] is not accepted.', field: 'localities' },
  ],
  [
    'a .yml file',
    (c) => c.write('bodies/extra.yml', 'name: Extra\n'),
    { file: 'bodies/extra.yml', message: 'Minuted only reads .yaml files here, so this one would be left out.' },
  ],
]);

describeBroken('places and topics (localities/, topics/)', [
  [
    'a locality with an unknown parent',
    (c) => replace(c, 'localities/stamford.yaml', 'parent: lincolnshire', 'parent: lincs'),
    { file: 'localities/stamford.yaml', message: 'There is no locality with the id "lincs".', field: 'parent' },
  ],
  [
    'localities in a circle',
    (c) => c.edit('localities/england.yaml', (t) => `${t}parent: london\n`),
    {
      file: 'localities/england.yaml',
      message: "The localities' parents go round in a circle: england > london > england.",
      field: 'parent',
    },
  ],
  [
    'a malformed ONS code',
    (c) => replace(c, 'localities/bromley.yaml', 'E09000006', 'E0900006'),
    {
      file: 'localities/bromley.yaml',
      message: '"E0900006" is not accepted.',
      advice: 'a letter and eight digits',
      field: 'ons',
    },
  ],
  [
    'a population written as text',
    (c) => c.edit('localities/rutland.yaml', (t) => `${t}population: about 41,000\n`),
    { file: 'localities/rutland.yaml', message: '"about 41,000" is not a number.', field: 'population' },
  ],
  [
    'a topic with no name',
    (c) => c.write('topics/governance.yaml', 'description: Oversight\n'),
    { file: 'topics/governance.yaml', message: 'The field "name" is missing.', field: 'name' },
  ],
]);
