/**
 * The content folder's files and folders themselves: renamed, missing, of the wrong kind,
 * linked elsewhere, or of a kind Minuted does not read. Each is named, never left out
 * unseen, and nothing outside the content folder is ever read.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeBroken, type BrokenCase } from '../support/broken-content.ts';
import { copySampleContent, problemsOf, SAMPLE_CONTENT } from '../support/content-fixture.ts';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import { ITEM, LINCS, NEW, newMeeting, item, SMOKING } from '../support/sample-edits.ts';

/** Somewhere outside every content folder, holding what a link might lead to. */
const outside = mkdtempSync(join(tmpdir(), 'minuted-outside-'));
const SECRET = '//registry.npmjs.org/:_authToken=npm_SECRET_TOKEN\n';
writeFileSync(join(outside, '.npmrc'), SECRET);
writeFileSync(join(outside, 'item.md'), item('', 'Minutes kept outside the content folder.'));
mkdirSync(join(outside, 'meeting'));
writeFileSync(join(outside, 'meeting', 'meeting.yaml'), 'body: bromley-hwb\ndate: 2024-05-01\nstatus: draft\n');
afterAll(() => rmSync(outside, { recursive: true, force: true }));

const LINK_OUT = 'This is a link to a file or folder outside the content folder, and Minuted reads nothing outside it.';
const DANGLING = 'This is a link to a file or folder that does not exist.';
const INDICATORS = readdirSync(join(SAMPLE_CONTENT, 'indicators')).length;
const link = (target: string, c: { dir: string }, path: string) => {
  rmSync(join(c.dir, path), { recursive: true, force: true });
  symlinkSync(target, join(c.dir, path));
};

const FOLDERS: BrokenCase[] = [
  [
    'meetings/ renamed Meetings/ (a case change by a sync program)',
    (c) => renameSync(join(c.dir, 'meetings'), join(c.dir, 'Meetings')),
    {
      file: 'Meetings',
      message: 'Minuted does not read a folder called "Meetings", so nothing in it would be published.',
      advice: 'did you mean "meetings"?',
    },
  ],
  [
    'meetings/ renamed with a space at the end',
    (c) => renameSync(join(c.dir, 'meetings'), join(c.dir, 'meetings ')),
    {
      file: 'meetings ',
      message: 'Minuted does not read a folder called "meetings ", so nothing in it would be published.',
      advice: 'did you mean "meetings"? Rename it to exactly that, without the space',
    },
  ],
  [
    'no meetings/ folder',
    (c) => rmSync(join(c.dir, 'meetings'), { recursive: true }),
    { file: 'meetings', message: 'There is no meetings folder, so the site would have no meetings.' },
  ],
  [
    'meetings a file, not a folder',
    (c) => {
      rmSync(join(c.dir, 'meetings'), { recursive: true });
      c.write('meetings', 'minutes');
    },
    { file: 'meetings', message: '"meetings" is a file, but Minuted expects a folder of that name here.' },
  ],
  [
    'no bodies/ folder',
    (c) => rmSync(join(c.dir, 'bodies'), { recursive: true }),
    { file: 'bodies', message: 'There is no bodies folder, so the site would have no bodies.' },
  ],
  [
    'site.yaml a folder',
    (c) => {
      rmSync(join(c.dir, 'site.yaml'));
      mkdirSync(join(c.dir, 'site.yaml'));
    },
    { file: 'site.yaml', message: '"site.yaml" is a folder, but Minuted expects a file of that name here.' },
  ],
  [
    'kpis/ renamed KPIs/',
    (c) => renameSync(join(c.dir, 'kpis'), join(c.dir, 'KPIs')),
    {
      file: 'KPIs',
      message: 'Minuted does not read a folder called "KPIs", so nothing in it would be published.',
      advice: 'did you mean "kpis"?',
    },
  ],
  [
    'indicators but no kpis/ folder',
    (c) => rmSync(join(c.dir, 'kpis'), { recursive: true }),
    {
      file: 'kpis',
      message: `There is no kpis folder, so none of the ${INDICATORS} indicators in content/indicators has figures to chart.`,
    },
  ],
  [
    'indicators but an empty kpis/ folder',
    (c) => {
      rmSync(join(c.dir, 'kpis'), { recursive: true });
      mkdirSync(join(c.dir, 'kpis'));
    },
    {
      file: 'kpis',
      message: `The kpis folder has no files of figures, so none of the ${INDICATORS} indicators in content/indicators has figures to chart.`,
    },
  ],
  [
    'a Word document in the content folder',
    (c) => c.write('notes.docx', Buffer.from([0x50, 0x4b, 0x03, 0x04])),
    {
      file: 'notes.docx',
      message: 'Minuted does not read a file called "notes.docx" here, so it would be left out of the site.',
      advice: 'move anything else out of it',
    },
  ],
];

