import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus.ts';
import { copySampleContent } from '../support/content-fixture.ts';
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
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/import.ts'), '--out', content.dir, ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const meetingFolder = join(content.dir, 'meetings/2016-04-05-lincolnshire-hwb');
const snapshot = () => Object.fromEntries(readdirSync(meetingFolder).map((f) => [f, readFileSync(join(meetingFolder, f), 'utf8')]));

describe('npm run import', () => {
  it('imports a whole meeting into a folder the site builds, with progress and a summary', () => {
    const run = runImport('--body', 'lincolnshire-hwb', join(FIXTURES, 'meeting-lincolnshire-hwb.txt'));
    expect(run.stderr).toContain('[1/1]');
    expect(run.stdout).toContain('Read 1 file: 7 items, 7 decisions, 2 actions, 1 votes;');
    expect(run.status).toBe(0);
    expect(readdirSync(meetingFolder)).toEqual(['01-apologies-for-absence-replacement-members.md', '02-declarations-of-members-interests.md', '03-minutes-of-the-previous-meeting-held-on-8-december-2015.md', '04-pharmaceutical-needs-assessment.md', '05-better-care-fund-plan-2016-17.md', '06-exclusion-of-the-press-and-public.md', 'hcp1-lincolnshire-health-and-care-programme-update.md', 'meeting.yaml']);
    const corpus = loadCorpus(content.dir);
    expect(corpus.items.filter((i) => i.meeting === '2016-04-05-lincolnshire-hwb').map((i) => i.decisionList.length)).toEqual([0, 0, 1, 2, 2, 1, 1]);
    expect(corpus.meetings.find((m) => m.id === '2016-04-05-lincolnshire-hwb')).toMatchObject({ time: '14:00', status: 'approved' });
  });

  it('gives the same bytes when run again, and says nothing changed', () => {
    const before = snapshot();
    const run = runImport('--body', 'lincolnshire-hwb', join(FIXTURES, 'meeting-lincolnshire-hwb.txt'));
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('0 files written, 8 unchanged');
    expect(snapshot()).toEqual(before);
  });

  it('never overwrites an item edited by hand, unless run with --force', () => {
    const file = join(meetingFolder, '04-pharmaceutical-needs-assessment.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('\n---\n', '\ntopics: [primary-care]\n---\n'));
    const edited = readFileSync(file, 'utf8');
    const refused = runImport('--body', 'lincolnshire-hwb', join(FIXTURES, 'meeting-lincolnshire-hwb.txt'));
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain('04-pharmaceutical-needs-assessment.md was edited by hand, so it was not overwritten.');
    expect(refused.stdout).toContain('How to fix: keep your edits');
    expect(readFileSync(file, 'utf8')).toBe(edited);
    const forced = runImport('--force', '--body', 'lincolnshire-hwb', join(FIXTURES, 'meeting-lincolnshire-hwb.txt'));
    expect(forced.status).toBe(0);
    expect(readFileSync(file, 'utf8')).not.toContain('primary-care');
  });

  it('reports each bad file with advice, imports the others, and fails at the end', () => {
    const bad = {
      'empty.txt': '',
      'report.pdf.txt': Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'),
      'latin1.txt': Buffer.from([0x41, 0x67, 0x65, 0x6e, 0x64, 0x61, 0x20, 0xe9, 0xff, 0xfe, 0x0a]),
      'news.txt': 'Council news\n\nThe library will open late on Monday.\n',
    };
    for (const [name, data] of Object.entries(bad)) writeFileSync(join(inputs, name), data);
    const run = runImport('--body', 'llr-jhsc', '--date', '2019-01-21', inputs, join(FIXTURES, 'item-llr-jhsc.txt'));
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/✗ .*empty\.txt\n {2}The file is empty\.\n {2}How to fix: /);
    expect(run.stdout).toMatch(/✗ .*report\.pdf\.txt\n {2}It is a PDF/);
    expect(run.stdout).toMatch(/✗ .*latin1\.txt\n {2}The file is not in an encoding/);
    expect(run.stdout).toMatch(/✗ .*news\.txt\n {2}This does not look like a ModernGov minutes page/);
    expect(run.stdout).toContain('Read 5 files: 1 items, 3 decisions, 1 actions, 0 votes;');
    expect(run.stdout).toContain('4 failures.');
    expect(existsSync(join(content.dir, 'meetings/2019-01-21-llr-jhsc/02-urgent-and-emergency-care-update.md'))).toBe(true);
  });

  it('reports a page whose date or committee it cannot tell, rather than guessing', () => {
    const noDate = runImport('--body', 'bromley-hwb', join(SEEDS, '003_a0a7aef98eacf8e8.txt'));
    expect(noDate.status).toBe(1);
    expect(noDate.stdout).toContain("The page does not show the meeting's date.\n  How to fix: give it with --date YYYY-MM-DD");
    const ambiguous = runImport(join(FIXTURES, 'meeting-lincolnshire-hwb.txt'));
    expect(ambiguous.stdout).toContain('The page names the committee "Health and Wellbeing Board", which could be any of: bromley-hwb, lincolnshire-hwb.');
    const typo = runImport('--body', 'bromly-hwb', '--date', '2023-06-29', join(SEEDS, '003_a0a7aef98eacf8e8.txt'));
    expect(typo.stdout).toContain('did you mean "bromley-hwb"?');
  });

  it('explains its usage when the command is incomplete', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/import.ts'), join(FIXTURES, 'item-llr-jhsc.txt')], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Say where the content folder is with --out');
  });
});

describe('the sample content', () => {
  it('is what scripts/make-sample.ts makes from the seeds', () => {
    const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.includes('.')).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]);
    const before = files(join(ROOT, 'content/meetings'));
    const copy = copySampleContent();
    try {
      const run = spawnSync(process.execPath, [join(ROOT, 'scripts/make-sample.ts')], { encoding: 'utf8', env: { ...process.env, MINUTED_SAMPLE_OUT: copy.dir } });
      expect(run.status, run.stderr).toBe(0);
      expect(files(join(copy.dir, 'meetings'))).toEqual(before);
    } finally {
      copy.remove();
    }
  });
});
