/** A measure's page: every place's latest figure, compared with England's for the same period. */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import { indicatorRoute } from '../../src/lib/pages/indicators.ts';
import { siteDataOf } from '../../src/lib/pages/routes.ts';
import { allPages, TODAY } from './synthetic-site.ts';

const site = siteDataOf(loadCorpus('content'), TODAY, 300);
const smoking = allPages(indicatorRoute, site).find((p) => p.params.measure === 'smoking-prevalence-adults')!.view;
const place = (id: string) => smoking.places.find((p) => p.id === id)!;

describe("a measure's page", () => {
  it('compares each place with the place above all others, and says which that is', () => {
    expect(smoking.compared).toBe('England');
    // Bromley 6.6% in 2024 against England's 10.4%: the sample publishes no interval, so no judgement.
    expect(place('bromley').benchmark).toMatchObject({
      name: 'England',
      point: { value: 10.4, period: { label: '2024' } },
      comparison: 'not compared',
    });
    expect(place('bromley').isTop).toBe(false);
    expect(place('england')).toMatchObject({ isTop: true });
    expect(place('england').benchmark).toBeUndefined();
  });
});
