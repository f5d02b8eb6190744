/** Ways to change the sample content that the broken-input cases share. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentFixture } from './content-fixture.ts';

export const LINCS = 'meetings/2019-03-01-lincolnshire-hwb';
export const ITEM = `${LINCS}/01-neighbourhood-working.md`;
export const MEETING = `${LINCS}/meeting.yaml`;
export const NEW = 'meetings/2024-05-01-bromley-hwb';
export const SMOKING = 'kpis/smoking-prevalence-adults.csv';
/** An agenda item's file, with `frontmatter` lines added after its number and title. */
export const item = (frontmatter: string, body = 'The Board discussed the report.') =>
  `---\nnumber: "2"\ntitle: A new item\n${frontmatter}---\n\n${body}\n`;
/** A meeting of 1 May 2024 added to the sample, with these files beside its meeting.yaml. */
export const newMeeting = (c: ContentFixture, files: Record<string, string | Buffer>) => {
  mkdirSync(join(c.dir, NEW), { recursive: true });
  c.write(`${NEW}/meeting.yaml`, 'body: bromley-hwb\ndate: 2024-05-01\nstatus: draft\n');
  for (const [name, text] of Object.entries(files)) c.write(`${NEW}/${name}`, text);
};
/** Changes `file`; a change that matches nothing is the test's mistake, not a pass. */
export const replace = (c: ContentFixture, file: string, from: string | RegExp, to: string) =>
  c.edit(file, (t) => {
    const changed = t.replace(from, to);
    if (changed === t) throw new Error(`the test's change to ${file} matched nothing`);
    return changed;
  });
