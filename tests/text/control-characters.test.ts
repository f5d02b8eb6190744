import { describe, expect, it } from 'vitest';
import { describeControlCharacter, withoutControlCharacters } from '../../src/lib/text/control-characters.ts';

describe('withoutControlCharacters', () => {
  it('removes C0 (but tab and line feed), DEL, C1 and lone surrogates, keeping every other character', () => {
    expect(withoutControlCharacters('a\u0000b\u0008c\u000bd\re\u007ff\u0085g\u009bh\ud800i\udc00j')).toBe('abcdefghij');
    expect(withoutControlCharacters('tab\there\nline, café, 😀, \u2028')).toBe('tab\there\nline, café, 😀, \u2028');
  });
});

describe('describeControlCharacter', () => {
  it('names the character and the words before it, so a clerk can find it', () => {
    expect(describeControlCharacter('Health and Wellbeing Board\u0008 minutes')).toBe(
      'an invisible control character (U+0008) after "and Wellbeing Board"',
    );
    expect(describeControlCharacter('\u009bBoard')).toBe('an invisible control character (U+009B) at its start');
    expect(describeControlCharacter('Board \ud800')).toBe(
      'half of a character (U+D800) that a program failed to copy whole after "Board"',
    );
  });

  it('finds nothing in ordinary text, twice in a row', () => {
    expect(describeControlCharacter('Board\tminutes\n😀')).toBeUndefined();
    expect(describeControlCharacter('a\u0001')).toBe(describeControlCharacter('a\u0001'));
  });
});