const LINKS: BrokenCase[] = [
  [
    'site.yaml a link to a token outside the content folder',
    (c) => link(join(outside, '.npmrc'), c, 'site.yaml'),
    { file: 'site.yaml', message: LINK_OUT },
  ],
  [
    'an item a link to a file outside',
    (c) => symlinkSync(join(outside, 'item.md'), join(c.dir, LINCS, '02-outside.md')),
    { file: `${LINCS}/02-outside.md`, message: LINK_OUT },
  ],
  [
    'a meeting folder a link to a folder outside',
    (c) => symlinkSync(join(outside, 'meeting'), join(c.dir, NEW)),
    { file: NEW, message: LINK_OUT },
  ],
  [
    'the meetings/ folder a link to a folder outside',
    (c) => link(outside, c, 'meetings'),
    { file: 'meetings', message: LINK_OUT },
  ],
  [
    'an indicator a link outside',
    (c) => link(join(outside, '.npmrc'), c, 'indicators/smoking-prevalence-adults.yaml'),
    { file: 'indicators/smoking-prevalence-adults.yaml', message: LINK_OUT },
  ],
  [
    'a CSV of figures a link outside',
    (c) => link(join(outside, '.npmrc'), c, SMOKING),
    { file: SMOKING, message: LINK_OUT },
  ],
  [
    'a dangling link in meetings/',
    (c) => symlinkSync(join(outside, 'gone'), join(c.dir, NEW)),
    { file: NEW, message: DANGLING },
  ],
  [
    'a dangling item',
    (c) => symlinkSync('03-moved.md', join(c.dir, LINCS, '02-moved.md')),
    { file: `${LINCS}/02-moved.md`, message: DANGLING },
  ],
  [
    'a link to itself',
    (c) => symlinkSync('02-loop.md', join(c.dir, LINCS, '02-loop.md')),
    { file: `${LINCS}/02-loop.md`, message: DANGLING },
  ],
];

