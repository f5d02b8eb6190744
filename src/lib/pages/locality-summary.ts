/**
 * What a locality's page leads with, at a glance: its latest decisions, its follow-ups still
 * open, the next meetings of its boards, and how its figures compare with England's; then
 * its figures, grouped by theme.
 */
import type { WithId } from '../corpus/model.ts';
import type { Body, Locality } from '../content/schema.ts';
import type { Figures } from '../kpi/figures.ts';
import { byTheme, comparedInWords, directionsInWords, figureRows } from './figure-rows.ts';
import { NEXT_MEETINGS } from './forthcoming.ts';
import { paths } from './paths.ts';
import type { ActionRecord, DecisionRecord, SiteIndex } from './site-index.ts';

/** How many of its latest decisions, and of its open follow-ups, a locality's page leads with. */
export const AT_A_GLANCE = 3;

const STATUS_ORDER: Record<ActionRecord['status'], number> = { overdue: 0, open: 1, answered: 2 };

/**
 * A locality's summary and its figures by theme, from its items' newest decisions and the
 * boards that cover it. The figures are compared with those of the place above all others
 * (England), if it has one.
 * Example: localitySummary(index, figures, bromley, decisions, bodies, '2026-12-06').compared === '30 better than England, 13 worse and 4 similar'.
 */
export function localitySummary(
  index: SiteIndex,
  figures: Figures,
  locality: WithId<Locality>,
  newestDecisions: readonly DecisionRecord[],
  bodies: readonly WithId<Body>[],
  today: string,
) {
  const items = index.itemsWithin(locality.id);
  const asked = items.flatMap((item) => index.actionsOf(item));
  const unanswered = asked
    .filter((action) => action.status !== 'answered')
    .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || b.meeting.date.localeCompare(a.meeting.date));
  const [top, ...between] = index.localities.ancestors(locality.id);
  const rows = figureRows(figures, figures.measuresIn(locality.id), locality.id, {
    ...(top && { benchmark: { id: top.id, name: top.name } }),
    regions: between.reverse(),
    today,
  });
  return {
    decisions: newestDecisions.slice(0, AT_A_GLANCE),
    totalDecisions: items.reduce((n, item) => n + item.decisionList.length, 0),
    // Each board's next meeting that is not called off, the soonest few (England's are many boards').
    next: bodies
      .flatMap((body) => index.forthcomingOf(body.id).find((m) => m.status !== 'cancelled') ?? [])
      .sort((a, b) => a.date.localeCompare(b.date))
      .slice(0, NEXT_MEETINGS)
      .map(index.listedMeeting),
    followUps: {
      overdue: unanswered.filter((a) => a.status === 'overdue').length,
      open: unanswered.filter((a) => a.status === 'open').length,
      latest: unanswered.slice(0, AT_A_GLANCE),
      /** Its own page of follow-ups, where any were asked about it. */
      page: asked.length > 0 ? paths.actionsOfPlace(locality.id) : undefined,
    },
    /** The place its figures are compared with, for their tables' column. */
    benchmark: top?.name,
    /** How many figures are better, worse or similar, where that place has one for the same period to judge by. */
    compared: top && comparedInWords(rows, top.name),
    // Each theme counted, so a reader sees where things are going well or badly before opening it.
    themes: byTheme(rows).map((theme) => ({
      ...theme,
      directions: directionsInWords(theme.rows),
      compared: top && comparedInWords(theme.rows, top.name),
    })),
    figures: rows.length,
  };
}
