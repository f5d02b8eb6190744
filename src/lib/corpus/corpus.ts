/**
 * Reads and checks a whole content folder: the one place that knows its layout.
 *
 * Every problem is collected (not just the first) and thrown together as a
 * ContentError, so a clerk can fix them all in one go. Used by the site's content
 * collections, `npm run check`, the importer and the tests.
 */
import { join, relative } from 'node:path';
import { ContentError, type ContentProblem, whereIs } from '../content/content-error.ts';
import { siteSchema } from '../content/schema.ts';
import type { YamlMemo } from '../content/yaml-memo.ts';
import { glossaryOf } from '../minutes/glossary-terms.ts';
import { renderMinutes } from '../minutes/render.ts';
import { AGENDA_ITEMS, BOARDS, counted, DECISIONS, MEETINGS } from '../text/counts.ts';
import { readBodiesLocalitiesTopics } from './bodies-localities-topics.ts';
import { checkContentFolder } from './content-folder.ts';
import { ContentReader } from './content-reader.ts';
import { readGlossary } from './glossary-file.ts';
import type { ItemMemo } from './item-memo.ts';
import { readKpiFolder } from './kpi-folder.ts';
import { readMeetings } from './meetings.ts';
import { readPostcodeFile } from './postcodes.ts';
import type { Corpus, RenderItemMinutes } from './model.ts';
import { checkFollows, References } from './references.ts';

/**
 * Loads `contentDir`, or throws a ContentError listing every problem. With `itemMemo`
 * (kept with the cache that `render` reads, as minutes-cache.ts keeps it), item files
 * unchanged since an earlier load are not read again.
 * Example: loadCorpus('content').items.length === 5 for the sample corpus.
 */
export function loadCorpus(
  contentDir: string,
  options: { render?: RenderItemMinutes; yamlMemo?: YamlMemo; itemMemo?: ItemMemo } = {},
): Corpus {
  const problems: ContentProblem[] = [];
  const display = (path: string) => relative(join(contentDir, '..'), path).split('\\').join('/');
  const reader = new ContentReader(contentDir, display, problems, options.yamlMemo);
  const refs = new References(problems);
  if (!checkContentFolder(reader, contentDir)) throw new ContentError(problems);

  const site = reader.yamlFile(
    join(contentDir, 'site.yaml'),
    siteSchema,
    'site.yaml holds the site title, organisation and contact: copy it from the sample content and edit it.',
  );
  const { localities, bodies, topics } = readBodiesLocalitiesTopics(reader, refs, contentDir);

  const localityIds = reader.idsIn(join(contentDir, 'localities'), localities);
  const postcodes = readPostcodeFile(reader, contentDir, localityIds);
  const kpis = readKpiFolder(
    reader,
    contentDir,
    localityIds,
    new Map(localities.flatMap(({ id, ons }) => (ons ? [[ons, id]] : []))),
  );
  const indicatorIds = new Set([
    ...reader.idsIn(
      join(contentDir, 'indicators'),
      [...kpis.indicators.keys()].map((id) => ({ id })),
    ),
    ...[...kpis.indicators.values()].flatMap((i) => (i.measure ? [i.measure] : [])),
  ]);

  // Read before the minutes, whose first use of each of its terms links to it.
  const glossary = readGlossary(reader, contentDir);
  const terms = glossaryOf(glossary);
  const render = options.render ?? renderMinutes;
  const { meetings, items } = readMeetings(
    reader,
    (markdown, decisionInputs, how, path) => render(markdown, decisionInputs, { ...how, glossary: terms }, path),
    refs,
    join(contentDir, 'meetings'),
    {
      bodies: reader.idsIn(join(contentDir, 'bodies'), bodies),
      localities: localityIds,
      topics: reader.idsIn(join(contentDir, 'topics'), topics),
      indicators: indicatorIds,
    },
    options.itemMemo && { memo: options.itemMemo, glossary: terms.digest },
  );

  checkFollows(items, problems);
  if (problems.length > 0) throw new ContentError(problems);
  const strip = <T extends { lineOf: unknown; file: string }>({ lineOf, file, ...rest }: T) => rest;
  meetings.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
  return {
    kpis: { indicators: kpis.indicators, series: kpis.series, counts: kpis.counts },
    site: site!.value,
    bodies: bodies.map(strip),
    localities: localities.map(strip),
    topics: topics.map(strip),
    meetings,
    items: items.map(({ lineOf, ...item }) => item),
    postcodes,
    glossary,
    notes: reader.notes,
  };
}

/**
 * What a content folder holds, in words, for the closing lines of `npm run check` and `npm run build`.
 * Example: corpusSize(loadCorpus('content')).meetings === '5 meetings'.
 */
export function corpusSize(
  corpus: Corpus,
): Record<'meetings' | 'items' | 'decisions' | 'bodies' | 'localities' | 'topics', string> {
  return {
    meetings: counted(corpus.meetings.length, MEETINGS),
    items: counted(corpus.items.length, AGENDA_ITEMS),
    decisions: counted(
      corpus.items.reduce((n, item) => n + item.decisionList.length, 0),
      DECISIONS,
    ),
    bodies: counted(corpus.bodies.length, BOARDS),
    localities: counted(corpus.localities.length, ['locality', 'localities']),
    topics: counted(corpus.topics.length, ['topic', 'topics']),
  };
}

/**
 * A loaded folder's notes (what was read but deserves a look), as `npm run check`, the
 * build and the live preview print them; '' when there are none.
 * Example: describeNotes(loadCorpus('content').notes) === ''.
 */
export function describeNotes(notes: readonly ContentProblem[]): string {
  return notes.map((note) => `Note: ${whereIs(note)}\n  ${note.message}\n  What to do: ${note.advice}`).join('\n\n');
}
