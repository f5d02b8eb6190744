/**
 * A synthetic archive for `npm run bench`: real sentences from the sample minutes,
 * shuffled into as many meetings and items as asked, deterministically.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasMinutes } from '../content/schema.ts';
import { loadCorpus } from '../corpus/corpus.ts';

const RESOLUTIONS = [
  'RESOLVED that the report be noted.',
  'RESOLVED\n\nThat the Board approve the refreshed strategy and its delivery plan.',
  'AGREED:\n\n1) that the Committee note the report;\n\n2) that a further report be brought back to a future meeting.',
  'The Sub-Committee NOTED the report.',
  'RESOLVED that the statement be endorsed, and the plans approved.',
  'RESOLVED – that consideration of the item be deferred to the next meeting.',
];

/** A small seeded random number generator (mulberry32), so every run writes the same files. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Writes a content folder of `items` agenda items (about 8 a meeting) to `dir`, using
 * `sample` (a content folder) for the site settings, localities, topics and sentences.
 * Example: writeSyntheticCorpus('/tmp/bench/content', 1000, 'content') → { meetings: 125, items: 1000 }.
 */
export function writeSyntheticCorpus(dir: string, items: number, sample: string): { meetings: number; items: number } {
  const corpus = loadCorpus(sample);
  // Sentences of minutes only: a meeting still to come has its agenda's.
  const minuted = new Set(corpus.meetings.filter(hasMinutes).map((m) => m.id));
  const paragraphs = [
    ...new Set(
      readdirSync(join(sample, 'meetings'))
        .filter((m) => minuted.has(m))
        .flatMap((m) =>
          readdirSync(join(sample, 'meetings', m))
            .filter((f) => f.endsWith('.md'))
            .flatMap((f) =>
              readFileSync(join(sample, 'meetings', m, f), 'utf8')
                .split(/^---$/m)
                .at(-1)!
                .split(/\n\s*\n/),
            )
            .map((p) => p.trim())
            .filter((p) => p.length > 80 && !/^(RESOLVED|AGREED|The Sub-Committee NOTED)/.test(p)),
        ),
    ),
  ];
  const next = random(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const leaves = corpus.localities.filter((l) => l.parent).map((l) => l.id);
  const topics = corpus.topics.map((t) => t.id);

  mkdirSync(dir, { recursive: true });
  cpSync(join(sample, 'site.yaml'), join(dir, 'site.yaml'));
  cpSync(join(sample, 'localities'), join(dir, 'localities'), { recursive: true });
  cpSync(join(sample, 'topics'), join(dir, 'topics'), { recursive: true });
  // The sample's real figures, so the bench builds the charts too.
  for (const folder of ['indicators', 'kpis'])
    if (existsSync(join(sample, folder))) cpSync(join(sample, folder), join(dir, folder), { recursive: true });
  // And its glossary, so the bench links its terms in the minutes too.
  if (existsSync(join(sample, 'glossary.yaml'))) cpSync(join(sample, 'glossary.yaml'), join(dir, 'glossary.yaml'));
  mkdirSync(join(dir, 'bodies'));
  const bodies = Array.from({ length: 12 }, (_, i) => `board-${i + 1}`);
  for (const [i, id] of bodies.entries()) {
    writeFileSync(
      join(dir, 'bodies', `${id}.yaml`),
      `name: Synthetic Health Board ${i + 1}\nkind: health and wellbeing board\norganisation: Synthetic Council ${i + 1}\nlocalities: [${pick(leaves)}]\n`,
    );
  }

  let written = 0;
  let meetings = 0;
  for (let m = 0; written < items; m++) {
    const body = bodies[m % bodies.length];
    // Each body meets every 20 days or so, going back from 2025.
    const day = new Date(Date.UTC(2025, 11, 1) - Math.floor(m / bodies.length) * 20 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const folder = join(dir, 'meetings', `${day}-${body}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(
      join(folder, 'meeting.yaml'),
      `body: ${body}\ndate: ${day}\nstatus: approved\nvenue: Council Chamber\n`,
    );
    meetings += 1;
    const count = Math.min(items - written, 6 + Math.floor(next() * 5));
    for (let n = 1; n <= count; n++) {
      const text = Array.from({ length: 4 + Math.floor(next() * 8) }, () => pick(paragraphs));
      const localities = [...new Set([pick(leaves), pick(leaves)])];
      const itemTopics = [...new Set([pick(topics), pick(topics)])];
      writeFileSync(
        join(folder, `${String(n).padStart(2, '0')}-item-${n}.md`),
        `---\nnumber: "${n}"\ntitle: Synthetic agenda item ${n} of ${day}\nlocalities: [${localities.join(', ')}]\ntopics: [${itemTopics.join(', ')}]\n---\n\n${text.join('\n\n')}\n\n${pick(RESOLUTIONS)}\n`,
      );
      written += 1;
    }
  }
  return { meetings, items: written };
}
