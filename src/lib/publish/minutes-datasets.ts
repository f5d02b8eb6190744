/** The downloads of what meetings recorded: decisions, meetings, agenda items and follow-ups. */
import type { MeetingEntry } from '../corpus/model.ts';
import { hasMinutes } from '../content/schema.ts';
import { paths } from '../pages/paths.ts';
import type { ActionRecord, DecisionRecord, ItemSummary } from '../pages/site-index.ts';
import { url, type Dataset } from './dataset.ts';

export const decisions: Dataset<DecisionRecord> = {
  name: 'decisions',
  title: 'Decisions',
  description: 'Every resolution of every meeting, newest first.',
  formats: ['csv', 'json'],
  rows: (index) => index.decisions,
  fields: [
    {
      name: 'id',
      type: 'string',
      description: 'Permanent id: the item id, "#", and the decision\'s place in the item.',
      value: (d) => d.id,
    },
    {
      name: 'outcome',
      type: 'string',
      description: 'noted, agreed, approved, endorsed, recommended, deferred or rejected.',
      value: (d) => d.outcome,
    },
    { name: 'text', type: 'string', description: 'The resolution as minuted.', value: (d) => d.text },
    {
      name: 'recorded_votes',
      type: 'integer',
      description: "How many recorded votes the decision's item has; votes.csv has each one.",
      value: (d) => d.item.votes.length,
    },
    {
      name: 'added_by_hand',
      type: 'boolean',
      description: 'True when the clerk recorded it rather than it being found in the minutes.',
      value: (d) => d.addedByHand,
    },
    { name: 'meeting_id', type: 'string', description: "The meeting's permanent id.", value: (d) => d.meeting.id },
    { name: 'meeting_date', type: 'date', description: 'The meeting date, YYYY-MM-DD.', value: (d) => d.meeting.date },
    {
      name: 'date_approximate',
      type: 'boolean',
      description: 'True when the meeting date is an estimate.',
      value: (d) => d.meeting.dateApproximate,
    },
    { name: 'body_id', type: 'string', description: "The board or committee's id.", value: (d) => d.body.id },
    { name: 'body_name', type: 'string', description: "The board or committee's name.", value: (d) => d.body.name },
    { name: 'item_id', type: 'string', description: "The agenda item's permanent id.", value: (d) => d.item.id },
    {
      name: 'item_title',
      type: 'string',
      description: "The agenda item's title, as published.",
      value: (d) => d.item.publishedTitle,
    },
    {
      name: 'localities',
      type: 'array',
      description: 'Ids of the localities the item concerns (";" between them in CSV).',
      value: (d) => d.item.localities,
    },
    { name: 'topics', type: 'array', description: "Ids of the item's topics.", value: (d) => d.item.topics },
    {
      name: 'url',
      type: 'string',
      description: "The decision's place in the minutes.",
      value: (d, root) => url(paths.decision(d), root),
    },
  ],
};

export const meetings: Dataset<MeetingEntry> = {
  name: 'meetings',
  title: 'Meetings',
  description: 'Every meeting, newest first.',
  formats: ['json'],
  rows: (index) => index.meetings,
  fields: [
    { name: 'id', type: 'string', description: 'Permanent id: date and body id.', value: (m) => m.id },
    { name: 'body_id', type: 'string', description: "The board or committee's id.", value: (m) => m.body },
    { name: 'date', type: 'date', description: 'YYYY-MM-DD.', value: (m) => m.date },
    {
      name: 'date_approximate',
      type: 'boolean',
      description: 'True when the date is an estimate.',
      value: (m) => m.dateApproximate,
    },
    {
      name: 'date_precision',
      type: 'string',
      description: 'day, month or year: how much of the date is known.',
      value: (m) => m.datePrecision,
    },
    { name: 'time', type: 'string', description: 'Start time, HH:MM, where known.', value: (m) => m.time },
    { name: 'venue', type: 'string', description: 'Where it met, or is to meet.', value: (m) => m.venue },
    {
      name: 'status',
      type: 'string',
      description:
        'scheduled (its agenda is published, its minutes are not yet), cancelled, draft (minutes not yet approved) or approved.',
      value: (m) => m.status,
    },
    {
      name: 'minutes_status',
      type: 'string',
      description: 'draft or approved; empty for a meeting scheduled or cancelled, which has no minutes.',
      value: (m) => (hasMinutes(m) ? m.status : undefined),
    },
    { name: 'items', type: 'array', description: 'Ids of its agenda items, in agenda order.', value: (m) => m.items },
    { name: 'source', type: 'string', description: 'Where the minutes were first published.', value: (m) => m.source },
    {
      name: 'url',
      type: 'string',
      description: 'Its page on this site.',
      value: (m, root) => url(paths.meeting(m.id), root),
    },
  ],
};

