/**
 * The content format of a Minuted site: the one source of truth.
 *
 * The build's content check (`src/lib/corpus.ts`, also `npm run check`), the importer
 * and the tests all validate against these schemas. The README's "Content format"
 * section documents them for council staff; keep the two in step.
 */
import { z } from 'astro/zod';
import { readPostcode } from '../text/postcodes.ts';
import { slugify } from '../text/slug.ts';
import { dateAdvice, timeAdvice } from '../text/written-dates.ts';

/** A lower-case id as used in file and folder names: `bromley`, `sel-jhosc`. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens, e.g. "south-east-london"');

/** A calendar date written YYYY-MM-DD that exists (2025-02-30 does not). */
export const isoDateSchema = z.string().superRefine((value, context) => {
  const advice = !/^\d{4}-\d{2}-\d{2}$/.test(value)
    ? dateAdvice(value)
    : isRealDate(value)
      ? undefined
      : 'this date does not exist on the calendar';
  if (advice) context.addIssue({ code: 'custom', message: advice });
});

/** True when `yyyy-mm-dd` names a real calendar day. Example: isRealDate('2024-02-29') === true. */
export function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A web address starting http:// or https:// (never javascript: or data:). */
export const urlSchema = z.url({ protocol: /^https?$/, error: 'give a full web address starting https://' });

const colourSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'give a colour as six-digit hex, e.g. "#1d70b8"');

/**
 * The WCAG contrast ratio of white text on a #rrggbb colour.
 * Example: contrastWithWhite('#1d70b8') ≈ 5.17.
 */
export function contrastWithWhite(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return 1.05 / (luminance + 0.05);
}

/** `content/site.yaml`: who publishes the site and how it looks. */
export const siteSchema = z.strictObject({
  /** Shown in the header and the browser tab. */
  title: z.string().trim().min(1),
  /** The council or NHS body that publishes the site. */
  organisation: z.string().trim().min(1),
  /** One or two sentences for the home page and search engines. */
  description: z.string().trim().min(1),
  /** Where people report an accessibility problem or ask for another format. */
  contact: z.strictObject({
    email: z.email('give an email address, e.g. democratic.services@example.gov.uk'),
    url: urlSchema.optional(),
    phone: z.string().optional(),
  }),
  /** The licence the minutes and figures are published under. */
  licence: z.strictObject({ name: z.string().min(1), url: urlSchema }).default({
    name: 'Open Government Licence v3.0',
    url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
  }),
  /** Colours and logo; each colour must keep 4.5:1 contrast with white text. */
  theme: z
    .strictObject({
      /** Header background behind white text. */
      primary: colourSchema
        .refine(
          (c) => contrastWithWhite(c) >= 4.5,
          'white text on this colour would be hard to read (its contrast is below 4.5:1): choose a darker shade',
        )
        .default('#1d70b8'),
      accent: colourSchema.default('#ffdd00'),
      /** A file in `public/`, e.g. "logo.svg": never another site's, which would learn who reads every page. */
      logo: z
        .string()
        .regex(
          /^(?![./])(?!.*\.\.)[\w./-]+\.(?:svg|png|jpe?g|gif|webp|avif)$/i,
          'give the name of an image file you put in public/, e.g. "logo.svg": the logo is part of the site, never loaded from another one',
        )
        .optional(),
    })
    .default({ primary: '#1d70b8', accent: '#ffdd00' }),
  /** True for demonstration content: every page then says so. */
  sample: z.boolean().default(false),
  /** The date the accessibility statement was last reviewed. */
  accessibilityReviewed: isoDateSchema.optional(),
  /** A person's audit against WCAG 2.2 AA and the problems it found, a sentence each; until one is recorded the statement says "partially compliant". */
  accessibilityAudit: z
    .strictObject({
      date: isoDateSchema,
      by: z.string().trim().min(1),
      result: z.enum(['fully compliant', 'partially compliant']),
      problems: z.array(z.string().trim().min(1)).default([]),
    })
    .optional(),
});

export const bodyKinds = [
  'health and wellbeing board',
  'scrutiny committee',
  'scrutiny sub-committee',
  'joint committee',
  'icb board',
  'partnership',
  'other',
] as const;

/** `content/bodies/<id>.yaml`: a board or committee that meets. */
export const bodySchema = z.strictObject({
  /** Full name, e.g. "Bromley Health and Wellbeing Board". */
  name: z.string().trim().min(1),
  /** Short name for tight spaces, e.g. "Bromley HWB". */
  shortName: z.string().trim().min(1).optional(),
  kind: z.enum(bodyKinds),
  /** The council or NHS body that hosts it. */
  organisation: z.string().trim().min(1),
  /** Ids of the localities it covers (files in `content/localities/`). */
  localities: z.array(idSchema).min(1),
  /** Its page on the organisation's website. */
  website: urlSchema.optional(),
  description: z.string().optional(),
});

