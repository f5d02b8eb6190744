/**
 * `npm run test:corpus`, first part: imports every page of the labelled minutes corpus
 * (../shared/minutes-corpus, or $MINUTED_SHARED/minutes-corpus) as a new user would (with
 * --body and --date), builds the result, and measures it against the labels: pages
 * refused, lines kept, decisions (recall and precision), recorded votes and follow-ups.
 * Prints the figures; exits 1 when any is below the issue's bar, or when the corpus is not
 * there. The npm script then runs the tests of tests/minutes-corpus on the same corpus.
 *
 *   node scripts/test-corpus.ts [--keep] [--no-build]
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findActions } from '../src/lib/minutes/follow-ups.ts';
import { ContentError } from '../src/lib/content/content-error.ts';
import { loadCorpus } from '../src/lib/corpus/corpus.ts';
import { renderMinutes } from '../src/lib/minutes/render.ts';
import { itemTexts, lostLines, meetingTexts } from '../src/lib/import/nothing-lost.ts';
import { runImport } from '../src/lib/import/run-import.ts';
import { parseYaml } from '../src/lib/content/yaml-source.ts';
import {
  CORPUS,
  corpusMissing,
  matchesLabel,
  pageText,
  readLabelledPages,
  type LabelledPage,
} from './corpus/labels.ts';

const BAR = { linesKept: 0.99, decisionRecall: 0.95, decisionPrecision: 0.95, votes: 1, followUps: 0.9 };
const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: { keep: { type: 'boolean', default: false }, 'no-build': { type: 'boolean', default: false } },
});

const missing = corpusMissing();
if (missing) {
  console.error(missing);
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'minuted-corpus-'));
const content = join(work, 'content');
for (const part of ['site.yaml', 'bodies', 'localities', 'topics'])
  cpSync(join(root, 'content', part), join(content, part), { recursive: true });
writeFileSync(
  join(content, 'bodies/corpus-board.yaml'),
  'name: Corpus Board\nkind: other\norganisation: The councils and NHS bodies of the minutes corpus\nlocalities: [england]\n',
);

const pages = readLabelledPages(CORPUS);
const started = performance.now();
const report = await runImport(
  pages.map((page) => ({ path: join(CORPUS, page.file) })),
  { out: content, force: false, body: 'corpus-board', date: '2020-01-01', log: () => {} },
);
const importSeconds = (performance.now() - started) / 1000;

/** An item file on disk: its frontmatter and minutes. */
function readItem(path: string) {
  const text = readFileSync(join(work, path), 'utf8');
  const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? ['', '', text];
  const data = (parseYaml(front, path).source?.data ?? {}) as Record<string, unknown> & {
    decisions?: { text: string; outcome?: 'agreed'; remove?: boolean }[];
    votes?: { for: number; against: number; abstain?: number }[];
    actions?: { text: string }[];
  };
  return { data, body, meeting: path.split('/').at(-2)! };
}

