/**
 * The content collections. Their schemas are the content format's schemas
 * (src/lib/schema.ts), extended with what the loader works out (ids, decisions).
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { corpusLoader } from './content-loader.ts';
import { bodySchema, decisionOutcomes, itemSchema, localitySchema, meetingSchema, siteSchema, topicSchema } from './lib/schema.ts';

const withId = { id: z.string() };

const decisionSchema = z.object({
  outcome: z.enum(decisionOutcomes),
  text: z.string(),
  anchor: z.string(),
  addedByHand: z.boolean(),
});

export const collections = {
  site: defineCollection({ loader: corpusLoader('site'), schema: siteSchema }),
  bodies: defineCollection({ loader: corpusLoader('bodies'), schema: bodySchema.extend(withId) }),
  localities: defineCollection({ loader: corpusLoader('localities'), schema: localitySchema.extend(withId) }),
  topics: defineCollection({ loader: corpusLoader('topics'), schema: topicSchema.extend(withId) }),
  meetings: defineCollection({
    loader: corpusLoader('meetings'),
    schema: meetingSchema.extend({ ...withId, file: z.string(), items: z.array(z.string()) }),
  }),
  items: defineCollection({
    loader: corpusLoader('items'),
    schema: itemSchema.extend({
      ...withId,
      number: z.string(),
      meeting: z.string(),
      slug: z.string(),
      file: z.string(),
      decisionList: z.array(decisionSchema),
      actionList: z.array(
        z.object({ anchor: z.string(), text: z.string(), who: z.string().optional(), due: z.string().optional(), dueText: z.string().optional(), addedByHand: z.boolean() }),
      ),
    }),
  }),
};
