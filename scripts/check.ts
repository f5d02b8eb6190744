/** `npm run check`: validates the content folder without building the site. */
import { contentDir } from '../src/lib/content-dir.ts';
import { ContentError } from '../src/lib/content-error.ts';
import { loadCorpus } from '../src/lib/corpus.ts';
import { describeCounts } from '../src/lib/kpi/load.ts';

const dir = contentDir(process.cwd());
try {
  const corpus = loadCorpus(dir);
  const decisions = corpus.items.reduce((n, item) => n + item.decisionList.length, 0);
  console.log(describeCounts(corpus.kpis.counts));
  console.log(`✓ ${dir}: ${corpus.meetings.length} meetings, ${corpus.items.length} agenda items, ${decisions} decisions, ${corpus.bodies.length} bodies, ${corpus.localities.length} localities, ${corpus.topics.length} topics. No problems found.`);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
