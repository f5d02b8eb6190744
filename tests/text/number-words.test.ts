import { describe, expect, it } from 'vitest';
import { countOf, NUMBER_OR_WORD } from '../../src/lib/text/number-words.ts';

describe('number words', () => {
  it('reads a count in figures or words, as votes and due dates write it', () => {
    const count = new RegExp(
      String.raw`by (${NUMBER_OR_WORD}) votes to (${NUMBER_OR_WORD}), with (${NUMBER_OR_WORD}) abstentions`,
      'i',
    );
    const [, yes, no, abstain] = count.exec('carried by 22 votes to One, with no abstentions')!;
    expect([yes, no, abstain].map(countOf)).toEqual([22, 1, 0]);
    expect(countOf('eighteen')).toBe(18);
  });
});
