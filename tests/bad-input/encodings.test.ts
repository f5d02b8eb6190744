/**
 * Files saved in another encoding or CSV shape than UTF-8 and commas: Excel's
 * Windows-1252 and "Unicode text" (UTF-16), semicolons, tabs and "sep=" lines. Each is read
 * as written, with a note where the clerk should know; what is still broken is named
 * with the line and column as the clerk's spreadsheet numbers them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { describeBroken } from '../support/broken-content.ts';
import { copySampleContent, SAMPLE_CONTENT, type ContentFixture } from '../support/content-fixture.ts';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import { newMeeting, item, NEW } from '../support/sample-edits.ts';

const HEADER = 'indicator,locality,period,value';
const ROW = 'smoking-prevalence-adults,bromley,2030';
const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) => Buffer.from(utf16le(text).map((_, i, b) => b[i ^ 1]));
const windows1252 = (text: string) =>
  Buffer.from([...text].map((ch) => ({ '£': 0xa3, '’': 0x92, '–': 0x96, é: 0xe9 })[ch] ?? ch.charCodeAt(0)));
const semicolons = (...rows: string[]) => rows.map((r) => r.replace(/,/g, ';')).join('\r\n');

describeBroken('files in other encodings and CSV shapes, still broken', [
  [
    'a UTF-16 CSV ("Unicode text") with a figure written "n/a"',
    (c) => c.write('kpis/new.csv', utf16le(`${HEADER}\r\n${ROW},n/a\r\n`)),
    { file: 'kpis/new.csv', message: '"n/a" is not a number.', line: 2, field: 'value' },
  ],
  [
    'a Windows-1252 CSV naming a locality with a dash',
    (c) => c.write('kpis/new.csv', windows1252(`${HEADER}\r\nsmoking-prevalence-adults,bromley – east,2030,6.1\r\n`)),
    { file: 'kpis/new.csv', message: 'Minuted does not know the locality "bromley – east".', line: 2 },
  ],
  [
    'a semicolon CSV with "1.234", a thousands separator or a decimal point',
    (c) => c.write('kpis/new.csv', `${semicolons(HEADER)}\r\nsmoking-prevalence-adults;bromley;2030;1.234\r\n`),
    {
      file: 'kpis/new.csv',
      message:
        '"1.234" could be read two ways: this file is separated by semicolons, so its comma is the decimal mark, and the full stop may be a thousands separator.',
      advice: 'write 1234 without the full stop if that is the figure, or 1,234 for a decimal.',
    },
  ],
  [
    'a "sep=;" line, then an unknown locality: lines counted from the file\'s first',
    (c) => c.write('kpis/new.csv', `sep=;\r\n${semicolons(HEADER)}\r\nsmoking-prevalence-adults;bromly;2030;6,1\r\n`),
    { file: 'kpis/new.csv', message: 'Minuted does not know the locality "bromly".', line: 3, field: 'locality' },
  ],
  [
    'a byte order mark and a "sep=," line, then a figure with a % sign',
    (c) => c.write('kpis/new.csv', `\uFEFFsep=,\r\n${HEADER}\r\n${ROW},6.1%\r\n`),
    { file: 'kpis/new.csv', message: '"6.1%" has a % sign.', line: 3 },
  ],
  [
    'a tab-separated .txt with an unknown indicator',
    (c) => c.write('kpis/new.txt', `${HEADER.replace(/,/g, '\t')}\r\nsmoking\tbromley\t2030\t6.1\r\n`),
    { file: 'kpis/new.txt', message: 'Minuted does not know the indicator "smoking".', line: 2, field: 'indicator' },
  ],
  [
    'a picture saved as an item',
    (c) => newMeeting(c, { '02-item.md': Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]) }),
    {
      file: `${NEW}/02-item.md`,
      message: 'The file is not text: it may be a workbook, document or picture saved under this name.',
    },
  ],
]);

let fixture: ContentFixture | undefined;
afterEach(() => {
  fixture?.remove();
  fixture = undefined;
});
function loadAfter(change: (c: ContentFixture) => void) {
  fixture = copySampleContent();
  change(fixture);
  return loadCorpus(fixture.dir);
}
const figure = (corpus: ReturnType<typeof loadCorpus>) =>
  corpus.kpis.series
    .find((s) => s.indicator === 'smoking-prevalence-adults' && s.locality === 'bromley')!
    .points.find((p) => p.period.label === '2030');
const encodingNote = (file: string, encoding: string) => ({
  file: `content/${file}`,
  message: `The file is saved as ${encoding}, not UTF-8; Minuted read it as ${encoding}.`,
  advice: expect.stringContaining('save it as UTF-8'),
});

describe('odd but valid encodings and CSV shapes are read as written', () => {
  it('a Windows-1252 CSV: £ and a smart quote come out as written, with a note', () => {
    const corpus = loadAfter((c) =>
      c.write('kpis/new.csv', windows1252(`${HEADER},note\r\n${ROW},6.1,"£2m programme’s first year"\r\n`)),
    );
    expect(figure(corpus)).toMatchObject({ value: 6.1, note: '£2m programme’s first year' });
    expect(corpus.notes).toEqual([encodingNote('kpis/new.csv', 'Windows-1252')]);
  });

  it('a Windows-1252 indicator, with a note', () => {
    const corpus = loadAfter((c) =>
      c.write(
        'indicators/smoking-prevalence-adults.yaml',
        windows1252(
          readFileSync(join(c.dir, 'indicators/smoking-prevalence-adults.yaml'), 'utf8').replace(
            /^description: .*$/m,
            'description: Adults’ smoking – £',
          ),
        ),
      ),
    );
    expect(corpus.kpis.indicators.get('smoking-prevalence-adults')!.description).toBe('Adults’ smoking – £');
    expect(corpus.notes).toEqual([encodingNote('indicators/smoking-prevalence-adults.yaml', 'Windows-1252')]);
  });

  it('an item saved as Windows-1252 (Latin-1), with a note', () => {
    const corpus = loadAfter((c) =>
      newMeeting(c, { '02-item.md': windows1252(item('', 'Café and crèche provision were discussed.')) }),
    );
    expect(corpus.items.find((i) => i.meeting === '2024-05-01-bromley-hwb')!.minutes.text).toBe(
      'Café and crèche provision were discussed.',
    );
    expect(corpus.notes).toEqual([encodingNote(`${NEW}/02-item.md`, 'Windows-1252')]);
  });

  it.each([
    ['little-endian', utf16le],
    ['big-endian', utf16be],
  ])('a UTF-16 (%s) CSV, as Excel saves "Unicode text", with a note', (_, encode) => {
    const corpus = loadAfter((c) => c.write('kpis/new.txt', encode(`${HEADER}\r\n${ROW},6.1\r\n`.replace(/,/g, '\t'))));
    expect(figure(corpus)).toMatchObject({ value: 6.1, line: 2, file: 'content/kpis/new.txt' });
    expect(corpus.notes).toEqual([encodingNote('kpis/new.txt', 'UTF-16')]);
  });

  it('a semicolon CSV with decimal commas reads 6,1 as 6.1, with a note', () => {
    const corpus = loadAfter((c) => c.write('kpis/new.csv', `${semicolons(HEADER)}\r\n${semicolons(ROW)};6,1\r\n`));
    expect(figure(corpus)).toMatchObject({ value: 6.1, line: 2 });
    expect(corpus.notes).toEqual([
      {
        file: 'content/kpis/new.csv',
        message:
          'The file is separated by semicolons, as European Excel saves it, so Minuted read a comma in a figure as the decimal mark (6,1 as 6.1).',
        advice: expect.stringContaining('CSV UTF-8'),
      },
    ]);
  });

  it('Excel\'s "sep=," line is not a row, and a comma file keeps "1,234" as a thousand', () => {
    const corpus = loadAfter((c) => c.write('kpis/new.csv', `sep=,\r\n${HEADER}\r\n${ROW},"1,234"\r\n`));
    expect(figure(corpus)).toMatchObject({ value: 1234, line: 3 });
    expect(corpus.notes).toEqual([]);
  });

  it('a tab-separated .tsv is read like a CSV', () => {
    const corpus = loadAfter((c) => c.write('kpis/new.tsv', `${HEADER}\n${ROW}\t6.1\n`.replace(/,/g, '\t')));
    expect(figure(corpus)).toMatchObject({ value: 6.1, file: 'content/kpis/new.tsv' });
    // The sample's own files of figures, and the new one.
    expect(corpus.kpis.counts.files).toBe(readdirSync(join(SAMPLE_CONTENT, 'kpis')).length + 1);
  });

  it('the sample itself has no notes', () => {
    expect(loadAfter(() => {}).notes).toEqual([]);
  });
});
