/**
 * The format of performance figures: `content/indicators/<id>.yaml` says what an indicator
 * measures and how to read it; `content/kpis/*.csv` holds its figures, one row per
 * indicator, locality and period. README.md documents both for analysts; keep them in step.
 */
import { z } from 'astro/zod';
import { idSchema, isoDateSchema } from '../content/schema.ts';
import { parsePeriod } from './periods.ts';

/** How a value is written: "percent" shows 16.1%, "rate per 100,000" shows 1,725 per 100,000. */
export const indicatorFormats = ['percent', 'rate per 100,000', 'years', 'count', 'score'] as const;
export type IndicatorFormat = (typeof indicatorFormats)[number];

/** Which way is better; "no judgement" for context figures such as population. */
export const polarities = ['higher is better', 'lower is better', 'no judgement'] as const;
export type Polarity = (typeof polarities)[number];

export const frequencies = ['monthly', 'quarterly', 'annual', 'biennial', 'irregular'] as const;

/** A web address starting https:// (sources are linked from every chart, so never http: or javascript:). */
const httpsUrlSchema = z.url({ protocol: /^https$/, error: 'give the full web address starting https://' });

/** A period label Minuted can read, e.g. "2024/25". */
const periodLabelSchema = z.union([z.string(), z.number().transform(String)]).superRefine((label, context) => {
  const result = parsePeriod(label);
  if (!result.ok)
    context.addIssue({ code: 'custom', message: `${result.message.replace(/\.$/, '')}; ${result.advice}` });
});

/** A target for every locality: the value to reach, and optionally by when. */
const targetSchema = z.strictObject({
  /** The value to reach (or better, by the indicator's polarity). */
  value: z.number({ error: 'give the target as a number, e.g. 66.7' }),
  /** The day it should be reached by, YYYY-MM-DD. */
  date: isoDateSchema.optional(),
  /** What the target is called where it is shown, e.g. "National ambition". */
  label: z.string().trim().min(1).default('Target'),
});

/** A target for one locality. */
const localityTargetSchema = targetSchema.extend({
  /** Id of the locality it applies to (a file in `content/localities/`). */
  locality: idSchema,
});

/** A change of method: figures from `from` on are not compared with earlier ones, and lines are not joined across it. */
const methodChangeSchema = z.strictObject({
  /** The first period on the new method, e.g. "2024/25". */
  from: periodLabelSchema,
  /** What changed, shown beside the chart, e.g. "New method from 2024/25, not comparable with earlier years". */
  note: z.string().trim().min(1),
});

/** One series of a Fingertips export: an indicator for one sex and age; rows broken down by a category are not read. */
const fingertipsSeriesSchema = z.strictObject({
  /** The export's "Indicator ID", e.g. 90280. */
  id: z.number().int().positive(),
  /** The export's "Sex", as written there, e.g. "Female". */
  sex: z.string().trim().min(1).default('Persons'),
  /** The export's "Age", as written there, e.g. "18+ yrs". */
  age: z.string().trim().min(1),
});

/**
 * One series of a Nomis download (nomisweb.co.uk, the API's `….data.csv`): each
 * key names a column of the download as its header does, in any case (e.g. GENDER_NAME),
 * and its value is the cell as written there (e.g. "Total"). A row is this indicator's when
 * every column named has that value; its area comes from GEOGRAPHY_CODE, its period from
 * DATE_NAME and its figure from OBS_VALUE.
 */
const nomisSeriesSchema = z
  .record(
    z
      .string()
      .trim()
      .regex(/^[A-Za-z][\w ]*$/, { error: 'name a column of the download, e.g. GENDER_NAME' }),
    z.union([z.string().trim().min(1), z.number().transform(String)]),
  )
  .refine((columns) => Object.keys(columns).length > 0, {
    error: 'name at least one column of the download and its value, e.g. GENDER_NAME: Total',
  });