const KINDS: BrokenCase[] = [
  [
    'an item that is a folder',
    (c) => mkdirSync(join(c.dir, LINCS, '02-item.md')),
    {
      file: `${LINCS}/02-item.md`,
      message:
        "This folder would be left out: Minuted reads only a meeting folder's meeting.yaml and .md files, not folders inside it.",
    },
  ],
  [
    'a meeting folder that is a file',
    (c) => c.write(NEW, 'body: bromley-hwb\n'),
    { file: NEW, message: 'This file is not inside a meeting folder.' },
  ],
  [
    'an item ending .MD',
    (c) => newMeeting(c, { '02-Item.MD': item('') }),
    {
      file: `${NEW}/02-Item.MD`,
      message: 'The file name "02-Item.MD" cannot be used in a web address.',
      advice: 'rename it with lower-case letters, digits and hyphens only: "02-item.md".',
    },
  ],
  [
    'an indicator ending .yml',
    (c) =>
      renameSync(
        join(c.dir, 'indicators/smoking-prevalence-adults.yaml'),
        join(c.dir, 'indicators/smoking-prevalence-adults.yml'),
      ),
    {
      file: 'indicators/smoking-prevalence-adults.yml',
      message: 'Minuted only reads .yaml files here, so this one would be left out.',
      advice: 'rename it "smoking-prevalence-adults.yaml".',
    },
  ],
  [
    'a folder inside bodies/',
    (c) => mkdirSync(join(c.dir, 'bodies/old')),
    {
      file: 'bodies/old',
      message:
        'This folder would be left out: Minuted reads only the .yaml files of this folder, not folders inside it.',
    },
  ],
  [
    'a folder inside kpis/',
    (c) => mkdirSync(join(c.dir, 'kpis/2024')),
    {
      file: 'kpis/2024',
      message:
        'This folder would be left out: Minuted reads only the files of figures in content/kpis, not folders inside it.',
    },
  ],
  [
    'an Excel workbook in kpis/',
    (c) => c.write('kpis/figures.xlsx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00])),
    {
      file: 'kpis/figures.xlsx',
      message: 'This is a spreadsheet workbook; Minuted reads figures only from CSV files, so it would be left out.',
      advice: 'CSV UTF-8',
    },
  ],
  [
    'a PDF in kpis/',
    (c) => c.write('kpis/source.pdf', '%PDF-1.7'),
    {
      file: 'kpis/source.pdf',
      message:
        'Minuted reads only .csv files of figures here (or .tsv and .txt saved as tab-separated text), so this one would be left out.',
    },
  ],
  [
    'a workbook saved under a .csv name',
    (c) => c.write('kpis/figures.csv', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x9c, 0xff])),
    {
      file: 'kpis/figures.csv',
      message: 'The file is not text: it may be a workbook, document or picture saved under this name.',
    },
  ],
  ['an empty CSV', (c) => c.write('kpis/empty.csv', ''), { file: 'kpis/empty.csv', message: 'The file is empty.' }],
  [
    'a CSV with only its header',
    (c) => c.write('kpis/new.csv', 'indicator,locality,period,value\r\n'),
    { file: 'kpis/new.csv', message: 'The file has a header row but no figures.', line: 1 },
  ],
  [
    'a named pipe in a meeting folder (reading it would wait for ever)',
    (c) => execFileSync('mkfifo', [join(c.dir, ITEM.replace('01-neighbourhood-working', '02-pipe'))]),
    {
      file: `${LINCS}/02-pipe.md`,
      message: 'This is neither a file nor a folder (a pipe, socket or device), so Minuted cannot read it.',
    },
  ],
];

describeBroken('folders renamed, missing or of the wrong kind', FOLDERS);
describeBroken('links that lead outside the content folder, or nowhere', LINKS);
describeBroken('files and folders Minuted does not read', KINDS);

describe('what a link outside the content folder leads to is never read', () => {
  it('a token linked as site.yaml appears in no problem', () => {
    const c = copySampleContent();
    try {
      link(join(outside, '.npmrc'), c, 'site.yaml');
      const problems = problemsOf(c.dir);
      expect(problems).toHaveLength(1);
      expect(JSON.stringify(problems)).not.toContain('SECRET');
    } finally {
      c.remove();
    }
  });
});

describe("what is not the clerk's writing is skipped quietly, and links inside the content folder are followed", () => {
  it('hidden files, Office lock files, Thumbs.db and desktop.ini change nothing', () => {
    const sample = loadCorpus(SAMPLE_CONTENT);
    const c = copySampleContent();
    try {
      for (const folder of ['', 'meetings', LINCS, 'kpis', 'indicators', 'bodies'])
        for (const name of ['.DS_Store', '~$minutes.docx', '~WRL0001.tmp', 'Thumbs.db', 'desktop.ini', '.gitkeep'])
          writeFileSync(join(c.dir, folder, name), Buffer.from([0x00, 0x01, 0xff]));
      c.write(`${ITEM}~`, 'an editor backup');
      const corpus = loadCorpus(c.dir);
      expect(corpus.items.length).toBe(sample.items.length);
      expect(corpus.kpis.counts).toEqual(sample.kpis.counts);
      expect(corpus.notes).toEqual([]);
    } finally {
      c.remove();
    }
  });

  it('an item linked to a file inside the content folder is read through the link', () => {
    const c = copySampleContent();
    try {
      renameSync(join(c.dir, ITEM), join(c.dir, LINCS, '.01-original.md'));
      symlinkSync('.01-original.md', join(c.dir, ITEM));
      const item = loadCorpus(c.dir).items.find((i) => i.id === '2019-03-01-lincolnshire-hwb/01-neighbourhood-working');
      expect(item?.title).toBe('Neighbourhood Working');
    } finally {
      c.remove();
    }
  });
});
