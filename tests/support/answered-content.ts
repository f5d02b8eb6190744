/**
 * The sample content with a follow-up answered: none of the five seed pages answers
 * another, so tests that need one add a later Lincolnshire meeting whose item `follows`
 * the 2019 item and asks for two more things, one due in 2020 and one in 2027.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type ContentFixture, copySampleContent } from './content-fixture.ts';

/** The answering item's id. */
export const ANSWERING_ITEM = '2020-03-06-lincolnshire-hwb/01-neighbourhood-working-update';

const ITEM = `---
number: "1"
title: Neighbourhood working update
localities: [stamford]
topics: [neighbourhood-working]
follows: [2019-03-01-lincolnshire-hwb/01-neighbourhood-working]
actions:
  - text: Report the social prescribing figures for Stamford
    who: Director of Public Health
    due: 2020-09-30
  - text: Bring the evaluation of the care portal to the Board
    who: Sarah-Jane Mills
    due: 2027-03-31
---

Sarah-Jane Mills presented the performance indicators and the care portal.

RESOLVED that the update be noted.
`;

/** A copy of the sample with the answering meeting; `remove()` it when done. */
export function answeredContent(): ContentFixture {
  const content = copySampleContent();
  const [meeting, slug] = ANSWERING_ITEM.split('/');
  mkdirSync(join(content.dir, 'meetings', meeting));
  content.write(`meetings/${meeting}/meeting.yaml`, 'body: lincolnshire-hwb\ndate: 2020-03-06\nstatus: approved\n');
  content.write(`meetings/${meeting}/${slug}.md`, ITEM);
  return content;
}