/** The fields of `content/indicators/<id>.yaml`; indicatorSchema adds the rules between them. */
const indicatorFields = z.strictObject({
  /**
   * Its name as a heading and at the start of chart summaries, e.g. "Healthy life expectancy
   * at birth (female)". The file may leave it out when its figures come from a Fingertips
   * export, which names the indicator (see indicatorFileSchema); a title given here wins.
   */
  title: z.string().trim().min(1),
  /** One or two sentences on what it measures. */
  description: z.string().trim().min(1),
  /** The unit as published, shown in table headings, e.g. "Directly standardised rate per 100,000". */
  unit: z.string().trim().min(1),
  /** How a value is written. */
  format: z.enum(indicatorFormats),
  /** Decimal places a figure is shown with on pages and charts; downloads keep figures as published. */
  decimals: z.number().int().min(0).max(10).default(1),
  /** Which way is better: decides "improving" or "worsening" and whether a target is met. */
  polarity: z.enum(polarities),
  /** One target for all localities, or a list of targets each for one locality. */
  targets: z.union([targetSchema, z.array(localityTargetSchema).min(1)]).optional(),
  /** Who publishes the figures, where, and under which licence; shown beside every chart. */
  source: z.strictObject({
    /** The official publisher, e.g. "ONS, via OHID Fingertips indicator 90362". */
    publisher: z.string().trim().min(1),
    /** Where the figures can be checked. */
    url: httpsUrlSchema,
    licence: z.strictObject({ name: z.string().trim().min(1), url: httpsUrlSchema.optional() }),
    /** Where this copy was taken from when it is not the publisher's own page, e.g. a repository at a commit. */
    via: z.string().trim().min(1).optional(),
  }),
  /** How often new figures are published. */
  frequency: z.enum(frequencies),
  /**
   * The theme a place's page lists it under, e.g. "Adult social care"; indicators without
   * one are listed last, under "Other figures". Editions of one measure take the newest one's.
   */
  theme: z.string().trim().min(1).optional(),
  /** Caveats shown beside the chart, e.g. "Values for 2020/21 are affected by the pandemic". */
  notes: z.array(z.string().trim().min(1)).default([]),
  /**
   * Id of the measure this indicator is an edition of. Editions of one measure (e.g. an
   * earlier ONS edition that was later revised) are shown together but never joined
   * into one line. Leave out when there is only one edition.
   */
  measure: idSchema.optional(),
  /** The name of this edition, e.g. "Earlier ONS edition (2009-11 to 2016-18)"; needed with `measure`. */
  edition: z.string().trim().min(1).optional(),
  /** Changes of method within this indicator's own figures. */
  methodChanges: z.array(methodChangeSchema).default([]),
  /** Which rows of a Fingertips export in `content/kpis/` are this indicator's figures. */
  fingertips: fingertipsSeriesSchema.optional(),
  /** Which rows of a Nomis download in `content/kpis/` are this indicator's figures. */
  nomis: nomisSeriesSchema.optional(),
});

/** The rules between an indicator's fields. */
function withIndicatorRules<
  T extends z.ZodType<{ targets?: unknown; polarity: Polarity; measure?: string; edition?: string }>,
>(schema: T): T {
  return schema
    .refine((indicator) => !(indicator.targets && indicator.polarity === 'no judgement'), {
      path: ['targets'],
      message:
        'a target needs a direction: set polarity to "higher is better" or "lower is better", or remove the target',
    })
    .refine((indicator) => (indicator.measure === undefined) === (indicator.edition === undefined), {
      path: ['edition'],
      message:
        'give "measure" and "edition" together: the measure says which indicators are editions of one another, the edition names this one',
    });
}

/** `content/indicators/<id>.yaml`: what an indicator measures, how to show it and where it comes from. */
export const indicatorSchema = withIndicatorRules(indicatorFields);

/**
 * An indicator file as written, whose title may be left to the export its figures come from;
 * loadKpis gives it one, or reports the file.
 */
export const indicatorFileSchema = withIndicatorRules(
  indicatorFields.extend({ title: indicatorFields.shape.title.optional() }),
);

/** The columns of `content/kpis/*.csv`; the first four are required, in any order. */
export const kpiColumns = [
  'indicator',
  'locality',
  'period',
  'value',
  'lower_ci',
  'upper_ci',
  'count',
  'denominator',
  'note',
] as const;
export type KpiColumn = (typeof kpiColumns)[number];
export const requiredKpiColumns: readonly KpiColumn[] = ['indicator', 'locality', 'period', 'value'];

/** One row of `content/kpis/*.csv`, once its cells are read. */
export const kpiRowSchema = z.strictObject({
  /** Id of the indicator (a file in `content/indicators/`). */
  indicator: idSchema,
  /** Id of the locality (a file in `content/localities/`). */
  locality: idSchema,
  /** The period as published, e.g. "2019/20 Q3". */
  period: periodLabelSchema,
  /** The figure as published. */
  value: z.number(),
  /** Lower 95% confidence limit, where published. */
  lower_ci: z.number().optional(),
  /** Upper 95% confidence limit, where published. */
  upper_ci: z.number().optional(),
  /** The numerator, e.g. the number of admissions, where published. */
  count: z.number().optional(),
  /** The denominator, e.g. the population, where published. */
  denominator: z.number().optional(),
  /** A caveat about this figure alone, shown in the data table. */
  note: z.string().optional(),
});

/** An indicator with its title, from its YAML file or, failing that, its export. */
export type Indicator = z.infer<typeof indicatorSchema>;
/** An indicator as its YAML file gives it: the title may be left to the export its figures come from. */
export type IndicatorAsWritten = z.infer<typeof indicatorFileSchema>;
export type NomisSeries = z.infer<typeof nomisSeriesSchema>;
export type IndicatorTarget = z.infer<typeof targetSchema>;
export type LocalityTarget = z.infer<typeof localityTargetSchema>;
export type MethodChange = z.infer<typeof methodChangeSchema>;
export type KpiRow = z.infer<typeof kpiRowSchema>;
