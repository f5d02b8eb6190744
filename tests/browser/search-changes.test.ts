/**
 * A rebuild after a clerk corrects an item amends the search index rather than indexing it
 * again (part-changes.ts): the site then finds, counts and date-sorts what a full build of
 * the corrected content finds, and not the words taken out.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type RunningServer } from '../../src/lib/audit/static-server.ts';
import { buildSite } from '../support/build-site.ts';
import { copySampleContent } from '../support/content-fixture.ts';
import { BASE, servedSite } from './served-site.ts';
import { allResults, filterCounts, search } from './searching.ts';

const fixture = copySampleContent();
const ITEM = join('meetings', '2017-04-01-havering-hosc', '01-icp-and-localities-model.md');
const amendedDist = join(fixture.dir, '..', 'amended');
let amended: { server: RunningServer; browser: ReturnType<typeof servedSite>['browser'] } | undefined;

// Built, then corrected and built again into the same folder, before the full build of the corrected content below.
beforeAll(() => {
  const build = () => {
    const result = buildSite({ dist: amendedDist, contentDir: fixture.dir, basePath: BASE });
    expect(result.status, result.stderr).toBe(0);
  };
  build();
  fixture.edit(ITEM, (text) => text.replace('recruitment and retention', 'recruitment and zebrafish'));
  build();
}, 240_000);
const full = servedSite({ contentDir: fixture.dir });
beforeAll(async () => {
  amended = { server: await serveStatic(amendedDist, BASE), browser: full.browser };
});
afterAll(async () => {
  await amended?.server.close();
  fixture.remove();
});

/** The meeting of each result, in order: results of one meeting share its date, so Pagefind may list them either way. */
const meetingsOf = (links: string[]) => links.map((link) => /\/meetings\/([^/]+)\//.exec(link)?.[1] ?? link);

describe('search after a rebuild that corrected one item', () => {
  it('indexes only the changed page, beside the part that held it', () => {
    expect(existsSync(join(amendedDist, 'pagefind', 'part-1-changes', 'pagefind-entry.json'))).toBe(true);
    expect(existsSync(join(full.dist, 'pagefind', 'part-1-changes'))).toBe(false);
  });

  it('finds, counts and date-sorts what a full build does', { timeout: 150_000 }, async () => {
    for (const query of [
      '?q=zebrafish',
      '?q=recruitment+retention',
      '?q=recruitment&sort=newest',
      '?q=care&type=item&sort=oldest',
      '?type=item&sort=newest',
      '?locality=havering',
      '?q=integrated+care',
    ]) {
      const [one, changed] = await Promise.all([search(full, query), search(amended!, query)]);
      expect(changed.status, query).toBe(one.status);
      const [oneResults, changedResults] = [await allResults(one.page), await allResults(changed.page)];
      if (query.includes('sort=')) expect(meetingsOf(changedResults), query).toEqual(meetingsOf(oneResults));
      expect([...changedResults].sort(), query).toEqual([...oneResults].sort());
      expect(await filterCounts(changed.page), query).toEqual(await filterCounts(one.page));
      await Promise.all([one.page.close(), changed.page.close()]);
    }
  });

  it('finds the corrected words on the item, and not the words taken out', async () => {
    const found = await search(amended!, '?q=zebrafish');
    expect(found.titles).toEqual(['ICP and localities model']);
    const gone = await search(amended!, '?q=%22recruitment+and+retention%22', found.page);
    expect(gone.titles).not.toContain('ICP and localities model');
    await found.page.close();
  });
});
