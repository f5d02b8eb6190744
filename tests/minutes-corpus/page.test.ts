/** parsePage on real pages of the labelled minutes corpus, each a layout the importer meets in the wild. */
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/lib/import/page/parse-page.ts';
import { cleanLines } from '../../src/lib/import/text/clean-lines.ts';
import { CORPUS, pageText, readLabelledPages } from '../../scripts/corpus/labels.ts';

const corpusPage = (start: string) =>
  parsePage(
    cleanLines(
      pageText(
        readLabelledPages(CORPUS).find((p) => p.file.startsWith(start))!,
        CORPUS,
      ),
    ).lines,
  );
const items = (page: ReturnType<typeof parsePage>) =>
  page.items.map((i) => `${i.number ?? '-'} ${i.title ?? '(untitled)'}`);

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

  it('reads the date a page gives its meeting in a sentence of its opening lines', () => {
    // ModernGov's title of a whole meeting, above the page's own heading.
    const council = corpusPage('085_');
    expect(council.meetings[0]).toMatchObject({ committee: 'Council', date: '2021-01-27', time: '18:00' });
    expect(council.leftOut.find((l) => l.text.startsWith('Agenda for Council'))?.reason).toBe('meeting');
    // Printed minutes whose heading ran into one line, in mixed case and in capitals.
    expect(corpusPage('026_').meetings[0]).toMatchObject({ date: '2017-04-25', time: '10:15' });
    expect(corpusPage('145_').meetings[0].date).toBe('2017-05-23');
    // A decision record: "Cabinet Meeting ........ 13 February 2025".
    expect(corpusPage('042_').meetings[0].date).toBe('2025-02-13');
    // An item's page whose minutes begin with the meeting's date on a line of its own.
    expect(corpusPage('076_').meetings[0].date).toBe('2016-01-21');
  });

  it('names the committee without the kind of meeting, and not by a title given twice', () => {
    expect(corpusPage('082_').meetings[0].committee).toBe('Cabinet');
    expect(corpusPage('124_').meetings[0].committee).toBe('Gateshead Health and Wellbeing Board');
    // "Minutes of the Cabinet Meeting held on 4 March 2013", twice: the committee is Cabinet, not that title.
    expect(corpusPage('007_').meetings[0].committee).toBe('Cabinet');
  });

  it("takes the minutes' date, not their cover memo's, and no list heading for a member", () => {
    const minutes = corpusPage('106_').meetings[0];
    expect(minutes.date).toBe('2005-12-15');
    expect(minutes.attendees).toEqual([]);
    expect(minutes.notes).toContain('MEMBERS OF THE COMMITTEE');
  });
});
