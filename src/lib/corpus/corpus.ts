/**
 * Reads and checks a whole content folder: the one place that knows its layout.
 *
 * Every problem is collected (not just the first) and thrown together as a
 * ContentError, so a clerk can fix them all in one go. Used by the site's content
 * collections, `npm run check`, the importer and the tests.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative } from 'node:path';
import { ContentError, closest, type ContentProblem } from '../content/content-error.ts';
import { AGENDA_ITEMS, BOARDS, counted, DECISIONS, MEETINGS } from '../text/counts.ts';
import type { ItemDecision } from '../minutes/decisions.ts';
import { findActions } from '../minutes/follow-ups.ts';
import { readKpiFolder } from '../kpi/read.ts';
import type { IndicatorFile, KpiCounts, KpiSeries } from '../kpi/load.ts';
import { treeProblems } from '../content/localities.ts';
import { MAX_NESTING, type RenderedMinutes, renderMinutes, tooDeep } from '../minutes/render.ts';
import {
  bodySchema,
  idSchema,
  itemSchema,
  localitySchema,
  meetingSchema,
  siteSchema,
  topicSchema,
  type Body,
  type ItemFrontmatter,
  type Locality,
  type Meeting,
  type SiteConfig,
  type Topic,
} from '../content/schema.ts';
import { parseYaml, validate, type YamlSource } from '../content/yaml-source.ts';
import type { YamlMemo } from '../content/yaml-memo.ts';

export type WithId<T> = T & { id: string };

/** An agenda item, checked and rendered. */
export interface ItemEntry extends ItemFrontmatter {
  /** "<meeting id>/<file name without .md>": stable, and the item page's path. */
  id: string;
  meeting: string;
  slug: string;
  /** The source file, relative to the content folder's parent. */
  file: string;
  /** Sanitised HTML of the minutes, decisions marked up. */
  html: string;
  /** The minutes as plain text, a paragraph a line: for search. */
  text: string;
  decisionList: ItemDecision[];
  /** Charts embedded in the minutes with <KpiChart …/>, with their lines in the file. */
  kpiEmbeds: { indicator: string; locality: string; line?: number }[];
  /** Follow-ups: those found in the minutes, then those written in the frontmatter. */
  actionList: ItemAction[];
}

/** A follow-up of an item, as the tracker, pages and downloads see it. */
export interface ItemAction {
  /** The fragment id on the item page: "action-1". */
  anchor: string;
  text: string;
  who?: string;
  due?: string;
  dueText?: string;
  addedByHand: boolean;
}

export interface MeetingEntry extends Meeting {
  id: string;
  file: string;
  /** Its items' ids in agenda order. */
  items: string[];
}

/** The performance figures of a content folder, checked. */
export interface KpiData {
  indicators: Map<string, IndicatorFile>;
  series: KpiSeries[];
  counts: KpiCounts;
}

