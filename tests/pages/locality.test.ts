/**
 * A locality's page on the sample content: what it leads with (its latest decisions, its
 * follow-ups still open, its figures against England's) and its figures grouped by theme.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import { localityRoute } from '../../src/lib/pages/place.ts';
import { NO_THEME } from '../../src/lib/pages/figure-rows.ts';
import { AT_A_GLANCE } from '../../src/lib/pages/locality-summary.ts';
import { siteDataOf } from '../../src/lib/pages/routes.ts';
import { compareNames } from '../../src/lib/text/names.ts';
import { allPages, TODAY } from './synthetic-site.ts';

const site = siteDataOf(loadCorpus('content'), TODAY, 300);
const pages = allPages(localityRoute, site);
const page = (id: string) => pages.find((p) => p.params.locality === id)!.view;

describe("a locality page's summary", () => {
  it('leads with its newest decisions, those about the places within it included', () => {
    const lincolnshire = page('lincolnshire');
    expect(lincolnshire.decisions.map((d) => [d.item.title, d.outcome])).toEqual([['Neighbourhood Working', 'noted']]);
    expect(page('stamford').decisions).toEqual(lincolnshire.decisions);
    const england = page('england');
    expect(england.decisions.length).toBe(Math.min(AT_A_GLANCE, england.totalDecisions));
    expect(england.decisions.map((d) => d.meeting.date)).toEqual(
      england.decisions.map((d) => d.meeting.date).sort((a, b) => b.localeCompare(a)),
    );
  });

  it('gives its follow-ups still open, overdue first, and none where every one is answered or none asked', () => {
    const { followUps } = page('lincolnshire');
    expect(followUps).toMatchObject({ overdue: 1, open: 0 });
    expect(followUps.latest.map((a) => [a.status, a.item.title])).toEqual([['overdue', 'Neighbourhood Working']]);
    expect(page('rutland').followUps).toMatchObject({ overdue: 0, open: 1 });
    expect(page('bromley').followUps).toEqual({ overdue: 0, open: 0, latest: [] });
  });

  it('gives the next meeting of each board that covers it, while one is still to come', () => {
    // The sample's Bromley board meets on 28 January 2027.
    const before = siteDataOf(loadCorpus('content'), '2026-12-06', 300);
    const next = (id: string) => allPages(localityRoute, before).find((p) => p.params.locality === id)!.view.next;
    for (const id of ['bromley', 'london', 'england'])
      expect(next(id).map(({ meeting, body }) => [meeting.date, body.id])).toEqual([['2027-01-28', 'bromley-hwb']]);
    expect(next('lincolnshire')).toEqual([]);
    expect(page('bromley').next).toEqual([]);
  });

  it("compares its figures with England's for the same period only, and never without an interval", () => {
    const bromley = page('bromley');
    const rows = bromley.themes.flatMap((theme) => theme.rows);
    const compared = rows.filter((row) => row.benchmark);
    expect(compared.length).toBeGreaterThan(0);
    for (const row of compared) {
      expect(row.benchmark).toMatchObject({ locality: 'england', name: 'England' });
      expect(row.benchmark!.point.period.label).toBe(row.standing.latest.period.label);
    }
    // Only a figure published with its interval is judged; the rest say why not.
    for (const row of compared)
      expect(row.benchmark!.comparison === 'not compared').toBe(row.standing.latest.lowerCi === undefined);
    const judged = compared.filter((row) => row.benchmark!.comparison !== 'not compared').length;
    expect(judged).toBeGreaterThan(0);
    expect(bromley.compared).toBe(
      `${judged} similar to England and ${compared.length - judged} not compared (no confidence interval published)`,
    );
    // Smoking: 6.6% in 2024 against England's 10.4%, where lower is better, but with no interval.
    const smoking = rows.find((row) => row.standing.measure.id === 'smoking-prevalence-adults')!;
    expect(smoking.benchmark).toMatchObject({ point: { value: 10.4 }, comparison: 'not compared' });
    // Campylobacter, from the Fingertips export: 86.9 per 100,000 in 2017 (77.1 to 97.6), England 96.6 and
    // London 63.2 — similar to England and worse than London, as Fingertips itself judged it.
    const campylobacter = rows.find((row) => row.standing.measure.id === 'campylobacter-incidence')!;
    expect(campylobacter.benchmark).toMatchObject({ comparison: 'similar', point: { value: 96.6109417215551 } });
    expect(campylobacter.region).toMatchObject({ name: 'London', comparison: 'worse' });
    expect(page('england')).toMatchObject({ benchmark: undefined, compared: undefined });
  });
});

describe("a locality page's figures", () => {
  it('groups every figure under its theme, themes by name, each with its counts', () => {
    const bromley = page('bromley');
    const rows = bromley.themes.flatMap((theme) => theme.rows);
    expect(rows.length).toBe(site.figures.measuresIn('bromley').length);
    expect(bromley.figures).toBe(rows.length);
    const names = bromley.themes.map((theme) => theme.theme);
    expect(names).toEqual([...names].sort(compareNames).filter((name) => name !== NO_THEME));
    expect(names).toEqual(expect.arrayContaining(['Adult social care', 'Healthy behaviours', 'Population']));
    for (const { theme, id, rows: themed, directions } of bromley.themes) {
      expect(id).toMatch(/^theme-[a-z-]+$/);
      for (const row of themed) expect(row.standing.measure.theme).toBe(theme);
      expect(directions).toMatch(/^\d+ (improving|worsening|no change|not judged|too old to judge)/);
    }
    // A figure two or more years old says its age rather than claim it is improving today.
    const alcohol = rows.find((row) => row.standing.measure.id === 'alcohol-related-admissions-narrow')!;
    expect(alcohol.standing.latest.period.label).toBe('2017/18');
    const thisYear = Number(TODAY.slice(0, 4));
    expect(alcohol.dated).toBe(`2017/18 figures, ${thisYear - 2018} years old`);
    for (const row of rows)
      if (!row.dated && row.standing.direction.direction !== 'not judged')
        expect(Number(row.standing.latest.period.end.slice(0, 4))).toBeGreaterThan(thisYear - 2);
    expect(bromley.themes.find((t) => t.theme === 'Population')!.directions).toBe('2 not judged');
  });

  it("links each figure to this place's chart on its measure's page, which has that chart", () => {
    const row = page('bromley').themes.flatMap((theme) => theme.rows)[0];
    const measure = row.standing.measure.id;
    expect(row.chart).toBe(`indicators/${measure}/#chart-${measure}-bromley-title`);
    expect(site.figures.chart(row.standing.measure, 'bromley')).toBeDefined();
  });

  it('has no figures for a place without any', () => {
    expect(page('stamford')).toMatchObject({ figures: 0, themes: [] });
  });
});
