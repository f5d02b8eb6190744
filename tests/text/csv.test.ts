import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/lib/text/csv.ts';

describe('csvCell', () => {
  it.each([
    ['=HYPERLINK("http://evil","click")', `"'=HYPERLINK(""http://evil"",""click"")"`],
    ['+44 20 7946 0000', "'+44 20 7946 0000"],
    ['-1+2', "'-1+2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tindent', "'\tindent"],
    ['\rcarriage', `"'\rcarriage"`],
    ['\ncmd', `"'\ncmd"`],
    ['＝HYPERLINK("http://evil")', `"'＝HYPERLINK(""http://evil"")"`],
    ['＋44 20', "'＋44 20"],
    ['－1＋2', "'－1＋2"],
    ['＠SUM(A1)', "'＠SUM(A1)"],
    [' =1+2', "' =1+2"],
    ['\t＝1+2', "'\t＝1+2"],
    ['\r\n@SUM(A1)', `"'\r\n@SUM(A1)"`],
  ])('escapes %j so a spreadsheet shows it rather than running it', (text, cell) => {
    expect(csvCell(text)).toBe(cell);
  });

  it('keeps negative numbers as numbers, whether given as numbers or text', () => {
    expect(csvCell(-3.5)).toBe('-3.5');
    expect(csvCell('-3.5')).toBe('-3.5');
    expect(csvCell(-12)).toBe('-12');
  });

  it('quotes commas, quotes, line breaks and edge spaces, and leaves plain text alone', () => {
    expect(csvCell('RESOLVED that the update be noted.')).toBe('RESOLVED that the update be noted.');
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
    expect(csvCell('RESOLVED\nThat the Board note')).toBe('"RESOLVED\nThat the Board note"');
    expect(csvCell(' padded ')).toBe('" padded "');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(false)).toBe('false');
  });
});

describe('toCsv', () => {
  it('writes a header and CRLF-ended rows', () => {
    expect(
      toCsv(
        ['id', 'value'],
        [
          ['a', 1],
          ['b', -2],
        ],
      ),
    ).toBe('id,value\r\na,1\r\nb,-2\r\n');
  });
});