/** A whole content folder, checked. */
export interface Corpus {
  kpis: KpiData;
  site: SiteConfig;
  bodies: WithId<Body>[];
  localities: WithId<Locality>[];
  topics: WithId<Topic>[];
  meetings: MeetingEntry[];
  items: ItemEntry[];
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

const MEETING_FOLDER = /^(\d{4}-\d{2}-\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)$/;
// .mdx is read as Markdown: minutes may embed <KpiChart …/>, but nothing in them runs as code.
const ITEM_FILE = /^[a-z0-9]+(?:-[a-z0-9]+)*\.mdx?$/;

/**
 * Loads `contentDir`, or throws a ContentError listing every problem.
 * Example: loadCorpus('content').items.length === 5 for the sample corpus.
 */
export function loadCorpus(
  contentDir: string,
  options: { render?: RenderItemMinutes; yamlMemo?: YamlMemo } = {},
): Corpus {
  const problems: ContentProblem[] = [];
  const display = (path: string) => relative(join(contentDir, '..'), path).split('\\').join('/');
  const reader = new ContentReader(display, problems, options.render ?? renderMinutes, options.yamlMemo);

  const siteFile = join(contentDir, 'site.yaml');
  const site = reader.yamlFile(
    siteFile,
    siteSchema,
    'site.yaml holds the site title, organisation and contact: copy it from the sample content and edit it.',
  );
  const localities = reader.folderOfYaml(join(contentDir, 'localities'), localitySchema);
  const bodies = reader.folderOfYaml(join(contentDir, 'bodies'), bodySchema);
  const topics = reader.folderOfYaml(join(contentDir, 'topics'), topicSchema);

  const localityIds = new Set(localities.map((l) => l.id));
  const refs = new References(problems);
  for (const p of treeProblems(localities)) {
    const locality = localities.find((l) => l.id === p.id)!;
    problems.push(
      p.problem === 'cycle'
        ? {
            file: locality.file,
            field: 'parent',
            line: locality.lineOf(['parent']),
            message: `The localities' parents go round in a circle: ${p.detail}.`,
            advice: "each locality's parent must be a larger area, ending at the top (England), which has no parent.",
          }
        : refs.unknown(locality.file, locality.lineOf(['parent']), 'parent', p.detail, localityIds, 'localities'),
    );
  }
  for (const body of bodies)
    refs.check(body.file, body.lineOf, 'localities', body.localities, localityIds, 'localities');

  const kpis = readKpiFolder(contentDir);
  problems.push(...kpis.problems);
  const indicatorIds = new Set([
    ...kpis.indicators.keys(),
    ...[...kpis.indicators.values()].flatMap((i) => (i.measure ? [i.measure] : [])),
  ]);

  const bodyIds = new Set(bodies.map((b) => b.id));
  const topicIds = new Set(topics.map((t) => t.id));
  const meetings: MeetingEntry[] = [];
  const items: (ItemEntry & { lineOf: YamlSource['lineOf'] })[] = [];
  const meetingsDir = join(contentDir, 'meetings');
  for (const folder of reader.list(meetingsDir)) {
    const path = join(meetingsDir, folder);
    if (!statSync(path).isDirectory()) {
      problems.push({
        file: display(path),
        message: 'This file is not inside a meeting folder.',
        advice:
          'put each meeting in its own folder named YYYY-MM-DD-<body id>, e.g. content/meetings/2019-03-06-lincolnshire-hwb/.',
      });
      continue;
    }
    const named = MEETING_FOLDER.exec(folder);
    if (!named) {
      problems.push({
        file: display(path),
        message: `The meeting folder "${folder}" is not named YYYY-MM-DD-<body id>.`,
        advice:
          "rename it to the meeting date and the body's id, e.g. 2019-03-06-lincolnshire-hwb (lower case, hyphens, no spaces).",
      });
      continue;
    }
    const meetingFile = join(path, 'meeting.yaml');
    const meeting = reader.yamlFile(
      meetingFile,
      meetingSchema,
      'each meeting folder needs a meeting.yaml with the body, date and minutes status.',
    );
    if (meeting) {
      const file = display(meetingFile);
      refs.check(file, meeting.lineOf, 'body', [meeting.value.body], bodyIds, 'bodies');
      if (meeting.value.date !== named[1]) {
        problems.push({
          file,
          field: 'date',
          line: meeting.lineOf(['date']),
          message: `The date ${meeting.value.date} does not match the folder name "${folder}".`,
          advice: 'make the folder name start with the meeting date, or correct the date.',
        });
      }
      if (meeting.value.body !== named[2]) {
        problems.push({
          file,
          field: 'body',
          line: meeting.lineOf(['body']),
          message: `The body "${meeting.value.body}" does not match the folder name "${folder}".`,
          advice: "make the folder name end with the body's id, or correct the body.",
        });
      }
    }
    const meetingItems: (ItemEntry & { lineOf: YamlSource['lineOf'] })[] = [];
    for (const name of reader.list(path)) {
      if (name === 'meeting.yaml') continue;
      const itemPath = join(path, name);
      if (!ITEM_FILE.test(name)) {
        problems.push({
          file: display(itemPath),
          message: ['.md', '.mdx'].includes(extname(name))
            ? `The file name "${name}" cannot be used in a web address.`
            : 'Minuted does not know what to do with this file, so it would be left out of the site.',
          advice: ['.md', '.mdx'].includes(extname(name))
            ? 'rename it with lower-case letters, digits and hyphens only, e.g. 03-neighbourhood-working.md.'
            : "agenda items are .md files; the meeting's details go in meeting.yaml. Move other files elsewhere.",
        });
        continue;
      }
      const item = reader.itemFile(itemPath, folder, named[1]);
      if (!item) continue;
      refs.check(item.file, item.lineOf, 'localities', item.localities, localityIds, 'localities');
      refs.check(item.file, item.lineOf, 'topics', item.topics, topicIds, 'topics');
      refs.check(item.file, item.lineOf, 'indicators', item.indicators, indicatorIds, 'indicators');
      for (const embed of item.kpiEmbeds) {
        const at = (): YamlSource['lineOf'] => () => embed.line;
        refs.check(item.file, at(), 'KpiChart indicator', [embed.indicator], indicatorIds, 'indicators');
        refs.check(item.file, at(), 'KpiChart locality', [embed.locality], localityIds, 'localities');
      }
      meetingItems.push(item);
    }
    sortByAgenda(meetingItems);
    for (const [i, item] of meetingItems.entries()) {
      const twin = meetingItems.slice(0, i).find((other) => other.number.toLowerCase() === item.number.toLowerCase());
      if (twin)
        problems.push({
          file: item.file,
          field: 'number',
          line: item.lineOf(['number']),
          message: `Item number "${item.number}" is also used by ${twin.file}.`,
          advice: 'give each item of a meeting its own number, as on the agenda.',
        });
    }
    if (meeting)
      meetings.push({ ...meeting.value, id: folder, file: display(meetingFile), items: meetingItems.map((i) => i.id) });
    items.push(...meetingItems);
  }

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
  };
}