export const items: Dataset<ItemSummary> = {
  name: 'items',
  title: 'Agenda items',
  description: 'Every agenda item, newest meeting first.',
  formats: ['json'],
  rows: (index) => index.meetings.flatMap((m) => index.itemsOf(m)),
  fields: [
    { name: 'id', type: 'string', description: 'Permanent id: meeting id, "/", file name.', value: (i) => i.id },
    { name: 'meeting_id', type: 'string', description: "The meeting's id.", value: (i) => i.meeting },
    { name: 'number', type: 'string', description: 'Its number on the agenda.', value: (i) => i.number },
    // As published: the pages show a title published in capitals in sentence case.
    { name: 'title', type: 'string', description: 'Its title, as published.', value: (i) => i.publishedTitle },
    {
      name: 'procedural',
      type: 'boolean',
      description: 'True for apologies, declarations, previous minutes and the like.',
      value: (i) => i.procedural,
    },
    {
      name: 'localities',
      type: 'array',
      description: 'Ids of the localities it concerns.',
      value: (i) => i.localities,
    },
    { name: 'topics', type: 'array', description: 'Ids of its topics.', value: (i) => i.topics },
    {
      name: 'decisions',
      type: 'integer',
      description: 'How many decisions it records.',
      value: (i) => i.decisionList.length,
    },
    {
      name: 'recorded_votes',
      type: 'integer',
      description: 'How many recorded votes it has; votes.json has each one.',
      value: (i) => i.votes.length,
    },
    {
      name: 'follows',
      type: 'array',
      description: 'Ids of earlier items whose follow-ups it answers.',
      value: (i) => i.follows,
    },
    { name: 'source', type: 'string', description: 'Where it was first published.', value: (i) => i.source },
    {
      name: 'url',
      type: 'string',
      description: 'Its page on this site.',
      value: (i, root) => url(paths.item(i), root),
    },
  ],
};

export const actions: Dataset<ActionRecord> = {
  name: 'actions',
  title: 'Follow-ups',
  description:
    'What boards asked officers and partners to come back with, and where each stands at the time of the build.',
  formats: ['csv'],
  rows: (index) => index.actions,
  fields: [
    {
      name: 'id',
      type: 'string',
      description: 'Permanent id: the item id, "#", and the follow-up\'s place in the item.',
      value: (a) => a.id,
    },
    { name: 'text', type: 'string', description: 'What was asked, as minuted.', value: (a) => a.text },
    { name: 'who', type: 'string', description: 'Who was asked, where the minutes say.', value: (a) => a.who },
    {
      name: 'due',
      type: 'date',
      description: 'When it is due, YYYY-MM-DD, where it can be worked out.',
      value: (a) => a.due,
    },
    { name: 'due_text', type: 'string', description: 'The words the due date came from.', value: (a) => a.dueText },
    {
      name: 'status',
      type: 'string',
      description: 'open, overdue or answered, on the day the site was built.',
      value: (a) => a.status,
    },
    {
      name: 'answered_by',
      type: 'array',
      description: 'Ids of the later items that answer it.',
      value: (a) => a.answeredBy.map((i) => i.id),
    },
    { name: 'item_id', type: 'string', description: 'The item that asked for it.', value: (a) => a.item.id },
    { name: 'meeting_date', type: 'date', description: 'The date of that meeting.', value: (a) => a.meeting.date },
    { name: 'body_id', type: 'string', description: 'The board or committee that asked.', value: (a) => a.body.id },
    {
      name: 'url',
      type: 'string',
      description: 'Its place on the item page.',
      value: (a, root) => url(paths.action(a), root),
    },
  ],
};
