/**
 * The Fingertips exports the sample reads as they were downloaded (tests/fixtures/kpi/fingertips,
 * see its SOURCES.md): which series each indicator takes from them. They are copied into
 * content/kpis/ byte for byte, so the sample shows an analyst's download building unconverted.
 */
import type { Indicator } from '../../src/lib/kpi/schema.ts';

/** An export, and where it was published. */
export interface FingertipsExport {
  file: string;
  /** The copy the file was taken from, as SOURCES.md gives it. */
  url: string;
  via: string;
  series: readonly ExportSeries[];
}

/** One series of an export and the indicator that takes it: a new one, or one of the catalog's. */
export interface ExportSeries {
  indicator: string;
  fingertips: NonNullable<Indicator['fingertips']>;
  /** For an indicator of its own: what the export does not say. */
  about?: Pick<
    Indicator,
    'title' | 'description' | 'unit' | 'format' | 'decimals' | 'polarity' | 'frequency' | 'theme'
  >;
}

/** What the wider determinants taken from the drugs and mental health export have in common. */
const WIDER_DETERMINANT = {
  unit: '%',
  format: 'percent',
  decimals: 1,
  polarity: 'no judgement',
  frequency: 'annual',
  theme: 'Wider determinants of health',
} as const;

export const FINGERTIPS_EXPORTS: readonly FingertipsExport[] = [
  {
    file: 'fingertips_90280_90638_social_isolation_county_ua_subset.csv',
    url: 'https://github.com/britishredcrosssociety/covid-19-vulnerability/blob/925c65d03e292e0094f67dc4af4d20797c159f3f/data/social-isolation-indicators-CountyUA.data.csv',
    via: 'britishredcrosssociety/covid-19-vulnerability: data/social-isolation-indicators-CountyUA.data.csv (commit 925c65d03e292e0094f67dc4af4d20797c159f3f)',
    series: [
      {
        indicator: 'ascof-5a1-service-users-social-contact',
        fingertips: { id: 90280, sex: 'Persons', age: '18+ yrs' },
      },
      { indicator: 'ascof-5a2-carers-social-contact', fingertips: { id: 90638, sex: 'Persons', age: '18+ yrs' } },
    ],
  },
  {
    file: 'fingertips_93356_campylobacter_county_ua_2015-2017.csv',
    url: 'https://github.com/jargonautical/data-dev/blob/ebe593c58f157e3ac3808f014f7a12509588306b/indicators-CountyUA.data.csv',
    via: 'jargonautical/data-dev: indicators-CountyUA.data.csv (commit ebe593c58f157e3ac3808f014f7a12509588306b)',
    series: [
      {
        indicator: 'campylobacter-incidence',
        fingertips: { id: 93356, sex: 'Persons', age: 'All ages' },
        about: {
          title: 'Campylobacter incidence',
          description:
            'Laboratory-confirmed cases of Campylobacter (the commonest bacterial cause of food poisoning) per 100,000 people.',
          unit: 'Crude rate per 100,000',
          format: 'rate per 100,000',
          decimals: 1,
          polarity: 'lower is better',
          frequency: 'annual',
          theme: 'Health protection',
        },
      },
    ],
  },
  {
    file: 'fingertips_drugs_mental_health_east_midlands_county_ua_pre419.csv',
    url: 'https://github.com/GSS-Cogs/family-disability/blob/8ff04a992123843da5db60d56eed495132f6a860/datasets/PHE-Co-occurring-substance-misuse-and-mental-health-issues/indicators-CountyUApre419.data.csv',
    via: 'GSS-Cogs/family-disability: datasets/PHE-Co-occurring-substance-misuse-and-mental-health-issues/indicators-CountyUApre419.data.csv (commit 8ff04a992123843da5db60d56eed495132f6a860)',
    series: [
      {
        indicator: 'children-in-low-income-families',
        fingertips: { id: 10101, sex: 'Persons', age: '<16 yrs' },
        about: {
          title: 'Children in low income families (under 16s)',
          description:
            'Children under 16 in families on out-of-work benefits, or on tax credits with an income below 60% of the median.',
          ...WIDER_DETERMINANT,
        },
      },
      {
        indicator: 'unemployment-model-based',
        fingertips: { id: 91126, sex: 'Persons', age: '16+ yrs' },
        about: {
          title: 'Unemployment (model-based)',
          description: 'People aged 16 and over who are unemployed, as a percentage of the economically active.',
          ...WIDER_DETERMINANT,
        },
      },
    ],
  },
];

/** The export series each catalog indicator also takes, by indicator id. */
export const EXPORT_SERIES_OF: ReadonlyMap<string, { series: ExportSeries; from: FingertipsExport }> = new Map(
  FINGERTIPS_EXPORTS.flatMap((from) =>
    from.series.filter((series) => !series.about).map((series) => [series.indicator, { series, from }] as const),
  ),
);
