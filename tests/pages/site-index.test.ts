/**
 * Lookups that must stay cheap on a large archive (binary searches, windows) still give
 * what a reader expects: checked against plain scans of a synthetic archive built from the
 * sample minutes.
 */
import { describe, expect, it } from 'vitest';
import { countNewer } from '../../src/lib/pages/site-index.ts';
import { syntheticSite } from './synthetic-site.ts';

const { corpus, siteData } = syntheticSite();
const { index } = siteData();
const items = corpus.items.map((item) => index.item(item.id));

describe('countNewer', () => {
  it('counts the items of later meetings at the head of a newest-first list', () => {
    const dates = ['2020-05-01', '2020-03-01', '2020-03-01', '2019-01-01'];
    expect(countNewer(dates, '2020-03-01', (d) => d)).toBe(1);
    expect(countNewer(dates, '2021-01-01', (d) => d)).toBe(0);
    expect(countNewer(dates, '2018-01-01', (d) => d)).toBe(4);
    expect(countNewer([], '2018-01-01', (d: string) => d)).toBe(0);
  });
});

describe('follow-up suggestions', () => {
  it('are the three earliest later items of the same body sharing a topic, earliest first', () => {
    const sharesTopic = (a: { topics: string[] }, b: { topics: string[] }) =>
      a.topics.some((t) => b.topics.includes(t));
    const unanswered = index.actions.filter((a) => a.status !== 'answered');
    expect(unanswered.length).toBeGreaterThan(20);
    for (const action of unanswered) {
      const expected = items
        .filter(
          (other) =>
            index.meeting(other.meeting).body === action.body.id &&
            index.dateOf(other) > action.meeting.date &&
            sharesTopic(other, action.item),
        )
        .sort((a, b) => index.dateOf(a).localeCompare(index.dateOf(b)) || Number(a.number) - Number(b.number))
        .slice(0, 3);
      expect(
        action.suggestions.map((s) => s.id),
        action.id,
      ).toEqual(expected.map((s) => s.id));
    }
  });
});

describe('items and meetings as lists show them', () => {
  it('come with their meeting and body, one object each however many pages list them', () => {
    for (const item of items) {
      const listed = index.listedItem(item);
      expect(listed).toBe(index.listedItem(item));
      expect(listed.meeting).toBe(index.meeting(item.meeting));
      expect(listed.body).toBe(index.bodies.get(listed.meeting.body));
    }
    for (const meeting of index.meetings) {
      expect(index.listedMeeting(meeting)).toBe(index.listedMeeting(meeting));
      expect(index.listedMeeting(meeting).body.id).toBe(meeting.body);
    }
  });
});
