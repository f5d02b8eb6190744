/** The download of recorded votes: a row a vote, since an item may record several and a decision names none. */
import type { MeetingEntry } from '../corpus/model.ts';
import type { Vote } from '../content/item-schema.ts';
import { paths, voteAnchor } from '../pages/paths.ts';
import type { ItemSummary } from '../pages/site-index.ts';
import { url, type Dataset } from './dataset.ts';

/** A vote with the item and meeting that recorded it, and its place among the item's votes. */
interface VoteRow {
  vote: Vote;
  at: number;
  item: ItemSummary;
  meeting: MeetingEntry;
}

export const votes: Dataset<VoteRow> = {
  name: 'votes',
  title: 'Recorded votes',
  description: 'Every recorded vote, newest meeting first, in the order of its item’s minutes.',
  formats: ['csv', 'json'],
  rows: (index) =>
    index.meetings.flatMap((meeting) =>
      index.itemsOf(meeting).flatMap((item) => item.votes.map((vote, at) => ({ vote, at, item, meeting }))),
    ),
  fields: [
    {
      name: 'id',
      type: 'string',
      description: 'Permanent id: the item id, "#", and the vote\'s place in the item ("vote-1").',
      value: (v) => `${v.item.id}#${voteAnchor(v.at)}`,
    },
    { name: 'item_id', type: 'string', description: "The agenda item's permanent id.", value: (v) => v.item.id },
    {
      name: 'item_title',
      type: 'string',
      description: "The agenda item's title, as published.",
      value: (v) => v.item.publishedTitle,
    },
    { name: 'meeting_id', type: 'string', description: "The meeting's permanent id.", value: (v) => v.meeting.id },
    { name: 'meeting_date', type: 'date', description: 'The meeting date, YYYY-MM-DD.', value: (v) => v.meeting.date },
    { name: 'body_id', type: 'string', description: "The board or committee's id.", value: (v) => v.meeting.body },
    {
      name: 'motion',
      type: 'string',
      description: 'What was voted on, where the minutes say, e.g. "the amendment moved by Councillor Smith".',
      value: (v) => v.vote.motion,
    },
    {
      name: 'outcome',
      type: 'string',
      description: 'carried, not agreed, deferred or withdrawn.',
      value: (v) => v.vote.outcome,
    },
    { name: 'votes_for', type: 'integer', description: 'How many voted for.', value: (v) => v.vote.for },
    { name: 'votes_against', type: 'integer', description: 'How many voted against.', value: (v) => v.vote.against },
    { name: 'votes_abstain', type: 'integer', description: 'How many abstained.', value: (v) => v.vote.abstain },
    {
      name: 'named_for',
      type: 'array',
      description: 'Who voted for, where the minutes name them (";" between them in CSV).',
      value: (v) => v.vote.named?.for ?? [],
    },
    {
      name: 'named_against',
      type: 'array',
      description: 'Who voted against, where named.',
      value: (v) => v.vote.named?.against ?? [],
    },
    {
      name: 'named_abstain',
      type: 'array',
      description: 'Who abstained, where named.',
      value: (v) => v.vote.named?.abstain ?? [],
    },
    {
      name: 'url',
      type: 'string',
      description: "The vote on its item's page.",
      value: (v, root) => url(paths.vote(v), root),
    },
  ],
};
