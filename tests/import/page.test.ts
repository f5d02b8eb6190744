/**
 * A page's structure: its kind, meetings and items. Real pages of the labelled minutes
 * corpus, each a layout met in the wild, are read in tests/minutes-corpus/page.test.ts
 * (`npm run test:corpus`); here, lines written for each case and the seeds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { itemHeadings, looksLikeTitle } from '../../src/lib/import/page/item-headings.ts';
import { emptyMeeting, openingDate, readMeetingHeader } from '../../src/lib/import/page/meeting-header.ts';
import { readDate, readTime } from '../../src/lib/import/page/page-dates.ts';
import { parsePage } from '../../src/lib/import/page/parse-page.ts';
import { cleanLines } from '../../src/lib/import/text/clean-lines.ts';
import { normaliseText, readSeeds, SEEDS } from '../support/seeds.ts';

describe('itemHeadings', () => {
  it("finds a meeting page's numbers standing on their own line before each title, codes among them", () => {
    const lines = [
      '1.',
      'Apologies',
      'None.',
      '2.',
      'Minutes',
      'Agreed.',
      'HCP1',
      'Programme update',
      'Noted.',
      '3.',
      'Close',
    ];
    expect(itemHeadings(lines, () => false).map((h) => [h.number, h.title])).toEqual([
      ['1', 'Apologies'],
      ['2', 'Minutes'],
      ['HCP1', 'Programme update'],
      ['3', 'Close'],
    ]);
  });

  it('takes numbered resolutions and paragraphs for what they are, not items', () => {
    const lines = [
      '5. Better Care Fund',
      '5.1 The Board considered the plan.',
      'RESOLVED:',
      '1. That the plan be approved.',
      '2. That a report come back.',
      '6. Any Other Business',
      'None.',
    ];
    expect(itemHeadings(lines, () => false).map((h) => h.number)).toEqual(['5', '6']);
  });

  it('reads "ITEM 3", "Minute 45" and minute references as headings', () => {
    expect(
      itemHeadings(['ITEM 3 - Pharmacy', 'Noted.', 'ITEM 4 - Close', 'Closed.'], () => false).map((h) => h.number),
    ).toEqual(['3', '4']);
    expect(
      itemHeadings(['HWB/23/14 Joint Forward Plan', 'Noted.', 'HWB/23/15 Better Care Fund', 'Noted.'], () => false).map(
        (h) => h.number,
      ),
    ).toEqual(['HWB/23/14', 'HWB/23/15']);
  });

  it('reads lettered, roman and two-level item numbers, the last only where nothing else numbers the items', () => {
    expect(
      itemHeadings(['6 Better Care Fund', 'Noted.', '6a Carers', 'Noted.', '7 Close', 'Closed.'], () => false).map(
        (h) => h.number,
      ),
    ).toEqual(['6', '6a', '7']);
    expect(
      itemHeadings(
        [
          'I. APOLOGIES FOR ABSENCE',
          'None.',
          'II. DECLARATIONS OF INTEREST',
          'None.',
          'IV. MINUTE OF PREVIOUS MEETING',
          'Approved.',
        ],
        () => false,
      ).map((h) => h.number),
    ).toEqual(['I', 'II', 'IV']);
    expect(
      itemHeadings(['7.9 Finance report', 'Noted.', '7.10 Workforce report', 'Noted.'], () => false).map(
        (h) => h.number,
      ),
    ).toEqual(['7.9', '7.10']);
    expect(
      itemHeadings(['7. Reports', '7.9 Finance report', 'Noted.', '8. Close', '8.1 Closing remarks'], () => false).map(
        (h) => h.number,
      ),
    ).toEqual(['7', '8']);
  });

  it('does not take a resolution broken over lines ("1." then "Agreed") for an item', () => {
    expect(looksLikeTitle('Agreed')).toBe(false);
    expect(looksLikeTitle('Noted that a similar')).toBe(false);
    expect(looksLikeTitle('Apologies for Absence/Replacement Members')).toBe(true);
  });
});

describe('readMeetingHeader', () => {
  it('reads fields whose values stand on the next line, and a list of members one a line', () => {
    const meeting = emptyMeeting();
    const lines = [
      'Date:',
      'Thursday 24 March 2016',
      'Time:',
      '10:30am',
      'Place:',
      'Council Offices, English Street, Dumfries',
      'Members:',
      'Ronnie Nicholson (Leader)-North West Dumfries',
      'Ted Thompson (Depute Leader)-Lochar',
      'Apologies:',
      'Brian Collins - Castle Douglas and Glenkens',
      'Item Number Item/Description',
    ];
    const used = readMeetingHeader(lines, meeting);
    expect(meeting).toMatchObject({
      date: '2016-03-24',
      time: '10:30',
      venue: 'Council Offices, English Street, Dumfries',
      attendees: ['Ronnie Nicholson (Leader)-North West Dumfries', 'Ted Thompson (Depute Leader)-Lochar'],
      apologies: ['Brian Collins - Castle Douglas and Glenkens'],
    });
    expect(used.has(11)).toBe(false);
  });

  it("reads ModernGov's committee-and-date line, CMIS's date and times, and printed minutes' opening sentence", () => {
    const meeting = emptyMeeting();
    readMeetingHeader(['Cabinet - Tuesday, 26 January 2016 2.00 pm'], meeting);
    expect(meeting).toMatchObject({ committee: 'Cabinet', date: '2016-01-26', time: '14:00' });
    const cmis = emptyMeeting();
    readMeetingHeader(['19 Jun 2024 - 13:00 to 15:00'], cmis);
    expect(cmis).toMatchObject({ date: '2024-06-19', time: '13:00' });
    const printed = emptyMeeting();
    readMeetingHeader(
      [
        'At a MEETING of the DUNDEE CITY HEALTH AND SOCIAL CARE INTEGRATION JOINT BOARD held remotely on 25th August, 2020.',
      ],
      printed,
    );
    expect(printed).toMatchObject({
      committee: 'DUNDEE CITY HEALTH AND SOCIAL CARE INTEGRATION JOINT BOARD',
      date: '2020-08-25',
    });
  });

  it('names the committee by the word before "meeting" only when that word names a body', () => {
    const cabinet = emptyMeeting();
    readMeetingHeader(['Minutes of the Cabinet Meeting held on 4 March 2013'], cabinet);
    expect(cabinet).toMatchObject({ committee: 'Cabinet', date: '2013-03-04' });
    const special = emptyMeeting();
    readMeetingHeader(['Minutes of a Special Meeting held on 3 March 2020'], special);
    expect(special.date).toBe('2020-03-03');
    expect(special.committee).toBeUndefined();
  });

  it('keeps officers "in attendance" out of the members present', () => {
    const meeting = emptyMeeting();
    const used = readMeetingHeader(
      [
        'Present:',
        'Dr Avi Bhatia (AB) Clinical Chair',
        'In attendance:',
        'Dawn Litchfield (DL) Executive Assistant to the Governing Body / Minute Taker',
      ],
      meeting,
    );
    expect(meeting.attendees).toEqual(['Dr Avi Bhatia (AB) Clinical Chair']);
    expect([...used]).toEqual([0, 1]);
  });
});

describe('openingDate', () => {
  it("reads the meeting's date from a sentence of the opening lines, with the line it is on", () => {
    expect(
      openingDate(['', 'Minutes of the Board Meeting in Public Tuesday 25 April 2017 10:15 – 12:30 The Ark']),
    ).toEqual({ at: 1, date: '2017-04-25', time: '10:15' });
  });

  it('reads a date on a line of its own, and not one a line gives with other words', () => {
    expect(openingDate(['Agenda item', 'Minutes:', '', 'Thursday, 21st January, 2016'])).toEqual({
      at: 3,
      date: '2016-01-21',
    });
    expect(openingDate(['Agenda item', '21/01/2016'])).toEqual({ at: 1, date: '2016-01-21' });
    expect(openingDate(['Agenda item', 'Published 21 January 2016', 'Report of 21 January 2016'])).toBeUndefined();
  });

  it("takes no date from an agenda's item about an earlier meeting's minutes", () => {
    expect(openingDate(['Cabinet', '3. Minutes of the meeting held on Tuesday 3 March 2020'])).toBeUndefined();
    expect(openingDate(['Minutes of the previous meeting held on Tuesday, 3 March 2020'])).toBeUndefined();
  });
});

describe('readDate and readTime', () => {
  it.each([
    ['Tuesday, 5th April, 2016 2.00 pm', '2016-04-05', '14:00'],
    ['19 Jun 2024 - 13:00 to 15:00', '2024-06-19', '13:00'],
    ['a gynhaliwyd ar 18 Mai 2023', '2023-05-18', undefined],
    ['Meeting: 21/10/2021 - Slough Health & Wellbeing Board', '2021-10-21', undefined],
  ])('%s', (text, date, time) => {
    expect(readDate(text)).toBe(date);
    expect(readTime(text)).toBe(time);
  });
});

describe('parsePage on a seed', () => {
  it('gives an item with no title "Untitled item" and says so', () => {
    // The Leicester seed with its title line taken out: "Agenda item", then the agenda's
    // words, as some ModernGov pages give an item (the corpus's 001 among them).
    const seed = readSeeds().find((s) => s.file.startsWith('004_'))!;
    const lines = readFileSync(join(SEEDS, seed.file), 'utf8').split('\n');
    lines.splice(lines.indexOf(seed.title), 1);
    const [item] = parsePage(cleanLines(lines.join('\n')).lines).items;
    expect(item.title).toBeUndefined();
    expect(item.review).toContain(
      'The page gives this item no title, so it is called "Untitled item": give it the title the agenda gives.',
    );
    expect(item.description.map((l) => normaliseText(l.text)).filter(Boolean)).toEqual(seed.description);
  });
});
