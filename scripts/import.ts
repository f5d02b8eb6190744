/**
 * `npm run import -- --out <content-dir> [--body <id>] [--date YYYY-MM-DD] [--force] <file-or-folder>...`
 *
 * Imports minutes (committee pages as text or saved HTML, PDF and Word documents) into a
 * content folder, shows progress on stderr, prints a summary and writes import-report.md.
 * Exit code 1 when any file needs the clerk, 2 for a mistake in the command itself.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ContentError } from '../src/lib/content/content-error.ts';
import { loadCorpus } from '../src/lib/corpus/corpus.ts';
import { reportMarkdown, summary } from '../src/lib/import/report.ts';
import { expandInputs } from '../src/lib/import/input-files.ts';
import { rememberingRender } from '../src/lib/import/remembering-render.ts';
import { failed, runImport } from '../src/lib/import/run-import.ts';

const USAGE = `Usage: npm run import -- --out <content-dir> [--body <id>] [--date YYYY-MM-DD] [--force] <file-or-folder>...

Imports minutes into a Minuted content folder: committee pages saved as text or HTML
(ModernGov, CMIS and others: agenda items, issues, decisions, whole meetings), and
printed minutes as PDF or Word (.docx) files.

  --out <dir>     the content folder (with bodies/ and localities/), e.g. content
  --body <id>     the body, when a page does not name its committee
  --date <date>   the meeting date YYYY-MM-DD, when a page does not show it
  --force         import over files edited by hand (fields you added are kept; edited
                  minutes are kept aside in import-kept/)
`;

/** Progress on a terminal is one line rewritten; in a log, a line every 50 files. */
function progress(): (line: string) => void {
  if (process.stderr.isTTY)
    return (line) => process.stderr.write(`\r\u001b[K${line.slice(0, (process.stderr.columns ?? 80) - 1)}`);
  let count = 0;
  return (line) => {
    if (count++ % 50 === 0 || line.startsWith('  ')) console.error(line);
  };
}

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        body: { type: 'string' },
        date: { type: 'string' },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!values.out || positionals.length === 0) {
    console.error(
      `${values.out ? 'Name at least one file or folder to import.' : 'Say where the content folder is with --out, e.g. --out content.'}\n\n${USAGE}`,
    );
    return 2;
  }
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) {
    console.error(`--date ${values.date} is not a date written YYYY-MM-DD: give it as e.g. --date 2019-03-06.`);
    return 2;
  }
  const out = resolve(values.out);
  const log = progress();
  const render = rememberingRender();
  const report = await runImport(
    expandInputs(positionals).map((path) => ({ path })),
    { out, force: values.force, body: values.body, date: values.date, log, render },
  );
  if (process.stderr.isTTY) process.stderr.write('\n');
  mkdirSync(out, { recursive: true });
  // The report sits in the content folder; items' paths start with its name.
  writeFileSync(
    join(out, 'import-report.md'),
    reportMarkdown(report, new Date(), (path) => path.slice(basename(out).length + 1)),
  );
  console.log(`${summary(report)}\nThe report for each file is in ${join(values.out, 'import-report.md')}.`);
  let bad = report.files.some(failed);
  if (existsSync(join(out, 'site.yaml'))) {
    try {
      loadCorpus(out, { render });
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      console.error(`\nThe content folder does not build yet:\n${error.message}`);
      bad = true;
    }
  }
  return bad ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  process.exitCode = await main(process.argv.slice(2));
