/** `npm run check`: validates the content folder without building the site. */
import { contentDir } from '../src/lib/config/content-dir.ts';
import { ContentError } from '../src/lib/content/content-error.ts';
import { corpusSize, describeNotes, loadCorpus } from '../src/lib/corpus/corpus.ts';
import { describeCounts } from '../src/lib/kpi/load.ts';

const dir = contentDir(process.cwd());
try {
  const corpus = loadCorpus(dir);
  const size = corpusSize(corpus);
  if (corpus.notes.length > 0) console.log(`${describeNotes(corpus.notes)}\n`);
  console.log(describeCounts(corpus.kpis.counts));
  console.log(
    `✓ ${dir}: ${size.meetings}, ${size.items}, ${size.decisions}, ${size.bodies}, ${size.localities}, ${size.topics}. No problems found.`,
  );
  const toReview = corpus.items.filter((item) => item.review);
  if (toReview.length > 0) {
    console.log(
      `\n${toReview.length} ${toReview.length === 1 ? 'item is' : 'items are'} marked for review (the site does not show these notes; delete each "review:" line once you have checked):`,
    );
    for (const item of toReview) console.log(`- ${item.file}: ${item.review}`);
  }
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
