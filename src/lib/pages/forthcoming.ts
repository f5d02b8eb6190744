/**
 * Meetings without minutes, as pages show them: what the page of one still to come (or
 * called off, or awaiting its minutes) says, and how many of the next meetings a page lists.
 */
import type { MeetingEntry } from '../corpus/model.ts';
import { hasMinutes } from '../content/schema.ts';

/** How many of the next meetings the home page and a body's page list. */
export const NEXT_MEETINGS = 3;

/** What a meeting's page says of a meeting without minutes: still to come, cancelled, or held (or due) without minutes yet. */
export type AgendaNotice = 'forthcoming' | 'cancelled' | 'minutes not yet published';

/**
 * What the pages of a meeting without minutes say of it on the build's day `today`;
 * undefined for a meeting with minutes. A meeting on the build's day is still to come.
 * Example: agendaNotice({ status: 'scheduled', date: '2027-01-14' }, '2026-12-06') === 'forthcoming'.
 */
export function agendaNotice(meeting: Pick<MeetingEntry, 'status' | 'date'>, today: string): AgendaNotice | undefined {
  if (hasMinutes(meeting)) return undefined;
  if (meeting.status === 'cancelled') return 'cancelled';
  return meeting.date >= today ? 'forthcoming' : 'minutes not yet published';
}
