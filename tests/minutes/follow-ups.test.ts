import { describe, expect, it } from 'vitest';
import { addMonths, findActions } from '../../src/lib/minutes/follow-ups.ts';
import { readSeeds } from '../support/seeds.ts';

describe('findActions on the seeds', () => {
  const seeds = readSeeds();

  it('finds the Lincolnshire request, who it was asked of, and a due date six months after the meeting', () => {
    const lincs = seeds.find((s) => s.file.startsWith('002'))!;
    const actions = findActions(lincs.minutes, '2019-03-01');
    expect(actions).toEqual([
      {
        text: 'The Chairman requested that Sarah-Jane Mills came back to the Board in six months to speak about performance indicators and the care portal.',
        who: 'Sarah-Jane Mills',
        due: '2019-09-01',
        dueText: 'in six months',
      },
    ]);
  });

  it('finds the Leicester "report be brought back to a future meeting", with no date to work out', () => {
    const leicester = seeds.find((s) => s.file.startsWith('004'))!;
    const [action] = findActions(leicester.minutes, '2019-01-21');
    expect(action.text).toContain('for a report on this be brought back to a future meeting');
    expect(action.due).toBeUndefined();
    expect(action.dueText).toBe('a future meeting');
  });

  it('finds none in the three seeds that ask for nothing (an offer to come back is not a request)', () => {
    for (const prefix of ['000', '001', '003']) {
      const seed = seeds.find((s) => s.file.startsWith(prefix))!;
      expect(findActions(seed.minutes, '2020-01-01'), seed.file).toEqual([]);
    }
  });
});

describe('findActions on other wordings', () => {
  it.each([
    ['The Committee asked that officers report back in 3 months on waiting times.', '2024-01-15', '2024-04-15'],
    ['RESOLVED that a further report be presented to the Board by March 2025.', '2024-06-10', '2025-03-31'],
    ['ACTION: the Director of Public Health to circulate the data within two weeks.', '2024-06-10', '2024-06-24'],
  ])('%s', (text, meeting, due) => {
    expect(findActions([text], meeting)[0].due).toBe(due);
  });
});

describe('findActions on wordings from real minutes', () => {
  it.each([
    'Kelechi would keep the Board informed of progress.',
    'That it be requested that the Scrutiny Commission be kept up to date with the progress of proposals.',
    'The terms of reference for the Board, particularly its membership would be re-considered at a future meeting.',
    '(b) a presentation be made to a future meeting on Diabetes; and',
    'Members agreed to receive an update on dementia care services; requested a six-month update on the relocation of the Reablement Unit.',
    'Action: JWebb to raise with democratic services.',
    'Member requested that an item on Long COVID was included at a future meeting.',
    'An update to be requested on the Against Hate Campaign.',
    'That progress be reviewed in the 2015/16 Annual Report.',
    'That the above be subject to a review after 1 year.',
    'Mr Tris Taylor asked that a breakdown of the Carers Act Funding be provided showing how it was being spent.',
    'The Chair had suggested that the new Chief Executive be invited to attend a meeting of the Committee prior to September.',
    'That the entire issue of Mosaic including the legal negotiations and impact on staff is brought back to this Committee.',
    'This Council asks that a report is brought to Executive Board to explore how to better engage the public.',
    'It was agreed that further data would be obtained on what type of work social prescribers are picking up.',
    'The Board requested that the local vaccination campaign would be considered as a future item on the work programme.',
    'She asked that an item on this be included on the forward work programme for discussion.',
    'It was requested this was followed up.',
    'The Committee agreed that the issues needed to be looked at in more depth at its meeting in January 2006.',
    'It was agreed that Director of Place, Darlington would share relevant details after the meeting.',
  ])('%s', (text) => {
    expect(findActions([text], '2020-01-01').map((a) => a.text)).toEqual([text]);
  });

  it.each([
    'The Board noted that recruitment remained difficult.',
    'Members asked about waiting times.',
    'A report was presented by the Director of Public Health.',
    'To receive reports on business which, in the opinion of the Chair, should be brought forward for urgent consideration.',
    'Members asked whether the data could be shared with partners.',
    'The Chair invited members to raise any items they wished to be included on the forward work programme.',
    'Members emphasised the need to keep those affected informed and ensure full support is provided.',
    'That it be noted that at the meeting on 16th January 2019, Council agreed the following amounts.',
    'Sarah Jane Mills advised that she would be happy to come back to the Board to talk about this at a later date.',
    'Councillor Lynda Turner has been invited to attend the meeting to update Members.',
  ])('not: %s', (text) => {
    expect(findActions([text], '2020-01-01')).toEqual([]);
  });

  it('gives the sentence that asks, not its paragraph, and when it is due', () => {
    const paragraph =
      'The Board also received an update from the Action List. It was agreed that an update on ICP/ICS planning would be provided at the next meeting. Members thanked the officers.';
    expect(findActions([paragraph], '2020-01-01')).toEqual([
      {
        text: 'It was agreed that an update on ICP/ICS planning would be provided at the next meeting.',
        dueText: 'the next meeting',
      },
    ]);
  });

  it.each([
    ['Kelechi would keep the Board informed of progress.', 'Kelechi'],
    ['Action: JWebb to raise with democratic services.', 'JWebb'],
    ['ACTION: the Director of Public Health to circulate the data within two weeks.', 'the Director of Public Health'],
    [
      'It was agreed that Director of Place, Darlington would share relevant details after the meeting.',
      'Director of Place, Darlington',
    ],
    ['Mr Tris Taylor asked that a breakdown of the Carers Act Funding be provided.', undefined],
    ['It would report back to the Board in six months, as the Committee requested.', undefined],
  ])('who: %s', (text, who) => {
    expect(findActions([text], '2020-01-01')[0].who).toBe(who);
  });

  it('reads a 2,000-character line of near misses without backtracking', () => {
    const nearMisses =
      'that the report of the Board Director, Place would be kept at its meeting requested a further update be ';
    const line = nearMisses.repeat(20).slice(0, 2000);
    const started = performance.now();
    findActions([line, `ACTION: ${line}`, `asked that ${line} come back`], '2020-01-01');
    expect(performance.now() - started).toBeLessThan(50);
  });
});

describe('addMonths', () => {
  it('keeps to the last day of a shorter month', () => {
    expect(addMonths('2019-08-31', 6)).toBe('2020-02-29');
    expect(addMonths('2019-03-01', 6)).toBe('2019-09-01');
    expect(addMonths('2019-11-30', 3)).toBe('2020-02-29');
  });
});