/** Renders an item's minutes for loadCorpus: renderMinutes, or a cache of it; `path` is the item's file. */
export type RenderItemMinutes = (
  markdown: string,
  decisionInputs?: ItemFrontmatter['decisions'],
  path?: string,
) => RenderedMinutes;

/**
 * The minutes loadCorpus would render, in the order it renders them, checking only what
 * decides that: for a thread that renders them ahead of it (two-thread-check.ts). Keeps
 * nothing of an item once passed; problems are loadCorpus's to report. With `after` (an
 * item's path, as loadCorpus passes it to render), begins with the item after that one,
 * without reading those before.
 * Example: [...itemMinutes('content')].length === loadCorpus('content').items.length.
 */
export function* itemMinutes(
  contentDir: string,
  yamlMemo?: YamlMemo,
  after?: string,
): Generator<{ markdown: string; decisionInputs: ItemFrontmatter['decisions'] }> {
  const reader = new ContentReader((path) => path, [], renderMinutes, yamlMemo);
  const meetingsDir = join(contentDir, 'meetings');
  // Folders and files are met in sorted order, so the items up to `after` are those in earlier folders and, in its folder, up to its name.
  const [afterFolder, afterName] = after ? [basename(dirname(after)), basename(after)] : [];
  for (const folder of reader.list(meetingsDir)) {
    const path = join(meetingsDir, folder);
    if ((afterFolder && folder < afterFolder) || !MEETING_FOLDER.test(folder) || !statSync(path).isDirectory())
      continue;
    for (const name of reader.list(path)) {
      if (folder === afterFolder && name <= afterName!) continue;
      const source = ITEM_FILE.test(name) ? reader.itemSource(join(path, name)) : undefined;
      if (source) yield { markdown: source.body, decisionInputs: source.checked.decisions };
    }
  }
}

/** `follows:` must name an item of an earlier meeting. */
function checkFollows(
  items: readonly (ItemEntry & { lineOf: YamlSource['lineOf'] })[],
  problems: ContentProblem[],
): void {
  const byId = new Map(items.map((i) => [i.id, i]));
  for (const item of items) {
    item.follows.forEach((id, i) => {
      const earlier = byId.get(id);
      const at = { file: item.file, field: `follows[${i}]`, line: item.lineOf(['follows', i]) };
      if (!earlier) {
        const guess = closest(id, byId.keys());
        problems.push({
          ...at,
          message: `There is no item "${id}".`,
          advice: `${guess ? `did you mean "${guess}"? ` : ''}Give the earlier item as its meeting folder and file name without .md, e.g. 2019-03-01-lincolnshire-hwb/01-neighbourhood-working.`,
        });
      } else if (earlier.meeting.slice(0, 10) >= item.meeting.slice(0, 10)) {
        problems.push({
          ...at,
          message: `"${id}" is not from an earlier meeting, so this item cannot answer it.`,
          advice: 'list only items of meetings held before this one.',
        });
      }
    });
  }
}

// One collator for every comparison: localeCompare with options makes one each time (0.3 s of a 10,000-item check).
const AGENDA_NUMBERS = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });

/** Agenda order: by number, reading "2" before "10" and "6a" after "6". */
export function sortByAgenda<T extends { number: string; slug: string }>(items: T[]): T[] {
  return items.sort((a, b) => AGENDA_NUMBERS.compare(a.number, b.number) || a.slug.localeCompare(b.slug));
}

