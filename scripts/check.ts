/** `npm run check`: validates the content folder without building the site. */
import { contentDir } from '../src/lib/content-dir.ts';
import { ContentError } from '../src/lib/content-error.ts';
import { corpusSize, loadCorpus } from '../src/lib/corpus.ts';
import { describeCounts } from '../src/lib/kpi/load.ts';

const dir = contentDir(process.cwd());
try {
  const corpus = loadCorpus(dir);
  const size = corpusSize(corpus);
  console.log(describeCounts(corpus.kpis.counts));
  console.log(`✓ ${dir}: ${size.meetings}, ${size.items}, ${size.decisions}, ${size.bodies}, ${size.localities}, ${size.topics}. No problems found.`);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
