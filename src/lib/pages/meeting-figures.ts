/**
 * What a meeting's page shows of its places' performance figures as they stood at its date:
 * first those its agenda discussed, then the rest counted by direction of travel, so the
 * page leads with what the board talked about rather than a list of every measure.
 */
import type { MeetingEntry, WithId } from '../corpus/model.ts';
import type { Locality } from '../content/schema.ts';
import type { Figures } from '../kpi/figures.ts';
import { directionsInWords, figureRows, type FigureRow } from './figure-rows.ts';
import { paths } from './paths.ts';
import type { ItemSummary } from './site-index.ts';

/** A figure the agenda discussed, with the items that discussed it. */
export interface DiscussedRow extends FigureRow {
  items: { number: string; title: string; href: string }[];
}

/**
 * For each place, the figures the meeting's items discussed (their `indicators`), in agenda
 * order, then the others and how many of those were improving, worsening and so on; each
 * compared with the figures for the same period of the places `around` gives, top down
 * (England, then its region).
 * Example: meetingFigures(figures, meeting, items, [bromley], () => [england, london])[0].discussed[0].items[0].number === '1'.
 */
export function meetingFigures(
  figures: Figures,
  meeting: MeetingEntry,
  items: readonly ItemSummary[],
  places: readonly WithId<Locality>[],
  around: (locality: string) => readonly { id: string; name: string }[],
) {
  // Each measure once, however many items or editions of it name it.
  const discussedBy = new Map<string, ItemSummary[]>();
  for (const item of items)
    for (const id of item.indicators) {
      const measure = figures.measure(id);
      if (!measure) continue;
      const by = discussedBy.get(measure.id) ?? [];
      if (!by.includes(item)) discussedBy.set(measure.id, [...by, item]);
    }
  return places.map((place) => {
    const [top, ...between] = around(place.id);
    const rows = figureRows(figures, figures.measuresIn(place.id), place.id, {
      date: meeting.date,
      ...(top && { benchmark: top }),
      regions: [...between].reverse(),
    });
    const others = rows.filter((row) => !discussedBy.has(row.standing.measure.id));
    const discussed: DiscussedRow[] = [...discussedBy].flatMap(([id, by]) => {
      const row = rows.find((r) => r.standing.measure.id === id);
      const itemLinks = by.map((item) => ({ number: item.number, title: item.title, href: paths.item(item) }));
      return row ? [{ ...row, items: itemLinks }] : [];
    });
    return { place, benchmark: top?.name, discussed, others, directions: directionsInWords(others) };
  });
}