type Located<T> = WithId<T> & { file: string; lineOf: YamlSource['lineOf'] };

/** Reads files, recording problems instead of throwing. */
class ContentReader {
  private readonly display: (path: string) => string;
  private readonly problems: ContentProblem[];
  private readonly render: RenderItemMinutes;
  private readonly yamlMemo?: YamlMemo;

  constructor(
    display: (path: string) => string,
    problems: ContentProblem[],
    render: RenderItemMinutes,
    yamlMemo?: YamlMemo,
  ) {
    this.display = display;
    this.problems = problems;
    this.render = render;
    this.yamlMemo = yamlMemo;
  }

  /** Entries of a folder, sorted; a missing folder is an empty one. */
  list(dir: string): string[] {
    try {
      return readdirSync(dir)
        .filter((name) => !name.startsWith('.'))
        .sort();
    } catch {
      return [];
    }
  }

  /** The text of a file, or undefined (with a problem recorded) when it cannot be used. */
  text(path: string): string | undefined {
    const file = this.display(path);
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch {
      return undefined;
    }
    if (bytes.length === 0) {
      this.problems.push({
        file,
        message: 'The file is empty.',
        advice: 'fill it in (see the content format in README.md) or delete it.',
      });
      return undefined;
    }
    try {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    } catch {
      this.problems.push({
        file,
        message: 'The file is not saved as UTF-8 text, so some characters would come out wrong.',
        advice:
          'open it in a text editor and save it with the encoding "UTF-8" (in Notepad: Save As, Encoding: UTF-8).',
      });
      return undefined;
    }
  }

  yamlFile<T>(
    path: string,
    schema: import('astro/zod').z.ZodType<T>,
    whenMissing: string,
  ): { value: T; lineOf: YamlSource['lineOf'] } | undefined {
    const file = this.display(path);
    const text = this.text(path);
    if (text === undefined) {
      if (!this.exists(path)) this.problems.push({ file, message: 'This file is missing.', advice: whenMissing });
      return undefined;
    }
    const parsed = parseYaml(text, file, 1, this.yamlMemo);
    this.problems.push(...parsed.problems);
    if (!parsed.source) return undefined;
    const checked = validate(schema, parsed.source, file);
    this.problems.push(...checked.problems);
    return checked.value === undefined ? undefined : { value: checked.value, lineOf: parsed.source.lineOf };
  }

  /** Every `<id>.yaml` of a folder. Ids must be lower case, so two can never differ only in case. */
  folderOfYaml<T>(dir: string, schema: import('astro/zod').z.ZodType<T>): Located<T>[] {
    const found: Located<T>[] = [];
    for (const name of this.list(dir)) {
      const path = join(dir, name);
      const file = this.display(path);
      if (extname(name) !== '.yaml') {
        this.problems.push({
          file,
          message: 'Minuted only reads .yaml files here, so this one would be left out.',
          advice: 'rename it to end in .yaml, or move it out of this folder.',
        });
        continue;
      }
      const id = basename(name, '.yaml');
      if (!idSchema.safeParse(id).success) {
        this.problems.push({
          file,
          message: `"${id}" cannot be used as an id: ids appear in web addresses.`,
          advice: 'rename the file with lower-case letters, digits and single hyphens, e.g. south-east-london.yaml.',
        });
        continue;
      }
      const read = this.yamlFile(path, schema, '');
      if (read) found.push({ ...read.value, id, file, lineOf: read.lineOf });
    }
    return found;
  }

