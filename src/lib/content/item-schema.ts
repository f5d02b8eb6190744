/**
 * The format of an agenda item's frontmatter, with the decisions, follow-ups and votes
 * a person may add by hand: part of the content format whose site-wide parts are in
 * `schema.ts`. The README's "Content format" section documents both.
 */
import { z } from 'astro/zod';
import { idSchema, isoDateSchema, urlSchema } from './schema.ts';

export const decisionOutcomes = [
  'noted',
  'agreed',
  'approved',
  'endorsed',
  'recommended',
  'deferred',
  'rejected',
] as const;
export type DecisionOutcome = (typeof decisionOutcomes)[number];

/**
 * A decision written by hand in an item's frontmatter. If `text` matches the start of a
 * resolution found in the minutes, it corrects that one (its outcome, or `remove: true`
 * when it is not a decision at all); otherwise it adds a decision.
 */
export const decisionInputSchema = z.strictObject({
  text: z.string().trim().min(1),
  outcome: z.enum(decisionOutcomes).optional(),
  remove: z.boolean().default(false),
});

/** A follow-up asked of officers or partners, written by hand (the minutes' own are found in the text). */
export const actionInputSchema = z.strictObject({
  /** What was asked, e.g. "Report back on performance indicators and the care portal". */
  text: z.string().trim().min(1),
  /** Who was asked. */
  who: z.string().trim().min(1).optional(),
  /** When it is due, YYYY-MM-DD. */
  due: isoDateSchema.optional(),
});

export const voteOutcomes = ['carried', 'not agreed', 'deferred', 'withdrawn'] as const;

/** A recorded vote on the item. */
export const voteSchema = z.strictObject({
  /** What was voted on, e.g. "the amendment moved by Councillor Smith". */
  motion: z.string().optional(),
  for: z.number().int().nonnegative(),
  against: z.number().int().nonnegative(),
  abstain: z.number().int().nonnegative().default(0),
  outcome: z.enum(voteOutcomes),
  /** Named votes, where recorded. */
  named: z
    .strictObject({
      for: z.array(z.string()).default([]),
      against: z.array(z.string()).default([]),
      abstain: z.array(z.string()).default([]),
    })
    .optional(),
});

const supportingDocumentSchema = z.strictObject({ title: z.string().trim().min(1), url: urlSchema });

/** The frontmatter of an agenda item: `content/meetings/<meeting>/<NN-slug>.md`. */
export const itemSchema = z.strictObject({
  /** The number on the agenda: "6", "6a", "HCP1". */
  number: z.string().trim().min(1),
  title: z.string().trim().min(1),
  /** A minute reference, e.g. "HWB.05.04.2016/6". */
  minuteRef: z.string().optional(),
  /** The agenda's description of the item, before the minutes. */
  description: z.string().optional(),
  /** Ids of the localities it concerns (files in `content/localities/`). */
  localities: z.array(idSchema).default([]),
  /** Ids of its topics (files in `content/topics/`). */
  topics: z.array(idSchema).default([]),
  /** Apologies, declarations of interest, previous minutes and the like. */
  procedural: z.boolean().default(false),
  source: urlSchema.optional(),
  supportingDocuments: z.array(supportingDocumentSchema).default([]),
  decisions: z.array(decisionInputSchema).default([]),
  /** Follow-ups asked in this item, in addition to those found in the minutes. */
  actions: z.array(actionInputSchema).default([]),
  /** Ids of earlier items whose follow-ups this item answers, e.g. "2019-03-01-lincolnshire-hwb/01-neighbourhood-working". */
  follows: z
    .array(
      z
        .string()
        .regex(
          /^\d{4}-\d{2}-\d{2}-[a-z0-9-]+\/[a-z0-9-]+$/,
          'give the earlier item as <meeting folder>/<file name without .md>',
        ),
    )
    .default([]),
  votes: z.array(voteSchema).default([]),
  /** Ids of the indicators discussed (files in `content/indicators/`). */
  indicators: z.array(idSchema).default([]),
  /** What the importer was unsure of, for a person to check: `npm run check` lists it, the site never shows it. Delete it once checked. */
  review: z.string().trim().min(1).optional(),
});

export type ItemFrontmatter = z.infer<typeof itemSchema>;
export type DecisionInput = z.infer<typeof decisionInputSchema>;
export type ActionInput = z.infer<typeof actionInputSchema>;
export type Vote = z.infer<typeof voteSchema>;
