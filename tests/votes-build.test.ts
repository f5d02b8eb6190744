/**
 * Builds the sample with two recorded votes on one item (the seeds record none) and
 * checks what a reader sees of them on the item and meeting pages, the register and the
 * downloads.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from './support/build-site.ts';
import { VOTED_ITEM, votedContent } from './support/voted-content.ts';

const work = mkdtempSync(join(tmpdir(), 'minuted-votes-'));
const dist = join(work, 'dist');
const content = votedContent();
const AMENDMENT = 'Recorded vote: not agreed, 3 for, 7 against, 1 abstention';

/** A built file's text with tags taken out and whitespace folded. */
const textOf = (path: string) =>
  readFileSync(join(dist, path), 'utf8')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

beforeAll(() => {
  const result = buildSite({ dist, contentDir: content.dir });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stderr}`);
}, 120_000);

afterAll(() => {
  content.remove();
  rmSync(work, { recursive: true, force: true });
});

describe('a built site with recorded votes', () => {
  it("shows each vote on its item's page: the motion, outcome, counts and names", () => {
    const html = readFileSync(join(dist, 'meetings', VOTED_ITEM, 'index.html'), 'utf8');
    expect(html).toContain(`<a href="#vote-1">${AMENDMENT}</a>`);
    expect(html).toContain('<h2 id="votes">Recorded votes</h2>');
    expect(html).toContain('<h3>The amendment moved by Councillor Mrs S Woolley</h3>');
    expect(html).toContain('<strong class="tag tag--not-agreed">Not agreed</strong>');
    expect(html).toContain('<tr><th scope="row">Against</th><td>7</td></tr>');
    expect(html).toContain('<dt>Abstained</dt><dd>Councillor Mrs P Cooper</dd>');
  });

  it("says beside the item on its meeting's agenda, and on its decisions in the register, that it had a vote", () => {
    expect(textOf(`meetings/${VOTED_ITEM.split('/')[0]}/index.html`)).toContain(AMENDMENT);
    const register = readFileSync(join(dist, 'decisions/index.html'), 'utf8');
    expect(register.match(/data-vote="recorded"/g)).toHaveLength(1);
    expect(register.match(/data-vote="none"/g)).toHaveLength(4);
    expect(register).toContain('<option value="recorded">Items with a recorded vote</option>');
    expect(textOf('decisions/index.html')).toContain(AMENDMENT);
  });

  it('lists each vote in votes.csv, and describes it on the open data page', () => {
    const rows = readFileSync(join(dist, 'data/votes.csv'), 'utf8').split('\r\n').filter(Boolean);
    expect(rows).toHaveLength(3);
    expect(textOf('data/index.html')).toContain('Recorded votes');
  });
});
