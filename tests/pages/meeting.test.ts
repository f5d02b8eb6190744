/**
 * A meeting's page on the sample content: each decision once, under its agenda item; the
 * figures its agenda discussed first, then the rest counted; and no figure too old to judge
 * at the meeting tagged without saying how old it is.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import { yearsOld } from '../../src/lib/kpi/trend.ts';
import { meetingPageRoute } from '../../src/lib/pages/meeting.ts';
import { siteDataOf } from '../../src/lib/pages/routes.ts';
import { allPages, TODAY } from './synthetic-site.ts';

const site = siteDataOf(loadCorpus('content'), TODAY, 300);
const pages = allPages(meetingPageRoute, site);
const page = (id: string) => pages.find((p) => p.params.meeting === id)!.view;
const bromley = page('2023-06-29-bromley-hwb');
const lincolnshire = page('2019-03-01-lincolnshire-hwb');

describe("a meeting page's decisions", () => {
  it('shows each decision once, under its agenda item', () => {
    for (const { params, view } of pages) {
      const shown = JSON.stringify(view);
      for (const item of site.index.itemsOf(view.meeting))
        for (const decision of item.decisionList)
          expect(shown.split(JSON.stringify(decision.text)).length - 1, `${params.meeting}: ${decision.text}`).toBe(1);
    }
    expect(bromley.agenda[0].item.decisionList.map((d) => d.outcome)).toEqual(['endorsed']);
  });
});

describe("a meeting page's figures", () => {
  it('leads with the figures its items discussed, naming the items, and leaves them out of the rest', () => {
    const [{ place, discussed, others }] = bromley.figuresAt;
    expect(place.id).toBe('bromley');
    expect(discussed.map((row) => [row.standing.measure.id, row.items.map((i) => i.number)])).toEqual([
      ['nhs-health-check-received-cumulative', ['1']],
    ]);
    expect(discussed[0].items[0].href).toBe(
      'meetings/2023-06-29-bromley-hwb/01-south-east-london-icb-joint-forward-plan-and-one-bromley-5-year-strategy-sign-off/',
    );
    expect(others.map((row) => row.standing.measure.id)).not.toContain('nhs-health-check-received-cumulative');
    // Every measure with a figure by the meeting's date is in one list or the other.
    const known = site.figures
      .measuresIn('bromley')
      .filter((measure) => site.figures.standing(measure, 'bromley', '2023-06-29'));
    expect(discussed.length + others.length).toBe(known.length);

    expect(lincolnshire.figuresAt[0].discussed.map((row) => row.standing.measure.title)).toEqual([
      'Healthy life expectancy at birth (female)',
      'Healthy life expectancy at birth (male)',
    ]);
  });

  it("compares each figure with England's for the same period, where England has one", () => {
    const { benchmark, discussed, others } = bromley.figuresAt[0];
    expect(benchmark).toBe('England');
    const rows = [...discussed, ...others];
    expect(rows.some((row) => row.benchmark)).toBe(true);
    for (const row of rows.filter((r) => r.benchmark)) {
      expect(row.benchmark).toMatchObject({ locality: 'england', name: 'England' });
      expect(row.benchmark!.point.period.label).toBe(row.standing.latest.period.label);
      // Judged only where the place's figure has its confidence interval.
      expect(row.benchmark!.comparison === 'not compared').toBe(row.standing.latest.lowerCi === undefined);
    }
  });

  it('links each figure to its chart for the place, on its measure’s page', () => {
    const row = bromley.figuresAt[0].discussed[0];
    expect(row.chart).toBe(
      'indicators/nhs-health-check-received-cumulative/#chart-nhs-health-check-received-cumulative-bromley-title',
    );
  });

  it('says how old a figure is when its period ended two or more years before the meeting, and counts it apart', () => {
    const { others, directions } = bromley.figuresAt[0];
    const alcohol = others.find((row) => row.standing.measure.id === 'alcohol-related-admissions-narrow')!;
    expect(alcohol.standing.latest.period.label).toBe('2017/18');
    expect(alcohol.standing.direction.direction).toBe('improving');
    expect(alcohol.dated).toBe('2017/18 figures, 5 years before this meeting');

    const dated = others.filter((row) => row.dated).length;
    const improving = others.filter((row) => !row.dated && row.standing.direction.direction === 'improving').length;
    expect(dated).toBeGreaterThan(0);
    expect(directions).toMatch(new RegExp(`^${improving} improving, .*${dated} too old to judge`));
  });

  it('never gives a direction judged without its age for a figure too old to judge, on any meeting page', () => {
    for (const { params, view } of pages)
      for (const { discussed, others } of view.figuresAt)
        for (const row of [...discussed, ...others]) {
          const judged = row.standing.direction.direction !== 'not judged';
          const years = judged ? yearsOld(row.standing.latest.period, view.meeting.date) : undefined;
          expect(row.dated, `${params.meeting}: ${row.standing.measure.id}`).toBe(
            years && `${row.standing.latest.period.label} figures, ${years} years before this meeting`,
          );
        }
  });
});