let lines = 0;
let kept = 0;
/** Lines wholly left out, by their named reason (furniture, labels…). */
const leftOutLines = new Map<string, number>();
const labelled = { decisions: 0, decisionsFound: 0, votes: 0, votesFound: 0, followUps: 0, followUpsFound: 0 };
const found = { decisions: 0, decisionsRight: 0 };
/** Meeting dates read from the pages that show one: right, wrong (another date read), or not read. */
const dates = { right: 0, wrong: 0, missed: 0 };
const misses: string[] = [];
const refused: { page: LabelledPage; problem: string }[] = [];
for (const [i, page] of pages.entries()) {
  const file = report.files[i];
  const source = pageText(page, CORPUS);
  labelled.decisions += page.resolutions.length;
  labelled.followUps += page.followups.length;
  if (page.votes) labelled.votes += 1;
  const sourceLines = source.split('\n').filter((l) => l.trim()).length;
  lines += sourceLines;
  if (file.refused) {
    refused.push({ page, problem: file.refused.problem });
    continue;
  }
  const items = file.items.map((item) => readItem(item.path));
  if (page.date) {
    // The --date given is 2020-01-01: a meeting on that day took it, the page's own date unread.
    const read = [...new Set(items.map((item) => item.meeting.slice(0, 10)))].filter((d) => d !== '2020-01-01');
    if (read.includes(page.date)) dates.right += 1;
    else if (read.length > 0) dates.wrong += 1;
    else dates.missed += 1;
  }
  const meetings = [...new Set(items.map((item) => item.meeting))].map(
    (folder) =>
      parseYaml(readFileSync(join(content, 'meetings', folder, 'meeting.yaml'), 'utf8'), folder).source?.data as Record<
        string,
        unknown
      >,
  );
  // What reached the disk, field by field, checked again here rather than taken from the importer's word.
  const written = [
    ...meetings.flatMap((m) => meetingTexts(m as Parameters<typeof meetingTexts>[0])),
    ...items.flatMap(({ data, body }) => itemTexts(data as Parameters<typeof itemTexts>[0], body)),
  ];
  const fullText = readFileSync(join(CORPUS, page.file), 'utf8');
  const offset = fullText.split('\n').length - source.split('\n').length;
  const lost = lostLines(fullText, file.leftOut, written).filter((l) => l.line > offset);
  kept += sourceLines - lost.length;
  const wholly = new Map(
    file.leftOut
      .filter((l) => l.text.trim() === fullText.split('\n')[l.at - 1]?.trim() && l.at > offset)
      .map((l) => [l.at, l.reason]),
  );
  for (const reason of wholly.values()) leftOutLines.set(reason, (leftOutLines.get(reason) ?? 0) + 1);
  for (const l of lost) misses.push(`${page.file}: lost line ${l.line - offset}: ${l.text.slice(0, 90)}`);

  const decisions = items.flatMap(({ data, body }) =>
    renderMinutes(
      body,
      (data.decisions ?? []).map((d) => ({ ...d, remove: d.remove ?? false })),
    ).decisions.map((d) => d.text),
  );
  found.decisions += decisions.length;
  found.decisionsRight += decisions.filter((d) => page.resolutions.some((r) => matchesLabel(r, d))).length;
  for (const d of decisions.filter((d) => !page.resolutions.some((r) => matchesLabel(r, d))))
    misses.push(`${page.file}: decision not labelled: ${d.replace(/\s+/g, ' ').slice(0, 90)}`);
  for (const r of page.resolutions) {
    if (decisions.some((d) => matchesLabel(r, d))) labelled.decisionsFound += 1;
    else misses.push(`${page.file}: resolution missed: ${r.slice(0, 90)}`);
  }
  const votes = items.flatMap(({ data }) => data.votes ?? []);
  if (page.votes) {
    const { for: yes, against, abstain } = page.votes;
    if (votes.some((v) => v.for === yes && v.against === against && (abstain === null || (v.abstain ?? 0) === abstain)))
      labelled.votesFound += 1;
    else misses.push(`${page.file}: vote missed: ${JSON.stringify(page.votes)}; found ${JSON.stringify(votes)}`);
  }
  const actions = items.flatMap(({ data, body }) => [
    ...findActions(renderMinutes(body).textBlocks, '2020-01-01').map((a) => a.text),
    ...(data.actions ?? []).map((a) => a.text),
  ]);
  for (const f of page.followups) {
    if (actions.some((a) => matchesLabel(f, a))) labelled.followUpsFound += 1;
    else misses.push(`${page.file}: follow-up missed: ${f.slice(0, 90)}`);
  }
}

