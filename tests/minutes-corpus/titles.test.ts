/** Sentence case on the item titles of the labelled minutes corpus, many of them published in capitals. */
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/lib/import/page/parse-page.ts';
import { cleanLines } from '../../src/lib/import/text/clean-lines.ts';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import { inCapitals, titleCase } from '../../src/lib/text/sentence-case.ts';
import { CORPUS, pageText, readLabelledPages } from '../../scripts/corpus/labels.ts';

const pages = readLabelledPages(CORPUS);
const titles = pages.flatMap((page) =>
  parsePage(cleanLines(pageText(page, CORPUS)).lines).items.flatMap((item) => (item.title ? [item.title] : [])),
);
// The names the corpus knows: its councils and boards, and the sample glossary's terms.
const caser = titleCase([
  ...pages.flatMap((page) => [page.council, page.body]),
  ...loadCorpus('content').glossary.map((entry) => entry.term),
]);
const shouted = titles.filter(inCapitals);

describe('titles of the minutes corpus in sentence case', () => {
  it('finds titles published in capitals on many pages', () => {
    expect(shouted.length).toBeGreaterThan(40);
  });

  it('keeps every letter of a title in capitals, changing only its case, and leaves it in capitals no more', () => {
    for (const title of shouted) {
      const cased = caser(title);
      expect(cased.toUpperCase(), title).toBe(title.toUpperCase());
      expect(inCapitals(cased), `${title} → ${cased}`).toBe(false);
    }
  });

  it.each([
    ['DECLARATIONS OF INTEREST', 'Declarations of interest'],
    ['MINUTE OF MEETING OF 17 DECEMBER 2015', 'Minute of meeting of 17 December 2015'],
    ['INTEGRATED PERFORMANCE REPORT 2016/17 - QUARTER 2', 'Integrated performance report 2016/17 - quarter 2'],
    ['ANNOUNCEMENTS & APOLOGIES', 'Announcements & apologies'],
    ["MEMBERS' INTERESTS", "Members' interests"],
    ['1 SEDERUNT AND APOLOGIES', '1 Sederunt and apologies'],
  ])('writes %j as %j', (title, cased) => {
    expect(titles).toContain(title);
    expect(caser(title)).toBe(cased);
  });

  it('leaves titles not wholly in capitals as published', () => {
    for (const title of [
      'OJHOSC Annual Report',
      'Defining the BOB ICS Development Roadmap',
      'MINUTES AND ACTION LOG Integration Joint Board held on 29 January 2020',
      'THE MAYOR – Councillor Helen Rowson',
    ]) {
      expect(titles).toContain(title);
      expect(caser(title)).toBe(title);
    }
  });
});
