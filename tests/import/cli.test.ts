import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import { copySampleContent, problemsOf } from '../support/content-fixture.ts';
import { SEEDS } from '../support/seeds.ts';
import { FIXTURES } from './support.ts';

const ROOT = join(import.meta.dirname, '../..');
const content = copySampleContent();
const inputs = mkdtempSync(join(tmpdir(), 'minuted-import-'));
afterAll(() => {
  content.remove();
  rmSync(inputs, { recursive: true, force: true });
});

/** Runs `npm run import` as a clerk would. */
function runImport(...args: string[]) {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/import.ts'), '--out', content.dir, ...args], {
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const meetingFolder = join(content.dir, 'meetings/2016-04-05-lincolnshire-hwb');
const snapshot = () =>
  Object.fromEntries(readdirSync(meetingFolder).map((f) => [f, readFileSync(join(meetingFolder, f), 'utf8')]));
const pharmacy = join(meetingFolder, '04-pharmaceutical-needs-assessment.md');

describe('npm run import', () => {
  it('imports a whole meeting into a folder the site builds, with progress, a summary and a report', () => {
    const run = runImport('--body', 'lincolnshire-hwb', join(FIXTURES, 'meeting-lincolnshire-hwb.txt'));
    expect(run.stderr).toContain('[1/1]');
    expect(run.stdout).toContain(
      'Read 1 file: 7 items, 8 decisions, 1 vote, 2 follow-ups; 0 items to review; 8 files written',
    );
    expect(run.status).toBe(0);
    expect(readdirSync(meetingFolder)).toEqual([
      '01-apologies-for-absence-replacement-members.md',
      '02-declarations-of-members-interests.md',
      '03-minutes-of-the-previous-meeting-held-on-8-december-2015.md',
      '04-pharmaceutical-needs-assessment.md',
      '05-better-care-fund-plan-2016-17.md',
      '06-exclusion-of-the-press-and-public.md',
      'hcp1-lincolnshire-health-and-care-programme-update.md',
      'meeting.yaml',
    ]);
    const corpus = loadCorpus(content.dir);
    expect(
      corpus.items.filter((i) => i.meeting === '2016-04-05-lincolnshire-hwb').map((i) => i.decisionList.length),
    ).toEqual([0, 0, 1, 2, 3, 1, 1]);
    expect(corpus.meetings.find((m) => m.id === '2016-04-05-lincolnshire-hwb')).toMatchObject({
      time: '14:00',
      status: 'approved',
    });
    const report = readFileSync(join(content.dir, 'import-report.md'), 'utf8');
    expect(report).toContain('Read as a whole meeting page (text).');
    // Links in the report lead from the report's own folder to the item files.
    expect(report).toContain(
      '| [4. Pharmaceutical Needs Assessment](meetings/2016-04-05-lincolnshire-hwb/04-pharmaceutical-needs-assessment.md) | 2 | 0 | 1 | – |',
    );
    expect(report).toMatch(/Left out or turned into structure: .*4 × the website's footer/);
  });

  it('gives the same bytes when run again, and says nothing changed', () => {
    const before = snapshot();
    const run = runImport('--body', 'lincolnshire-hwb', join(FIXTURES, 'meeting-lincolnshire-hwb.txt'));
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('0 files written, 8 unchanged');
    expect(snapshot()).toEqual(before);
  });

  it('never overwrites an item edited by hand, unless run with --force', () => {
    writeFileSync(pharmacy, readFileSync(pharmacy, 'utf8').replace('\n---\n', '\ntopics: [primary-care]\n---\n'));
    const edited = readFileSync(pharmacy, 'utf8');
    const refused = runImport('--body', 'lincolnshire-hwb', join(FIXTURES, 'meeting-lincolnshire-hwb.txt'));
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain(
      '04-pharmaceutical-needs-assessment.md was edited by hand, so it was not overwritten.',
    );
    expect(refused.stdout).toContain('How to fix: keep your edits');
    expect(readFileSync(pharmacy, 'utf8')).toBe(edited);
  });

  it('imports over hand edits with --force, keeping the fields added by hand and the edited minutes aside', () => {
    writeFileSync(
      pharmacy,
      readFileSync(pharmacy, 'utf8').replace('The Board considered', 'The Board carefully considered'),
    );
    const forced = runImport('--force', '--body', 'lincolnshire-hwb', join(FIXTURES, 'meeting-lincolnshire-hwb.txt'));
    expect(forced.status).toBe(1);
    const now = readFileSync(pharmacy, 'utf8');
    expect(now).toContain('topics: [primary-care]');
    expect(now).not.toContain('carefully');
    const kept = join(content.dir, 'import-kept/2016-04-05-lincolnshire-hwb/04-pharmaceutical-needs-assessment.md');
    expect(readFileSync(kept, 'utf8')).toContain('The Board carefully considered');
    expect(forced.stdout).toContain(
      'had its minutes edited by hand: the imported minutes replace them, and the edited file is kept as content/import-kept/',
    );
    expect(problemsOf(content.dir)).toEqual([]);
  });

  it('reports each file with nothing to import, with advice, imports the others, and fails at the end', () => {
    const bad = {
      'empty.txt': '',
      'scan.pdf': Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'),
      'old-word.doc': Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    };
    for (const [name, data] of Object.entries(bad)) writeFileSync(join(inputs, name), data);
    const run = runImport(
      '--body',
      'llr-jhsc',
      '--date',
      '2019-01-21',
      inputs,
      join(FIXTURES, 'item-llr-jhsc.txt'),
      join(inputs, 'minuets.txt'),
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(
      /✗ .*minuets\.txt\n {2}There is no file at this path\.\n {2}How to fix: check the spelling/,
    );
    expect(run.stdout).toMatch(/✗ .*empty\.txt\n {2}The file is empty\.\n {2}How to fix: /);
    expect(run.stdout).toMatch(/✗ .*scan\.pdf\n {2}The file is not a PDF that can be read|✗ .*scan\.pdf\n {2}.*PDF/);
    expect(run.stdout).toMatch(/✗ .*old-word\.doc\n {2}.*\.doc/);
    expect(run.stdout).toContain('Read 5 files: 1 item, 3 decisions,');
    expect(run.stdout).toContain('4 files not imported; 4 problems.');
    expect(existsSync(join(content.dir, 'meetings/2019-01-21-llr-jhsc/02-urgent-and-emergency-care-update.md'))).toBe(
      true,
    );
  });

  it('reads an agenda as a meeting still to come, which its minutes, imported later, make approved', () => {
    const folder = join(content.dir, 'meetings/2026-11-30-bromley-hwb');
    writeFileSync(
      join(inputs, 'agenda.txt'),
      'Agenda\n\n1. Apologies for absence\n\n2. Declarations of interest\n\nTo receive any declarations.\n',
    );
    const agenda = runImport('--body', 'bromley-hwb', '--date', '2026-11-30', join(inputs, 'agenda.txt'));
    expect(agenda.status).toBe(0);
    expect(readFileSync(join(folder, 'meeting.yaml'), 'utf8')).toContain('status: scheduled');
    const declarations = readFileSync(join(folder, '02-declarations-of-interest.md'), 'utf8');
    expect(declarations).toContain('To receive any declarations.');
    expect(declarations).not.toContain('The minutes record nothing');
    expect(declarations).not.toContain('review:');
    expect(readFileSync(join(content.dir, 'import-report.md'), 'utf8')).toContain(
      'It is an agenda, recording nothing yet: its meeting is written as scheduled',
    );
    // Its day has passed (the tests' day is 6 December 2026): a note, not a problem.
    expect(loadCorpus(content.dir).notes.map((n) => n.file)).toEqual([
      'content/meetings/2026-11-30-bromley-hwb/meeting.yaml',
    ]);

    writeFileSync(
      join(inputs, 'minutes.txt'),
      'Minutes of the meeting of the Health and Wellbeing Board held on 30 November 2026\n\n1. Apologies for absence\n\nApologies were received from Councillor Smith.\n\n2. Declarations of interest\n\nThere were no declarations of interest.\n',
    );
    expect(runImport('--body', 'bromley-hwb', '--date', '2026-11-30', join(inputs, 'minutes.txt')).status).toBe(0);
    expect(readFileSync(join(folder, 'meeting.yaml'), 'utf8')).toContain('status: approved');
    expect(readFileSync(join(folder, '02-declarations-of-interest.md'), 'utf8')).toContain(
      'There were no declarations of interest.',
    );
    // The agenda, imported again after the minutes, leaves the meeting approved and its minutes as they were.
    expect(runImport('--body', 'bromley-hwb', '--date', '2026-11-30', join(inputs, 'agenda.txt')).status).toBe(0);
    expect(readFileSync(join(folder, 'meeting.yaml'), 'utf8')).toContain('status: approved');
    expect(readFileSync(join(folder, '02-declarations-of-interest.md'), 'utf8')).toContain(
      'There were no declarations of interest.',
    );
    expect(problemsOf(content.dir)).toEqual([]);
  });

  it('reads a page dated after today as a meeting still to come, finding no decision in its recommendations', () => {
    writeFileSync(
      join(inputs, 'next.txt'),
      'Agenda item\n\nBetter Care Fund\n\nRESOLVED that the Board note the report.\n',
    );
    const run = runImport('--body', 'bromley-hwb', '--date', '2027-03-25', join(inputs, 'next.txt'));
    expect(run.status).toBe(0);
    const folder = join(content.dir, 'meetings/2027-03-25-bromley-hwb');
    expect(readFileSync(join(folder, 'meeting.yaml'), 'utf8')).toContain('status: scheduled');
    const corpus = loadCorpus(content.dir);
    const item = corpus.items.find((i) => i.meeting === '2027-03-25-bromley-hwb')!;
    expect(item.minutes.html).toContain('RESOLVED that the Board note the report.');
    expect(item.decisionList).toEqual([]);
  });

  it('reads a text file saved in Windows-1252, keeping its pound signs and curly quotes', () => {
    const text =
      'Agenda item\n\nBetter Care Fund\n\nMinutes:\n\nThe Board noted the \u2018pooled budget\u2019 of \u00a312m.\n';
    writeFileSync(
      join(inputs, 'windows.txt'),
      Buffer.from(text, 'latin1').map((b, i) => (text[i] === '\u2018' ? 0x91 : text[i] === '\u2019' ? 0x92 : b)),
    );
    const run = runImport('--body', 'bromley-hwb', '--date', '2023-06-29', join(inputs, 'windows.txt'));
    expect(run.status).toBe(0);
    const folder = join(content.dir, 'meetings/2023-06-29-bromley-hwb');
    const file = readdirSync(folder).find((f) => f.includes('better-care-fund'))!;
    expect(readFileSync(join(folder, file), 'utf8')).toContain(
      'The Board noted the \u2018pooled budget\u2019 of \u00a312m.',
    );
  });

  it('reports a page whose date or committee it cannot tell, rather than guessing', () => {
    const noDate = runImport('--body', 'bromley-hwb', join(SEEDS, '003_a0a7aef98eacf8e8.txt'));
    expect(noDate.status).toBe(1);
    expect(noDate.stdout).toContain(
      "The page does not show the meeting's date.\n  How to fix: give it with --date YYYY-MM-DD",
    );
    const ambiguous = runImport(join(FIXTURES, 'meeting-lincolnshire-hwb.txt'));
    expect(ambiguous.stdout).toContain(
      'The page names the committee "Health and Wellbeing Board", which could be any of: bromley-hwb, lincolnshire-hwb.',
    );
    const typo = runImport('--body', 'bromly-hwb', '--date', '2023-06-29', join(SEEDS, '003_a0a7aef98eacf8e8.txt'));
    expect(typo.stdout).toContain('did you mean "bromley-hwb"?');
  });

  it('explains its usage when the command is incomplete', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/import.ts'), join(FIXTURES, 'item-llr-jhsc.txt')], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Say where the content folder is with --out');
  });
});

describe('the sample content', () => {
  it('is what scripts/make-sample.ts makes from the seeds', () => {
    const files = (dir: string) =>
      readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.includes('.'))
        .sort()
        .map((f) => [f, readFileSync(join(dir, f), 'utf8')]);
    const before = files(join(ROOT, 'content/meetings'));
    const copy = copySampleContent();
    try {
      const run = spawnSync(process.execPath, [join(ROOT, 'scripts/make-sample.ts')], {
        encoding: 'utf8',
        env: { ...process.env, MINUTED_SAMPLE_OUT: copy.dir },
      });
      expect(run.status, run.stderr).toBe(0);
      expect(files(join(copy.dir, 'meetings'))).toEqual(before);
    } finally {
      copy.remove();
    }
  });
});