let checked = 'passes npm run check';
let checkOk = true;
try {
  loadCorpus(content);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  checked = `fails npm run check:\n${error.message}`;
  checkOk = false;
}
let built = 'not built (--no-build)';
let buildOk = true;
if (!values['no-build'] && checkOk) {
  const start = performance.now();
  const build = spawnSync(process.execPath, [join(root, 'scripts/build.ts')], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: content,
      MINUTED_DIST: join(work, 'dist'),
      MINUTED_CACHE_DIR: join(work, 'cache'),
    },
  });
  buildOk = build.status === 0;
  built = buildOk
    ? `builds (${((performance.now() - start) / 1000).toFixed(0)} s)`
    : `does not build:\n${build.stderr.slice(-3000)}`;
  // Review notes are for the clerk: no page, feed or download may carry one.
  const notes = new Set(report.files.flatMap((f) => f.items.flatMap((i) => i.review)));
  const leaked = buildOk
    ? readdirSync(join(work, 'dist'), { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.(?:html|xml|json|csv|ics|txt)$/.test(f))
        .filter((f) =>
          [...notes].some((note) => readFileSync(join(work, 'dist', f), 'utf8').includes(note.slice(0, 60))),
        )
    : [];
  if (leaked.length > 0) {
    buildOk = false;
    built += `, but ${leaked.length} of its files show review notes, which the site must not: ${leaked.slice(0, 5).join(', ')}`;
  }
}

const share = (n: number, of: number) => (of === 0 ? 1 : n / of);
const percent = (n: number) => `${(100 * n).toFixed(1)} %`;
const figures = {
  linesKept: share(kept, lines),
  decisionRecall: share(labelled.decisionsFound, labelled.decisions),
  decisionPrecision: share(found.decisionsRight, found.decisions),
  votes: share(labelled.votesFound, labelled.votes),
  followUps: share(labelled.followUpsFound, labelled.followUps),
};
const verdict = (key: keyof typeof BAR) => (figures[key] >= BAR[key] ? 'ok' : `BELOW ${percent(BAR[key])}`);
if (process.env.MINUTED_CORPUS_MISSES || figures.linesKept < 1) console.log(misses.join('\n'));
console.log(`
Minutes corpus: ${pages.length} pages, imported in ${importSeconds.toFixed(1)} s
  refused            ${refused.length}${refused.map(({ page, problem }) => `\n    ${page.file}: ${problem}`).join('')}
  lines kept         ${percent(figures.linesKept)} (${kept} of ${lines} non-blank lines)   ${verdict('linesKept')}
    of which left out whole, each for a reason the report names: ${[...leftOutLines]
      .sort((a, b) => b[1] - a[1])
      .map(([reason, n]) => `${n} ${reason}`)
      .join(', ')}
  decisions recall   ${percent(figures.decisionRecall)} (${labelled.decisionsFound} of ${labelled.decisions} labelled lines)   ${verdict('decisionRecall')}
  decisions precision ${percent(figures.decisionPrecision)} (${found.decisionsRight} of ${found.decisions} found)   ${verdict('decisionPrecision')}
  recorded votes     ${labelled.votesFound} of ${labelled.votes}   ${verdict('votes')}
  meeting dates      ${dates.right} read right, ${dates.wrong} wrong, ${dates.missed} not read (of the ${dates.right + dates.wrong + dates.missed} pages that show one)
  follow-ups         ${percent(figures.followUps)} (${labelled.followUpsFound} of ${labelled.followUps} labelled lines)   ${verdict('followUps')}
  the imported folder ${checked}
  the imported folder ${built}`);

// Only pages with nothing recorded may be refused: none with labelled decisions, votes or follow-ups.
const wronglyRefused = refused.filter(({ page }) => page.resolutions.length || page.votes || page.followups.length);
const pass =
  (Object.keys(BAR) as (keyof typeof BAR)[]).every((key) => figures[key] >= BAR[key]) &&
  wronglyRefused.length === 0 &&
  checkOk &&
  buildOk;
if (values.keep) console.log(`\nThe imported content is in ${content}`);
else rmSync(work, { recursive: true, force: true });
process.exitCode = pass ? 0 : 1;
