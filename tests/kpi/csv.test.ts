import { describe, expect, it } from 'vitest';
import { parseNumber, readCsv } from '../../src/lib/kpi/csv.ts';
import { csvCell, toCsv } from '../../src/lib/text/csv.ts';
import { columnLetter } from '../../src/lib/text/csv.ts';

describe('readCsv', () => {
  it('keeps each cell with its line and column', () => {
    const { records, problems } = readCsv('indicator,value\nsmoking,16.1\n');
    expect(problems).toEqual([]);
    expect(records[1].cells).toEqual([
      { text: 'smoking', line: 2, column: 1 },
      { text: '16.1', line: 2, column: 2 },
    ]);
  });

  it('reads quoted cells with commas, doubled quotes and line breaks, and counts lines after them', () => {
    const { records } = readCsv('a,b\r\n"1,234","say ""hi""\r\nthere"\r\nnext,row\r\n');
    expect(records.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['a', 'b'],
      ['1,234', 'say "hi"\r\nthere'],
      ['next', 'row'],
    ]);
    expect(records[2].line).toBe(4);
  });

  it('drops a byte order mark and skips empty rows Excel leaves behind, keeping line numbers true', () => {
    const { records } = readCsv('\uFEFFindicator,value\n,\n\nsmoking,1\n,,\n');
    expect(records[0].cells[0].text).toBe('indicator');
    expect(records.map((r) => r.line)).toEqual([1, 4]);
  });

  it('reads a last row with no line end', () => {
    expect(readCsv('a,b\n1,2').records[1].cells.map((c) => c.text)).toEqual(['1', '2']);
  });

  it('reports a quote that is never closed, where it opens', () => {
    const { problems } = readCsv('a,b\n1,"open\n2,3\n');
    expect(problems).toEqual([
      expect.objectContaining({ line: 2, column: 2, message: expect.stringMatching(/column B is never closed/) }),
    ]);
  });

  it.each([
    ['semicolons', 'a;b\n"x;y";6,1\n', ';', ['x;y', '6,1']],
    ['tabs', 'a\tb\n"x\ty"\t6,1\n', '\t', ['x\ty', '6,1']],
    ['commas, though a quoted cell holds semicolons', 'a,"b;c;d"\nx;y,6\n', ',', ['x;y', '6']],
  ])('finds the separator in the header row: %s', (_, text, separator, row) => {
    const read = readCsv(text);
    expect(read.separator).toBe(separator);
    expect(read.records[1].cells.map((c) => c.text)).toEqual(row);
  });

  it('takes Excel\'s "sep=" first line as the separator, counting it as line 1', () => {
    const { records, separator } = readCsv('\uFEFFsep=;\r\na,b;c\r\n1,5;2\r\n');
    expect(separator).toBe(';');
    expect(records.map((r) => [r.line, r.cells.map((c) => c.text)])).toEqual([
      [2, ['a,b', 'c']],
      [3, ['1,5', '2']],
    ]);
  });

  it('reports text after a closing quote', () => {
    const { problems } = readCsv('a\n"12"3\n');
    expect(problems[0]).toMatchObject({ line: 2, column: 1, message: expect.stringMatching(/"3"/) });
  });
});

describe('parseNumber with a decimal comma (a semicolon-separated file)', () => {
  it.each([
    ['6,1', 6.1],
    ['-0,25', -0.25],
    ['1234,5', 1234.5],
    ['1.234,5', 1234.5],
    ['6.1', 6.1],
    ['16', 16],
  ])('reads %j as %d', (text, value) => {
    expect(parseNumber(text, true)).toEqual({ ok: true, value });
  });

  it('refuses "1.234", which could be a thousand or a decimal', () => {
    expect(parseNumber('1.234', true)).toMatchObject({
      ok: false,
      advice: 'write 1234 without the full stop if that is the figure, or 1,234 for a decimal.',
    });
  });
});

describe('columnLetter', () => {
  it('names columns as a spreadsheet does', () => {
    expect([1, 4, 26, 27, 52].map(columnLetter)).toEqual(['A', 'D', 'Z', 'AA', 'AZ']);
  });
});

describe('parseNumber', () => {
  it.each([
    ['1,234', 1234],
    ['1,234,567.25', 1234567.25],
    ['-3.5', -3.5],
    ['+2', 2],
    ['\u22124.2', -4.2],
    [' 16.1 ', 16.1],
    ['.5', 0.5],
    ['0', 0],
  ])('reads %j as %d', (text, value) => {
    expect(parseNumber(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['n/a', /"n\/a" is not a number/, /leave the whole row out/],
    ['', /empty/, /leave the whole row out/],
    ['[c]', /not a number/, /suppressed/],
    ['45%', /% sign/, /write the number alone \(45\)/],
    ['1,23', /comma is not a thousands separator/, /1\.23/],
    ['12,34,567', /not a number/, /1234/],
  ])('refuses %j with advice', (text, message, advice) => {
    const result = parseNumber(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(message);
    expect(result.advice).toMatch(advice);
  });
});

describe('csvCell and toCsv for chart downloads', () => {
  it.each(['=1+2', '+44 20', '-1+2', '@SUM(A1)', '\tx', '\rx'])('defuses a cell beginning %j', (text) => {
    expect(csvCell(text).replace(/^"/, '')).toMatch(/^'/);
  });

  it('keeps negative figures as numbers, given as numbers or as text', () => {
    expect(
      toCsv(
        ['period', 'value'],
        [
          ['2019', -3.5],
          ['2020', '-12'],
          ['2021', '-0.25'],
        ],
      ),
    ).toBe('period,value\r\n2019,-3.5\r\n2020,-12\r\n2021,-0.25\r\n');
  });

  it('round-trips through readCsv with commas, quotes and formulas intact', () => {
    const text = toCsv(['note'], [['a, "b"'], ['=cmd']]);
    expect(
      readCsv(text)
        .records.slice(1)
        .map((r) => r.cells[0].text),
    ).toEqual(['a, "b"', "'=cmd"]);
  });
});
