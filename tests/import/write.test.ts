/** The files the importer writes: where an item goes, and what it knows of a person's edits. */
import { describe, expect, it } from 'vitest';
import {
  itemFileName,
  itemFileText,
  meetingFileText,
  mergeMeeting,
  placeItem,
  provenance,
} from '../../src/lib/import/write/content-files.ts';

describe('placeItem', () => {
  const existing = [{ file: '01-apologies.md', number: '1', title: 'Apologies', from: 'a.txt' }];

  it('puts an item back in the file that has its number and title, so its address stays', () => {
    expect(placeItem(existing, '1', 'Apologies', 'b.txt')).toEqual({ file: '01-apologies.md', number: '1' });
  });

  it('puts an item from the same page back in its file when the council corrected its title', () => {
    expect(placeItem(existing, '1', 'Apologies for Absence', 'a.txt')).toEqual({
      file: '01-apologies.md',
      number: '1',
    });
  });

  it('keeps a different item with the same number beside the first, never over it, and names the other', () => {
    const place = placeItem(existing, '1', 'Better Care Fund', 'b.txt');
    expect(place).toEqual({ file: '01-better-care-fund-2.md', number: '1 (2)', clash: existing[0] });
    expect(
      placeItem(
        [...existing, { file: place.file, number: place.number, title: 'Better Care Fund' }],
        '1',
        'Pharmacy',
        'c.txt',
      ).number,
    ).toBe('1 (3)');
  });

  it('numbers an item the page does not number after the others', () => {
    expect(placeItem(existing, undefined, 'Neighbourhood Working', 'b.txt')).toEqual({
      file: '02-neighbourhood-working.md',
      number: '2',
    });
  });

  it('names files by number and title, readable and short', () => {
    expect(itemFileName('HCP1', 'Better Care Fund')).toBe('hcp1-better-care-fund.md');
    expect(itemFileName('6a', 'SOUTH EAST LONDON ICB – 5 YEAR STRATEGY')).toBe(
      '06a-south-east-london-icb-5-year-strategy.md',
    );
  });
});

describe('provenance', () => {
  const text = itemFileText(
    { number: '1', title: 'Neighbourhood Working' },
    'RESOLVED that the report be noted.\n',
    'item.txt',
  );

  it('knows the file the item came from, and that nobody has edited it', () => {
    expect(provenance(text)).toEqual({ edited: false, minutesEdited: false, from: 'item.txt' });
  });

  it('tells an edit of the frontmatter from an edit of the minutes', () => {
    expect(provenance(text.replace('title:', 'topics: [care]\ntitle:'))).toMatchObject({
      edited: true,
      minutesEdited: false,
    });
    expect(provenance(text.replace('noted', 'approved'))).toMatchObject({ edited: true, minutesEdited: true });
  });

  it("takes a file it did not write for a person's", () => {
    expect(provenance('---\nnumber: "1"\ntitle: Mine\n---\n\nText.\n')).toEqual({ edited: true, minutesEdited: true });
    expect(provenance(meetingFileText({ body: 'bromley-hwb', date: '2023-06-29', status: 'approved' })).edited).toBe(
      false,
    );
  });
});

describe('mergeMeeting', () => {
  it('joins the lists two pages of one meeting give, and keeps both when they give different venues', () => {
    const merged = mergeMeeting(
      {
        body: 'x',
        date: '2019-03-06',
        status: 'approved',
        venue: 'Room 1',
        attendees: ['Cllr A'],
        notes: ['In attendance: B'],
      },
      { body: 'x', date: '2019-03-06', status: 'approved', venue: 'Council Chamber', attendees: ['Cllr A', 'Cllr C'] },
    );
    expect(merged).toMatchObject({
      venue: 'Council Chamber',
      attendees: ['Cllr A', 'Cllr C'],
      notes: ['In attendance: B', 'Venue: Room 1'],
    });
  });
});
