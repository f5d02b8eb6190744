import { describe, expect, it } from 'vitest';
import { oddCharacter } from '../../src/lib/content/odd-characters.ts';

describe('oddCharacter', () => {
  it('names an invisible or look-alike character and what it follows', () => {
    expect(oddCharacter('bromley\u00a0')).toEqual({
      said: 'a non-breaking space (U+00A0) after "bromley"',
      hyphen: false,
    });
    expect(oddCharacter('\u200bbromley')?.said).toBe('a zero-width space (U+200B) at its start');
    expect(oddCharacter('sel\u2013jhosc')).toEqual({ said: 'an en dash "–" (U+2013) after "sel"', hyphen: true });
    expect(oddCharacter('bromley-hwb')).toBeUndefined();
  });
});
