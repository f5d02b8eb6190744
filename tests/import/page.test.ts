/** A page's structure: its kind, meetings and items, read from real pages of the minutes corpus. */
import { describe, expect, it } from 'vitest';
import { itemHeadings, looksLikeTitle } from '../../src/lib/import/page/item-headings.ts';
import { emptyMeeting, readMeetingHeader } from '../../src/lib/import/page/meeting-header.ts';
import { readDate, readTime } from '../../src/lib/import/page/page-dates.ts';
import { parsePage } from '../../src/lib/import/page/parse-page.ts';
import { cleanLines } from '../../src/lib/import/text/clean-lines.ts';
import { pageText, readLabelledPages } from '../../scripts/corpus/labels.ts';
import { MINUTES_CORPUS } from '../support/fixtures.ts';

const corpusPage = (start: string) =>
  parsePage(
    cleanLines(
      pageText(
        readLabelledPages(MINUTES_CORPUS).find((p) => p.file.startsWith(start))!,
        MINUTES_CORPUS,
      ),
    ).lines,
  );
const items = (page: ReturnType<typeof parsePage>) =>
  page.items.map((i) => `${i.number ?? '-'} ${i.title ?? '(untitled)'}`);

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

describe('parsePage on real pages', () => {
  it('reads an issue page into an item for each meeting it names, one with no minutes yet marked so', () => {
    const page = corpusPage('003_');
    expect(page.kind).toBe('issue history');
    expect(page.meetings.map((m) => m.date)).toEqual(['2021-10-21', '2021-09-29']);
    expect(page.items.map((i) => [i.meeting, i.number, i.title, i.recorded])).toEqual([
      [0, '63', 'Minutes of the last meeting held on 14 July 2021', true],
      [1, '2', 'Minutes of the last meeting held on 14 July 2021', false],
    ]);
    expect(page.items[1].review).toEqual([
      'The page records no minutes for this item, only its place on the agenda: check whether the minutes give it elsewhere.',
    ]);
  });

  it('splits a whole meeting by its numbered headings, with its venue read and its contact line left out', () => {
    const page = corpusPage('023_');
    expect(page.kind).toBe('meeting');
    expect(items(page).slice(0, 3)).toEqual(['27 Apologies', '28 Declarations of Interest', '29 Public Participation']);
    expect(page.meetings[0]).toMatchObject({
      committee: 'Health and Wellbeing Board',
      date: '2021-11-10',
      time: '14:00',
    });
    expect(page.leftOut.find((l) => l.text.startsWith('Contact:'))?.reason).toBe('furniture');
  });

  it('splits a table flattened to text into its rows, the title of each before "Minutes:"', () => {
    const page = corpusPage('109_');
    expect(items(page)).toEqual([
      '- Apologies for Absence',
      '- Appointment of Vice-Chair',
      '- Minutes of the Previous Meeting',
      '- Declarations of Interest',
      '- Housing Strategy update',
    ]);
    // The last row is cut off before its minutes: an item of the agenda, marked for review.
    expect(page.items[4]).toMatchObject({
      minutes: [],
      review: [
        'The page records no minutes for this item, only its place on the agenda: check whether the minutes give it elsewhere.',
      ],
    });
    // The agenda's words after the title in the row's first cell are its description, not its title.
    expect(page.items[3].description.map((l) => l.text.slice(0, 40))).toEqual([
      'To receive any declarations of Members’ ',
      'When Members are declaring a personal in',
    ]);
    expect(page.items[3].minutes.map((l) => l.text)).toEqual(['There were no declarations of interest.']);
  });

  it('splits a whole meeting that numbers no item by its titles, each between prose', () => {
    const page = corpusPage('123_');
    expect(items(page).slice(0, 4)).toEqual([
      '- Apologies for Absence',
      '- Minutes',
      '- Declarations of Interest',
      '- Gateshead Joint Strategic Needs Assessment Update / Refresh - Gerald Tompkins',
    ]);
    // The first title stood last in the page's heading: it starts the first item, not a note.
    expect(page.meetings[0].notes).toEqual([]);
  });

  it('keeps a page of unknown layout whole, as one item marked for review', () => {
    const page = corpusPage('099_');
    expect(page.items).toHaveLength(1);
    expect(page.items[0].review[0]).toMatch(/^No item headings were recognised/);
    expect(page.meetings[0]).toMatchObject({
      date: '2016-12-08',
      apologies: expect.arrayContaining(['Elizabeth Cameron', 'Sohan Singh']),
    });
  });

  it('gives an item with no title "Untitled item" and says so', () => {
    const [item] = corpusPage('001_').items;
    expect(item.title).toBeUndefined();
    expect(item.review).toContain(
      'The page gives this item no title, so it is called "Untitled item": give it the title the agenda gives.',
    );
    expect(item.description.map((l) => l.text.trim())).toEqual([
      'To receive reports on business which, in the opinion of the Chair, should be brought forward for urgent consideration.',
    ]);
  });
});
