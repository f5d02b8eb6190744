/**
 * `node scripts/bench-minutes.ts [--items N] [--rounds R]`: times the minutes pipeline
 * alone, in milliseconds an item, on the sample content and on a synthetic archive of N
 * items (synthetic-corpus.ts), with the glossary and decisions a build gives it: once with
 * GFM's own autolink literal (remark-gfm, as the pipeline was) and once as it is
 * (remark/gfm.ts). Rounds alternate between the two and the best of R is shown, after one
 * to warm up, so the machine's other work counts least.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import remarkGfm from 'remark-gfm';
import { writeSyntheticCorpus } from '../src/lib/build/synthetic-corpus.ts';
import { loadCorpus } from '../src/lib/corpus/corpus.ts';
import { minutesRenderer, renderMinutes } from '../src/lib/minutes/render.ts';

const { values } = parseArgs({
  options: { items: { type: 'string', default: '2000' }, rounds: { type: 'string', default: '5' } },
});
type Render = typeof renderMinutes;
const pipelines: [string, Render][] = [
  ['remark-gfm', minutesRenderer(remarkGfm)],
  ['remark/gfm.ts', renderMinutes],
];

/** Every render a load of `content` asks for, so each can be timed again alone. */
function rendersOf(content: string): Parameters<Render>[] {
  const calls: Parameters<Render>[] = [];
  loadCorpus(content, {
    render: (markdown, decisionInputs, options) => {
      calls.push([markdown, decisionInputs, options]);
      return renderMinutes(markdown, decisionInputs, options);
    },
  });
  return calls;
}

/** The best milliseconds an item of each pipeline, over `rounds` rounds of rendering every call. */
function msPerItem(calls: Parameters<Render>[], rounds: number): number[] {
  const best = pipelines.map(() => Infinity);
  for (let round = 0; round <= rounds; round++)
    for (const [i, [, render]] of pipelines.entries()) {
      const start = performance.now();
      for (const call of calls) render(...call);
      if (round > 0) best[i] = Math.min(best[i], (performance.now() - start) / calls.length);
    }
  return best;
}

const work = mkdtempSync(join(tmpdir(), 'minuted-bench-minutes-'));
try {
  writeSyntheticCorpus(join(work, 'content'), Number(values.items), 'content');
  console.log(`| content | items | ${pipelines.map(([name]) => `${name}, ms an item`).join(' | ')} |`);
  console.log(`| --- | ---: | ${pipelines.map(() => '---:').join(' | ')} |`);
  for (const [name, content, rounds] of [
    // The sample's few items are rendered many times over, for a steady figure.
    ['sample', 'content', Number(values.rounds) * 20],
    ['synthetic', join(work, 'content'), Number(values.rounds)],
  ] as const) {
    const calls = rendersOf(content);
    console.log(
      `| ${name} | ${calls.length} | ${msPerItem(calls, rounds)
        .map((ms) => ms.toFixed(3))
        .join(' | ')} |`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
