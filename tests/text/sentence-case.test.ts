import { describe, expect, it } from 'vitest';
import { inCapitals, titleCase } from '../../src/lib/text/sentence-case.ts';

describe('inCapitals', () => {
  it.each([
    ['ICP AND LOCALITIES MODEL', true],
    ['BETTER CARE TOGETHER: COMMUNITY HEALTH SERVICES REDESIGN', true],
    // "Almost wholly": a few small letters, as in a word typed in afterwards.
    ['MINUTES OF THE MEETING HELD ON 14 June', true],
    ['Neighbourhood Working', false],
    ['NHS Health Check programme', false],
    ['MINUTES AND ACTION LOG Integration Joint Board held on 29 January 2020', false],
    // One short word of capitals is an abbreviation, not a title shouted.
    ['JSNA', false],
    ['SEND', false],
    ['MINUTES', true],
  ])('%j → %s', (title, expected) => {
    expect(inCapitals(title)).toBe(expected);
  });
});

describe('titleCase', () => {
  const caser = titleCase(['South East London', 'One Bromley', 'Bromley', 'London Borough of Bromley', 'Pathway 3']);

  it('keeps the names it is given as they are written, the longest where two overlap', () => {
    expect(caser('SOUTH EAST LONDON ICB JOINT FORWARD PLAN AND ONE BROMLEY 5 YEAR STRATEGY - SIGN OFF')).toBe(
      'South East London ICB joint forward plan and One Bromley 5 year strategy - sign off',
    );
    expect(caser('LONDON BOROUGH OF BROMLEY: PATHWAY 3 BEDS')).toBe('London Borough of Bromley: Pathway 3 beds');
  });

  it('keeps abbreviations: those it knows, words of capitals with no vowel, and their plurals', () => {
    expect(caser('NHS, CCGS AND GP SURGERIES: A&E AND COVID-19')).toBe('NHS, CCGs and GP surgeries: A&E and COVID-19');
    expect(caser("THE ICB'S PLANS FOR SEND PUPILS")).toBe("The ICB's plans for SEND pupils");
  });

  it('keeps months, Roman numerals and numbers, and writes ordinals as usual', () => {
    expect(caser('MINUTE OF MEETING OF 17 DECEMBER 2015')).toBe('Minute of meeting of 17 December 2015');
    expect(caser('PART II OF THE REPORT ON THE 1ST QUARTER (Q1)')).toBe(
      'Part II of the report on the 1st quarter (Q1)',
    );
  });

  it("writes a person's title and name as names are written, up to punctuation or a small word", () => {
    expect(caser('PRESENTATION BY DR JOHN SMITH, DIRECTOR OF PUBLIC HEALTH')).toBe(
      'Presentation by Dr John Smith, director of public health',
    );
    expect(caser("UPDATE FROM CLLR J R O'BRIEN-SMITH ON BROMLEY")).toBe(
      "Update from Cllr J R O'Brien-Smith on Bromley",
    );
    expect(caser('TRIBUTE TO PROFESSOR SIR MICHAEL MARMOT')).toBe('Tribute to Professor Sir Michael Marmot');
    // "MS" is multiple sclerosis as often as a title.
    expect(caser('MS SOCIETY UPDATE')).toBe('MS society update');
  });

  it('capitalises the first letter, after a number if it must', () => {
    expect(caser('329.DECLARATIONS OF INTEREST')).toBe('329.Declarations of interest');
    expect(caser('1 SEDERUNT AND APOLOGIES')).toBe('1 Sederunt and apologies');
  });

  it('leaves a title that is not in capitals as it is', () => {
    for (const title of ['Neighbourhood Working', 'NHS Health Check programme', 'JSNA', 'better care fund'])
      expect(caser(title)).toBe(title);
  });
});
