import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/lib/text/decode.ts';

describe('decodeText', () => {
  it('reads UTF-8, dropping its byte order mark', () => {
    expect(decodeText(Buffer.from('\uFEFF£5 – café', 'utf8'))).toEqual({ text: '£5 – café', encoding: 'UTF-8' });
  });

  it('reads UTF-16 in either byte order when it starts with a byte order mark', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a,£', 'utf16le')]);
    const be = Buffer.from(le.map((_, i) => le[i ^ 1]));
    expect(decodeText(le)).toEqual({ text: 'a,£', encoding: 'UTF-16' });
    expect(decodeText(be)).toEqual({ text: 'a,£', encoding: 'UTF-16' });
  });

  it('reads bytes that are not UTF-8 as Windows-1252: £, smart quotes and dashes', () => {
    expect(decodeText(Buffer.from([0xa3, 0x35, 0x20, 0x93, 0x71, 0x94, 0x20, 0x96]))).toEqual({
      text: '£5 “q” –',
      encoding: 'Windows-1252',
    });
  });

  it('keeps a NUL in UTF-8 text, but calls binary that is not UTF-8 no text at all', () => {
    expect(decodeText(Buffer.from('a\u0000b'))?.text).toBe('a\u0000b');
    expect(decodeText(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff]))).toBeUndefined();
  });
});
