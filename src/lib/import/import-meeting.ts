/** A page's meeting as meeting.yaml will hold it: its date and body checked, or a refusal saying what to give. */
import { buildDate } from '../config/hosting.ts';
import { closest } from '../content/content-error.ts';
import { isRealDate } from '../content/schema.ts';
import type { ImportOptions, MeetingFields } from './imported.ts';
import type { PageMeeting } from './page/meeting-header.ts';
import type { PageKind } from './page/page-kind.ts';
import type { Refusal } from './read/source-text.ts';
import { matchBody } from './recognise/body-match.ts';
import { newBodyAdvice } from './recognise/new-body.ts';

/**
 * The meeting's fields from the page, the options, and what is known from elsewhere. An
 * agenda's meeting, or one dated after today (which cannot have minutes), is scheduled.
 */
export function importMeeting(
  page: PageMeeting,
  url: string | undefined,
  kind: PageKind,
  options: ImportOptions,
  agenda = false,
): MeetingFields | Refusal {
  const date = page.date ?? options.date;
  if (!date)
    return {
      problem: "The page does not show the meeting's date.",
      advice:
        'give it with --date YYYY-MM-DD (e.g. --date 2019-03-06); if it is an estimate, say so in meeting.yaml (dateApproximate: true, dateNote).',
    };
  if (!isRealDate(date))
    return {
      problem: `The date ${date} is not a real calendar date.`,
      advice: 'give the meeting date as YYYY-MM-DD with --date.',
    };
  const body = bodyOf(page.committee, url, options);
  if ('problem' in body) return body;
  const wholeMeeting = kind === 'meeting' || kind === 'committee system page' || kind === 'printed minutes';
  return {
    body: body.id,
    date,
    time: page.time,
    venue: page.venue,
    status: agenda || date > buildDate() ? 'scheduled' : page.draft ? 'draft' : 'approved',
    attendees: page.attendees,
    apologies: page.apologies,
    notes: page.notes,
    source: wholeMeeting ? url : undefined,
    ...options.meeting,
  };
}

function bodyOf(
  committee: string | undefined,
  url: string | undefined,
  options: ImportOptions,
): { id: string } | Refusal {
  const ids = options.bodies.map((b) => b.id);
  const given = options.body;
  if (given !== undefined && !ids.includes(given)) {
    const guess = closest(given, ids);
    return {
      problem: `There is no body with the id "${given}" (given with --body).`,
      advice: `${guess ? `did you mean "${guess}"? ` : ''}The ids are the file names in content/bodies/ without .yaml; add the body there first if it is new.`,
    };
  }
  if (committee) {
    const match = matchBody(committee, url, options.bodies);
    // The body given with --body is the clerk's word: only a sure match of the page's committee overrides it.
    if (match.id && (match.certain || !given)) return { id: match.id };
    if (given) return { id: given };
    return match.candidates.length > 1
      ? {
          problem: `The page names the committee "${committee}", which could be any of: ${match.candidates.join(', ')}.`,
          advice: 'say which with --body <id>.',
        }
      : {
          problem: `The page names the committee "${committee}", but no body in content/bodies/ has that name.`,
          advice: newBodyAdvice(committee),
        };
  }
  if (given) return { id: given };
  return {
    problem: 'The page does not name the committee that met.',
    advice: `give the body with --body <id> (one of: ${ids.join(', ')}).`,
  };
}
