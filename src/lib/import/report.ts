/**
 * The import report, for the clerk: printed at the end of a run, and written as
 * import-report.md in the content folder. Per file: what it became, what was recognised,
 * what needs review and why, what was left out, and anything that went wrong.
 */
import { pageKinds } from './page/page-kind.ts';
import { failed, type FileReport, type ImportReport } from './run-import.ts';
import { countLeftOut, LEFT_OUT_REASONS } from './text/left-out.ts';

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** The run's totals in one sentence. */
function totals(report: ImportReport): string {
  const items = report.files.flatMap((f) => f.items);
  const sum = (key: 'decisions' | 'votes' | 'actions') => items.reduce((n, item) => n + item[key], 0);
  const refused = report.files.filter((f) => f.refused).length;
  const review = items.filter((i) => i.review.length > 0).length;
  return `Read ${plural(report.files.length, 'file')}: ${plural(items.length, 'item')}, ${plural(sum('decisions'), 'decision')}, ${plural(sum('votes'), 'vote')}, ${plural(sum('actions'), 'follow-up')}; ${plural(review, 'item')} to review; ${plural(report.written.length, 'file')} written, ${report.unchanged.length.toLocaleString('en-GB')} unchanged; ${plural(refused, 'file')} not imported; ${plural(report.files.filter(failed).length, 'problem')}.`;
}

/** What a file needs from the clerk, as "✗ file / what is wrong / How to fix:" blocks. */
function problems(file: FileReport): string[] {
  const blocks: string[] = [];
  if (file.refused)
    blocks.push(
      `✗ ${file.file}${file.refused.line ? `, line ${file.refused.line}` : ''}\n  ${file.refused.problem}\n  How to fix: ${file.refused.advice}`,
    );
  for (const problem of file.problems)
    blocks.push(`✗ ${file.file}\n  ${problem.problem}\n  How to fix: ${problem.advice}`);
  if (file.lost.length > 0) {
    const lines = file.lost
      .slice(0, 5)
      .map((l) => `    line ${l.line}: ${l.text.length > 100 ? `${l.text.slice(0, 100)}…` : l.text}`);
    blocks.push(
      `✗ ${file.file}\n  ${plural(file.lost.length, 'line')} of the file did not reach the files written:\n${lines.join('\n')}${file.lost.length > 5 ? `\n    … and ${file.lost.length - 5} more` : ''}\n  How to fix: this is a fault in the importer; copy the lines into the item by hand, and please report the file to the Minuted project.`,
    );
  }
  return blocks;
}

/**
 * The summary printed at the end of a run: each problem, then the items to review, then the totals.
 * Example: summary(report).endsWith('0 problems.').
 */
export function summary(report: ImportReport): string {
  const reviews = report.files.flatMap((f) => f.items.filter((i) => i.review.length > 0));
  const reviewText = reviews.length
    ? [
        `To review (${reviews.length}; the reasons are in each file's "review:" and in import-report.md):\n${reviews
          .slice(0, 20)
          .map((i) => `  ${i.path}`)
          .join('\n')}${reviews.length > 20 ? `\n  … and ${reviews.length - 20} more` : ''}`,
      ]
    : [];
  return [...report.files.flatMap(problems), ...reviewText, totals(report)].join('\n\n');
}

const escapeCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** Markdown that shows text as written: its special characters escaped. */
const literal = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|#~]/g, '\\$&');

/** Every piece a file had left out, line by line, folded away: so the clerk can see exactly what it was. */
function leftOutList(file: FileReport): string {
  const pieces = [...file.leftOut]
    .sort((a, b) => a.at - b.at)
    .map(
      (piece) =>
        `- line ${piece.at}: ${literal(piece.text)} (${piece.reason === 'meeting' ? 'in meeting.yaml' : LEFT_OUT_REASONS[piece.reason].replace(/ \(.*$/, '')})`,
    );
  return `<details><summary>What was left out, line by line</summary>\n\n${pieces.join('\n')}\n\n</details>`;
}

/**
 * The report as Markdown, a section per file; `link` makes an item's path (relative to
 * the content folder's parent) a link from where the report is written.
 * Example: reportMarkdown(report).startsWith('# Import report').
 */
export function reportMarkdown(
  report: ImportReport,
  when: Date,
  link: (path: string) => string = (path) => path,
): string {
  const sections = report.files.map((file) => {
    const head = `## ${file.file}`;
    if (file.refused)
      return `${head}\n\nNot imported. ${file.refused.problem} ${file.refused.advice[0].toUpperCase()}${file.refused.advice.slice(1)}`;
    const read = `Read as ${file.kind ? pageKinds[file.kind] : 'minutes'} (${file.format}).${file.agenda ? ' It is an agenda, recording nothing yet: its meeting is written as scheduled, and becomes draft when you import its minutes.' : ''}`;
    const rows = file.items.map(
      (i) =>
        `| [${escapeCell(i.number)}. ${escapeCell(i.title)}](${link(i.path).split('/').map(encodeURIComponent).join('/')}) | ${i.decisions} | ${i.votes} | ${i.actions} | ${escapeCell(i.review.join(' ')) || '–'} |`,
    );
    const table = rows.length
      ? `| item | decisions | votes | follow-ups | to review |\n| --- | --- | --- | --- | --- |\n${rows.join('\n')}`
      : '';
    const leftOut = file.leftOut.length
      ? `Left out or turned into structure: ${countLeftOut(file.leftOut)
          .map(([reason, n]) => `${n} × ${LEFT_OUT_REASONS[reason]}`)
          .join('; ')}.\n\n${leftOutList(file)}`
      : 'Nothing left out.';
    const trouble = problems(file).map((p) =>
      p.replace(/^✗ [^\n]*\n\s*/, '**Problem:** ').replace(/\n\s*How to fix:/, ' How to fix:'),
    );
    return [head, read, table, leftOut, ...trouble].filter(Boolean).join('\n\n');
  });
  return `# Import report\n\n${when.toISOString().slice(0, 16).replace('T', ' ')} UTC. ${totals(report)}\n\nItems marked for review have a \`review:\` line saying what to check; delete the line once checked. \`npm run check\` lists them.\n\n${sections.join('\n\n')}\n`;
}
