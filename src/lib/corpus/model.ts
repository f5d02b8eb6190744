/** What a checked content folder holds: the shapes every page, feed and download reads. */
import type { ItemDecision } from '../minutes/decisions.ts';
import type { KpiCounts } from '../kpi/load.ts';
import type { IndicatorFile, KpiSeries } from '../kpi/series.ts';
import type { RenderedMinutes, RenderOptions } from '../minutes/render.ts';
import type { ContentProblem } from '../content/content-error.ts';
import type { ItemMinutes } from './rendered-minutes.ts';
import type { Body, Locality, Meeting, SiteConfig, Topic } from '../content/schema.ts';
import type { ItemFrontmatter } from '../content/item-schema.ts';
import type { GlossaryEntry } from '../content/glossary-schema.ts';

export type WithId<T> = T & { id: string };

/** An agenda item, checked and rendered. */
export interface ItemEntry extends ItemFrontmatter {
  /** "<meeting id>/<file name without .md>": stable, and the item page's path. */
  id: string;
  meeting: string;
  slug: string;
  /** The source file, relative to the content folder's parent. */
  file: string;
  /** The minutes rendered: their HTML, decisions marked up, and their plain text. */
  minutes: ItemMinutes;
  decisionList: ItemDecision[];
  /** Charts embedded in the minutes with <KpiChart …/>, with their lines in the file. */
  kpiEmbeds: { indicator: string; locality: string; line?: number }[];
  /** Follow-ups: those found in the minutes, then those written in the frontmatter. */
  actionList: ItemAction[];
  /** The glossary's terms its minutes use, as the glossary writes them: for search. */
  terms: string[];
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

/** A full postcode ("BR1 3UH") or postcode district ("BR1") and the ids of the localities it is in. */
export interface PostcodeArea {
  postcode: string;
  localities: string[];
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
  /** postcodes.csv's postcodes, by postcode; none without the file. */
  postcodes: PostcodeArea[];
  /** glossary.yaml's terms, as written there; none without the file. */
  glossary: GlossaryEntry[];
  /** What was read but is worth the clerk's attention (a file not saved as UTF-8): printed, never stopping a build. */
  notes: ContentProblem[];
}

/** Renders an item's minutes (or agenda text) for loadCorpus: renderMinutes, or a cache of it; `path` is the item's file. */
export type RenderItemMinutes = (
  markdown: string,
  decisionInputs?: ItemFrontmatter['decisions'],
  options?: RenderOptions,
  path?: string,
) => RenderedMinutes;