  /** An item file's checked frontmatter and its minutes as written, or undefined (with problems recorded): all that rendering the minutes needs. */
  itemSource(path: string) {
    const file = this.display(path);
    const text = this.text(path);
    if (text === undefined) return undefined;
    const split = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(text);
    if (!split) {
      this.problems.push({
        file,
        line: 1,
        message:
          'The item has no frontmatter: it must start with a line "---", its details (number, title…), and another "---".',
        advice: 'add the frontmatter at the top, as in the sample items (see "Adding a meeting" in README.md).',
      });
      return undefined;
    }
    const parsed = parseYaml(split[1], file, 2, this.yamlMemo);
    this.problems.push(...parsed.problems);
    if (!parsed.source) return undefined;
    const checked = validate(itemSchema, parsed.source, file);
    this.problems.push(...checked.problems);
    if (!checked.value) return undefined;
    const body = text.slice(split[0].length);
    if (!body.trim()) {
      this.problems.push({
        file,
        message: 'The item has no minutes text below its frontmatter.',
        advice:
          'paste the minutes below the second "---" line; if the item had no minutes, write a sentence saying so.',
      });
      return undefined;
    }
    const bodyStart = text.slice(0, split[0].length).split('\n').length;
    const code = extname(path) === '.mdx' ? /^(?:import|export)\s/m.exec(body) : null;
    if (code) {
      this.problems.push({
        file,
        line: body.slice(0, code.index).split('\n').length + bodyStart - 1,
        message: 'Minuted runs no code from minutes, so this import or export cannot be used.',
        advice:
          'delete the line: <KpiChart indicator="…" locality="…" /> needs no import, and it is the only component minutes can use.',
      });
      return undefined;
    }
    const deep = tooDeep(body);
    if (deep) {
      this.problems.push({
        file,
        line: deep.line + bodyStart - 1,
        message: `The minutes are nested ${deep.depth} levels deep here (quotes or lists inside each other); Minuted reads up to ${MAX_NESTING}.`,
        advice: 'remove the extra ">" or list markers at the start of the line; minutes never need that many levels.',
      });
      return undefined;
    }
    return { file, parsed: parsed.source, checked: checked.value, body, bodyStart };
  }

  itemFile(
    path: string,
    meeting: string,
    meetingDate: string,
  ): (ItemEntry & { lineOf: YamlSource['lineOf'] }) | undefined {
    const source = this.itemSource(path);
    if (!source) return undefined;
    const { file, parsed, checked, body, bodyStart } = source;
    let rendered;
    try {
      rendered = this.render(body, checked.decisions, path);
    } catch (error) {
      // A pathological text can exhaust the parser; name the file rather than crash.
      this.problems.push({
        file,
        message: `Minuted could not read the minutes text (${error instanceof Error ? error.message : String(error)}).`,
        advice:
          'look for unusual structure such as very deeply nested quotes or lists, or paste the text again as plain paragraphs.',
      });
      return undefined;
    }
    for (const problem of rendered.decisionProblems) {
      this.problems.push({
        file,
        field: `decisions[${problem.index}].text`,
        line: parsed.lineOf(['decisions', problem.index, 'text']),
        message: problem.message.split('. ')[0] + '.',
        advice: problem.message.split('. ').slice(1).join('. '),
      });
    }
    const slug = basename(path, extname(path));
    const actionList = [
      ...findActions(rendered.textBlocks, meetingDate).map((a) => ({ ...a, addedByHand: false })),
      ...checked.actions.map((a) => ({ ...a, addedByHand: true })),
    ].map((action, i) => ({ anchor: `action-${i + 1}`, ...action }));
    return {
      ...checked,
      id: `${meeting}/${slug}`,
      meeting,
      slug,
      file,
      html: rendered.html,
      text: rendered.textBlocks.join('\n'),
      kpiEmbeds: rendered.kpiEmbeds.map(({ line, ...embed }) => ({
        ...embed,
        line: line === undefined ? undefined : line + bodyStart - 1,
      })),
      decisionList: rendered.decisions,
      actionList,
      lineOf: parsed.lineOf,
    };
  }

  private exists(path: string): boolean {
    try {
      statSync(path);
      return true;
    } catch {
      return false;
    }
  }
}

/** Checks references between files (a body's localities, an item's topics). */
class References {
  private readonly problems: ContentProblem[];

  constructor(problems: ContentProblem[]) {
    this.problems = problems;
  }

  check(
    file: string,
    lineOf: YamlSource['lineOf'],
    field: string,
    ids: readonly string[],
    known: Set<string>,
    folder: string,
  ): void {
    ids.forEach((id, i) => {
      if (!known.has(id))
        this.problems.push(
          this.unknown(
            file,
            lineOf([field, i]) ?? lineOf([field]),
            field === 'body' ? field : `${field}[${i}]`,
            id,
            known,
            folder,
          ),
        );
    });
  }

  unknown(
    file: string,
    line: number | undefined,
    field: string,
    id: string,
    known: Set<string>,
    folder: string,
  ): ContentProblem {
    const guess = closest(id, known);
    return {
      file,
      line,
      field,
      message: `There is no ${{ bodies: 'body', localities: 'locality', topics: 'topic', indicators: 'indicator' }[folder] ?? folder} with the id "${id}".`,
      advice: `${guess ? `did you mean "${guess}"? ` : ''}The ids are the file names in content/${folder}/ (without .yaml); add content/${folder}/${id}.yaml if it is new.`,
    };
  }
}
