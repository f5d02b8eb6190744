/** A measure's page: every place's latest figure, compared with England's and its region's for the same period. */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import { indicatorRoute } from '../../src/lib/pages/indicators.ts';
import { siteDataOf } from '../../src/lib/pages/routes.ts';
import { allPages, TODAY } from './synthetic-site.ts';

const site = siteDataOf(loadCorpus('content'), TODAY, 300);
const pages = allPages(indicatorRoute, site);
const pageOf = (measure: string) => pages.find((p) => p.params.measure === measure)!.view;
const smoking = pageOf('smoking-prevalence-adults');
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

  it("compares each place with its region too, as Fingertips' own export judges it", () => {
    // Campylobacter 2017 (lower is better): Leicester 49.7 (42.5 to 57.6) against England's 96.6 and the East
    // Midlands' 86.6; Fingertips judged it better than both.
    const campylobacter = pageOf('campylobacter-incidence');
    const leicester = campylobacter.places.find((p) => p.id === 'leicester')!;
    expect(leicester.benchmark).toMatchObject({ name: 'England', comparison: 'better' });
    expect(leicester.region).toMatchObject({ name: 'East Midlands', comparison: 'better' });
    // Its direction since 2016 describes 2017, so the page says how old the figure is.
    expect(leicester.dated).toBe(`2017 figures, ${Number(TODAY.slice(0, 4)) - 2017} years old`);
    // A region is compared with England, and has no region of its own.
    const london = campylobacter.places.find((p) => p.id === 'london')!;
    expect(london.region).toBeUndefined();
  });
});
