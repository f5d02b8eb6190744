/** Recorded votes as the item and meeting pages show them, from a copy of the sample with two votes on one item. */
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import { itemRoute } from '../../src/lib/pages/item.ts';
import { meetingPageRoute } from '../../src/lib/pages/meeting.ts';
import { siteDataOf } from '../../src/lib/pages/routes.ts';
import { voteCounts, voteLine, voteText } from '../../src/lib/pages/votes.ts';
import { VOTED_ITEM, votedContent } from '../support/voted-content.ts';
import { allPages, TODAY } from './synthetic-site.ts';

const content = votedContent();
afterAll(() => content.remove());
const site = siteDataOf(loadCorpus(content.dir), TODAY, 300);
const [amendment, motion] = site.index.item(VOTED_ITEM).votes;

describe('a vote in words', () => {
  it('gives the outcome and the counts, one abstention or none', () => {
    expect(voteLine(amendment)).toBe('Recorded vote: not agreed, 3 for, 7 against, 1 abstention');
    expect(voteCounts(motion)).toBe('10 for, 0 against, no abstentions');
    expect(voteCounts({ ...motion, abstain: 2 })).toBe('10 for, 0 against, 2 abstentions');
  });

  it('names the motion and everyone named, for search', () => {
    expect(voteText(amendment)).toBe(
      'Recorded vote: not agreed, 3 for, 7 against, 1 abstention. On the amendment moved by Councillor Mrs S Woolley. ' +
        'For: Councillor Mrs S Woolley, Councillor C J T H Brewis, Councillor R Wootten. ' +
        'Against: Councillor M Hill, Councillor Dr M E Thompson. Abstained: Councillor Mrs P Cooper.',
    );
    expect(voteText(motion)).toBe('Recorded vote: carried, 10 for, 0 against, no abstentions.');
  });
});

describe("an item page's votes", () => {
  const view = allPages(itemRoute, site).find((p) => p.view.item.id === VOTED_ITEM)!.view;

  it('gives each its anchor, title, outcome, a row a side and the names', () => {
    expect(view.votes.map((v) => [v.anchor, v.title, v.outcome])).toEqual([
      ['vote-1', 'The amendment moved by Councillor Mrs S Woolley', 'not agreed'],
      ['vote-2', 'Vote 2', 'carried'],
    ]);
    expect(view.votes[0].counts).toEqual([
      { label: 'For', count: 3 },
      { label: 'Against', count: 7 },
      { label: 'Abstained', count: 1 },
    ]);
    expect(view.votes[0].named.map((side) => [side.label, side.names.length])).toEqual([
      ['For', 3],
      ['Against', 2],
      ['Abstained', 1],
    ]);
    expect(view.votes[1].named).toEqual([]);
  });

  it('has none on an item without', () => {
    const others = allPages(itemRoute, site).filter((p) => p.view.item.id !== VOTED_ITEM);
    expect(others.length).toBeGreaterThan(0);
    for (const page of others) expect(page.view.votes).toEqual([]);
  });
});

describe("a meeting page's agenda", () => {
  it('says beside an item each vote it recorded, linked to the vote on its page', () => {
    const meeting = allPages(meetingPageRoute, site).find((p) => p.params.meeting === VOTED_ITEM.split('/')[0])!;
    expect(meeting.view.agenda.map((a) => a.votes)).toEqual([
      [
        {
          line: 'Recorded vote: not agreed, 3 for, 7 against, 1 abstention',
          href: `meetings/${VOTED_ITEM}/#vote-1`,
        },
        { line: 'Recorded vote: carried, 10 for, 0 against, no abstentions', href: `meetings/${VOTED_ITEM}/#vote-2` },
      ],
    ]);
  });
});