export const localityKinds = [
  'nation',
  'region',
  'integrated care system',
  'county',
  'borough',
  'unitary',
  'district',
  'place',
  'neighbourhood',
] as const;

/** A name people use for a place, "Beckenham"; a postcode is not one, as it belongs in postcodes.csv. */
const placeNameSchema = z
  .string()
  .trim()
  .min(1)
  .refine(
    (name) => !readPostcode(name),
    'postcodes and postcode districts go in content/postcodes.csv (see "The content format" in README.md), not among the names of places',
  );

/** `content/localities/<id>.yaml`: a place; parents make a tree (England > London > Bromley). */
export const localitySchema = z.strictObject({
  name: z.string().trim().min(1),
  kind: z.enum(localityKinds),
  /** Id of the locality this one sits within; leave out only for the top (England). */
  parent: idSchema.optional(),
  /** The ONS GSS code, e.g. E09000006. */
  ons: z
    .string()
    .regex(/^[EWSNK]\d{8}$/, 'an ONS code is a letter and eight digits, e.g. E09000006')
    .optional(),
  population: z
    .number()
    .int('give the population as a whole number of people, 0 or more, e.g. 41049')
    .nonnegative('give the population as a whole number of people, 0 or more, e.g. 41049')
    .optional(),
  /** The names people use for places in it (towns, wards, neighbourhoods, former names), for "Find your area". */
  places: z
    .array(placeNameSchema)
    .default([])
    .superRefine((names, context) =>
      names.forEach((name, i) => {
        if (names.findIndex((other) => slugify(other) === slugify(name)) < i)
          context.addIssue({ code: 'custom', path: [i], message: 'it is already in this list: list each place once' });
      }),
    ),
});

/** `content/postcodes.csv`, optional: a row a postcode, with the id of a locality it is in; a postcode may have several rows. */
export const postcodeColumns = ['postcode', 'locality'] as const;

/** A postcode of postcodes.csv: a full one, "BR1 3UH", or a postcode district, "BR1", in any case and spacing; read as Royal Mail writes it. */
export const postcodeSchema = z.string().transform((typed, context) => {
  const postcode = readPostcode(typed);
  if (postcode) return postcode.text;
  context.addIssue({
    code: 'custom',
    message: 'give a full postcode such as BR1 3UH, or a postcode district (the part before the space) such as BR1',
  });
  return z.NEVER;
});

/** `content/topics/<id>.yaml`: a subject items can be filed under. */
export const topicSchema = z.strictObject({
  name: z.string().trim().min(1),
  description: z.string().optional(),
});

/** A meeting's life at one address: its agenda while `scheduled` (or `cancelled`), then its minutes, `draft` until `approved`. */
export const meetingStatuses = ['scheduled', 'cancelled', 'draft', 'approved'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

/**
 * True when the meeting's items hold its minutes; those of a scheduled or cancelled meeting hold its agenda.
 * Example: hasMinutes({ status: 'draft' }) === true; hasMinutes({ status: 'scheduled' }) === false.
 */
export const hasMinutes = (meeting: { status: MeetingStatus }): boolean =>
  meeting.status === 'draft' || meeting.status === 'approved';

/** `content/meetings/<YYYY-MM-DD>-<body>/meeting.yaml`: one sitting of a body. */
export const meetingSchema = z.strictObject({
  /** Id of the body that met (a file in `content/bodies/`). */
  body: idSchema,
  /** The day it met (or meets, when scheduled), YYYY-MM-DD; it must match the folder name. */
  date: isoDateSchema,
  /** True when the date is an estimate: pages then show it as approximate. */
  dateApproximate: z.boolean().default(false),
  /** How much of the date is known: "month" shows "March 2019", "year" shows "2019". */
  datePrecision: z.enum(['day', 'month', 'year']).default('day'),
  /** Why the date is uncertain, shown beside it. */
  dateNote: z.string().optional(),
  /** Start time, 24-hour HH:MM. */
  time: z
    .string()
    .superRefine((value, context) => {
      if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(value)) context.addIssue({ code: 'custom', message: timeAdvice(value) });
    })
    .optional(),
  venue: z.string().optional(),
  /** "scheduled" while only its agenda is known, "cancelled" if called off; "draft" once minutes are written, until the body approves them at its next meeting. */
  status: z.enum(meetingStatuses),
  attendees: z.array(z.string().min(1)).default([]),
  apologies: z.array(z.string().min(1)).default([]),
  /** Other details from the top of the minutes, as written (officers in attendance, the meeting's own heading). */
  notes: z.array(z.string().min(1)).default([]),
  /** The page the minutes were published on. */
  source: urlSchema.optional(),
});

export type SiteConfig = z.infer<typeof siteSchema>;
export type Body = z.infer<typeof bodySchema>;
export type Locality = z.infer<typeof localitySchema>;
export type Topic = z.infer<typeof topicSchema>;
export type Meeting = z.infer<typeof meetingSchema>;
