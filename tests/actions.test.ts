import { describe, expect, it } from 'vitest';
import { addMonths, findActions } from '../src/lib/actions.ts';
import { readSeeds } from './support/seeds.ts';

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

describe('addMonths', () => {
  it('keeps to the last day of a shorter month', () => {
    expect(addMonths('2019-08-31', 6)).toBe('2020-02-29');
    expect(addMonths('2019-03-01', 6)).toBe('2019-09-01');
    expect(addMonths('2019-11-30', 3)).toBe('2020-02-29');
  });
});
