/** What the importer is told besides the page, and what it makes of one: the shapes the run writes from. */
import type { MeetingStatus } from '../content/schema.ts';
import type { FoundAction } from '../minutes/follow-ups.ts';
import type { RenderItemMinutes } from '../corpus/model.ts';
import type { KnownBody } from './recognise/body-match.ts';
import type { KnownLocality } from './recognise/locality-match.ts';
import type { LostLine } from './nothing-lost.ts';
import type { PageKind } from './page/page-kind.ts';
import type { Refusal, SourceFormat } from './read/source-text.ts';
import type { FallbackDecision } from './recognise/resolutions.ts';
import type { LeftOut } from './text/left-out.ts';
import type { ImportedVote } from './recognise/votes.ts';

/** What the importer knows besides the page. */
export interface ImportOptions {
  bodies: readonly KnownBody[];
  localities: readonly KnownLocality[];
  /** The body's id when the page does not name its committee (--body). */
  body?: string;
  /** The meeting date, YYYY-MM-DD, when the page does not show it (--date). */
  date?: string;
  /** Facts known from elsewhere, written into meeting.yaml over what the page gives (dateNote, source…). */
  meeting?: Partial<MeetingFields>;
  /** Topics, further localities, the indicators discussed and the source page of the items. */
  item?: { topics?: string[]; localities?: string[]; indicators?: string[]; source?: string };
  /** Renders minutes; a run passes one that remembers, so its final check need not render them again. */
  render?: RenderItemMinutes;
}

/** The fields of meeting.yaml the importer writes. */
export interface MeetingFields {
  body: string;
  date: string;
  dateApproximate?: boolean;
  datePrecision?: 'day' | 'month' | 'year';
  dateNote?: string;
  time?: string;
  venue?: string;
  status: MeetingStatus;
  attendees?: string[];
  apologies?: string[];
  notes?: string[];
  source?: string;
}

/** An item ready to write, with what was recognised in it. */
export interface ImportedItem {
  /** "2019-03-01-lincolnshire-hwb". */
  meetingFolder: string;
  /** The agenda number, when the page shows it. */
  number?: string;
  title: string;
  /** The frontmatter, all but `number` (placed when the folder is known). */
  frontmatter: Record<string, unknown>;
  /** The minutes as Markdown; for a meeting still to come (`agenda`), the agenda's text. */
  markdown: string;
  agenda: boolean;
  /** How many decisions the site will show (its own recogniser's count, fallbacks included). */
  decisions: number;
  /** Resolutions the site's recogniser missed, written to the frontmatter's `decisions`. */
  fallbackDecisions: FallbackDecision[];
  /** Follow-ups the site will find in the minutes. */
  actions: FoundAction[];
  votes: ImportedVote[];
  /** What a person should check, in words for the clerk; empty when nothing is uncertain. */
  review: string[];
}

export interface ImportedPage {
  ok: true;
  kind: PageKind;
  format: SourceFormat;
  meetings: MeetingFields[];
  items: ImportedItem[];
  /** What was left out of the minutes, and why. */
  leftOut: LeftOut[];
  /** Lines of the source that are in none of the files: each an error. */
  lost: LostLine[];
}

export type ImportResult = ImportedPage | ({ ok: false } & Refusal);
