/**
 * A meeting still to come: its agenda is read with no decision or follow-up in it, it may be
 * dated after the build's day, and once its day has passed without minutes `npm run check`
 * says so. The build's day is pinned, so these never depend on the day they run.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import { copySampleContent, problemsOf, type ContentFixture } from '../support/content-fixture.ts';

const SCHEDULED = 'meetings/2027-01-28-bromley-hwb';
const NEXT = 'meetings/2027-03-25-bromley-hwb';

let fixture: ContentFixture;
beforeEach(() => {
  vi.stubEnv('MINUTED_TODAY', '2026-12-06');
  fixture = copySampleContent();
});
afterEach(() => {
  vi.unstubAllEnvs();
  fixture.remove();
});

/** A meeting of 25 March 2027 with `status` and these items. */
function meeting(status: string, items: Record<string, string>) {
  mkdirSync(join(fixture.dir, NEXT));
  fixture.write(`${NEXT}/meeting.yaml`, `body: bromley-hwb\ndate: 2027-03-25\nstatus: ${status}\n`);
  for (const [name, text] of Object.entries(items)) fixture.write(`${NEXT}/${name}`, text);
}

const AGENDA_TEXT = `---
number: "4"
title: Hospital discharge
---

The Board is recommended to note the report.

RESOLVED that the Board endorse the discharge plan.

The Board requested a further report in six months.
`;

describe('a scheduled meeting', () => {
  it('may be dated after the build, and its agenda text has no decision or follow-up in it', () => {
    meeting('scheduled', { '04-hospital-discharge.md': AGENDA_TEXT });
    const corpus = loadCorpus(fixture.dir);
    const item = corpus.items.find((i) => i.meeting === '2027-03-25-bromley-hwb')!;
    expect(item.decisionList).toEqual([]);
    expect(item.actionList).toEqual([]);
    // The agenda's words are shown as written, not marked up as a decision.
    expect(item.minutes.html).toContain('RESOLVED that the Board endorse the discharge plan.');
    expect(item.minutes.html).not.toContain('class="decision"');
    expect(corpus.notes).toEqual([]);
  });

  it('reads the same text as minutes once the meeting is draft, on its day or after', () => {
    vi.stubEnv('MINUTED_TODAY', '2027-03-25');
    meeting('draft', { '04-hospital-discharge.md': AGENDA_TEXT });
    const item = loadCorpus(fixture.dir).items.find((i) => i.meeting === '2027-03-25-bromley-hwb')!;
    expect(item.decisionList.map((d) => d.outcome)).toEqual(['endorsed']);
    expect(item.actionList).toHaveLength(1);
  });

  it('may have items with only a title and a description, which minutes may not', () => {
    const bare = '---\nnumber: "1"\ntitle: Apologies for absence\nprocedural: true\n---\n';
    meeting('scheduled', { '01-apologies.md': bare });
    expect(loadCorpus(fixture.dir).items.filter((i) => i.meeting === '2027-03-25-bromley-hwb')).toHaveLength(1);
    fixture.edit(`${NEXT}/meeting.yaml`, (t) => t.replace('status: scheduled', 'status: approved'));
    vi.stubEnv('MINUTED_TODAY', '2027-03-25');
    expect(problemsOf(fixture.dir)).toEqual([
      expect.objectContaining({
        file: `content/${NEXT}/01-apologies.md`,
        message: 'The item has no minutes text below its frontmatter.',
      }),
    ]);
  });

  it('refuses decisions, votes, follow-ups and answers written by hand, saying to add them with the minutes', () => {
    meeting('scheduled', {
      '04-hospital-discharge.md': AGENDA_TEXT.replace(
        '---\n\n',
        'decisions:\n  - text: The Board agreed the plan.\n    outcome: agreed\nvotes:\n  - for: 5\n    against: 1\n    outcome: carried\n---\n\n',
      ),
    });
    const problems = problemsOf(fixture.dir);
    const file = `${NEXT}/04-hospital-discharge.md`;
    expect(problems.map((p) => [p.field, p.line])).toEqual([
      ['decisions', fixture.lineOf(file, '  - text:')],
      ['votes', fixture.lineOf(file, '  - for:')],
    ]);
    expect(problems[0]).toMatchObject({
      file: `content/${file}`,
      message:
        'The item gives "decisions", but its meeting has not been held: its meeting.yaml says it is scheduled or cancelled, so it has no minutes yet.',
    });
    expect(problems[0].advice).toContain("change the meeting's status to draft");
  });

  it('once its day has passed without minutes, loads with a note saying to add them and change the status', () => {
    vi.stubEnv('MINUTED_TODAY', '2027-02-01');
    const corpus = loadCorpus(fixture.dir);
    expect(corpus.notes).toEqual([
      {
        file: `content/${SCHEDULED}/meeting.yaml`,
        field: 'status',
        line: fixture.lineOf(`${SCHEDULED}/meeting.yaml`, 'status:'),
        message:
          'The meeting was due on 2027-01-28, before the day of this build (2027-02-01), and is still "status: scheduled": the site says its minutes are not yet published.',
        advice:
          'once its minutes are published, put them below the frontmatter of its items and change the status to draft; if it did not take place, change the status to cancelled.',
      },
    ]);
  });

  it('is no longer noted once it is cancelled', () => {
    vi.stubEnv('MINUTED_TODAY', '2027-02-01');
    fixture.edit(`${SCHEDULED}/meeting.yaml`, (t) => t.replace('status: scheduled', 'status: cancelled'));
    expect(loadCorpus(fixture.dir).notes).toEqual([]);
  });
});

describe('a meeting with minutes', () => {
  it('is still refused when dated after the build, with advice to make it scheduled', () => {
    fixture.edit(`${SCHEDULED}/meeting.yaml`, (t) => t.replace('status: scheduled', 'status: draft'));
    const problems = problemsOf(fixture.dir);
    expect(problems[0]).toMatchObject({
      file: `content/${SCHEDULED}/meeting.yaml`,
      field: 'date',
      message:
        'The meeting is dated 2027-01-28, after the day of this build (2026-12-06), yet it has minutes ("status: draft").',
    });
    expect(problems[0].advice).toContain('write "status: scheduled"');
  });
});
