/** What the sample figures need said about them that their files do not say: places' ids, editions, notes, themes. */

/** ONS area codes of the sample localities and their ids in content/localities/. */
export const LOCALITY_BY_AREA_CODE: Readonly<Record<string, string>> = {
  E92000001: 'england',
  E12000007: 'london',
  E12000004: 'east-midlands',
  E09000006: 'bromley',
  E09000016: 'havering',
  E10000019: 'lincolnshire',
  E06000016: 'leicester',
  E10000018: 'leicestershire',
  E06000017: 'rutland',
};

/**
 * Files that are editions of one measure: ONS/OHID revised the estimates, or DHSC replaced
 * the method, so they are kept apart and never joined into one line.
 */
export const EDITIONS: Readonly<
  Record<string, { measureFile: string; edition: string; note: string; sameTitle?: true }>
> = {
  'healthy-life-expectancy-at-birth.csv': {
    measureFile: 'healthy-life-expectancy-at-birth.csv',
    edition: 'Current edition (Fingertips extract of 2026)',
    note: 'ONS revised these estimates after the earlier edition was published: do not compare the two editions, even for the same period.',
  },
  'healthy-life-expectancy-at-birth-2009-11-to-2016-18-edition.csv': {
    measureFile: 'healthy-life-expectancy-at-birth.csv',
    edition: 'Earlier edition (2009-11 to 2016-18, Fingertips extract of 2019-20)',
    note: 'Earlier edition: ONS later revised these estimates, so values for 2015-17 and 2016-18 differ from the current edition. Not comparable with it.',
    sameTitle: true,
  },
  'inequality-in-life-expectancy-sii.csv': {
    measureFile: 'inequality-in-life-expectancy-sii.csv',
    edition: 'Current edition (Fingertips extract of 2026)',
    note: 'Not comparable with the earlier edition, even for the same period.',
  },
  'inequality-in-life-expectancy-sii-2010-12-to-2015-17-edition.csv': {
    measureFile: 'inequality-in-life-expectancy-sii.csv',
    edition: 'Earlier edition (2010-12 to 2015-17, Fingertips extract of 2019-20)',
    note: 'Earlier edition: not comparable with the current edition, even for the same period.',
    sameTitle: true,
  },
  'ascof-2a2-permanent-admissions-care-homes-65plus.csv': {
    measureFile: 'ascof-2a2-permanent-admissions-care-homes-65plus.csv',
    edition: 'SALT return method (to 2023/24)',
    note: 'Replaced from 2024/25 by ASCOF 2C on client level data, which is not comparable.',
  },
  'ascof-2c-care-home-admissions-65plus-2024-25.csv': {
    measureFile: 'ascof-2a2-permanent-admissions-care-homes-65plus.csv',
    edition: 'Client level data method (from 2024/25)',
    note: 'New method from 2024/25 (client level data): not comparable with earlier years.',
  },
  'ascof-2a1-permanent-admissions-care-homes-18-64.csv': {
    measureFile: 'ascof-2a1-permanent-admissions-care-homes-18-64.csv',
    edition: 'SALT return method (to 2023/24)',
    note: 'Replaced from 2024/25 by ASCOF 2B on client level data, which is not comparable.',
  },
  'ascof-2b-care-home-admissions-18-64-2024-25.csv': {
    measureFile: 'ascof-2a1-permanent-admissions-care-homes-18-64.csv',
    edition: 'Client level data method (from 2024/25)',
    note: 'New method from 2024/25 (client level data): not comparable with earlier years.',
  },
  'ascof-2b1-still-at-home-91-days-after-reablement.csv': {
    measureFile: 'ascof-2b1-still-at-home-91-days-after-reablement.csv',
    edition: 'SALT return method (to 2023/24)',
    note: 'Replaced from 2024/25 by ASCOF 2D(1) on client level data, which is not comparable.',
  },
  'ascof-2d1-reablement-remained-in-community-2024-25.csv': {
    measureFile: 'ascof-2b1-still-at-home-91-days-after-reablement.csv',
    edition: 'Client level data method (from 2024/25)',
    note: 'New method from 2024/25 (client level data): not comparable with earlier years.',
  },
  'ascof-2b2-reablement-offered-after-discharge.csv': {
    measureFile: 'ascof-2b2-reablement-offered-after-discharge.csv',
    edition: 'SALT return method (to 2023/24)',
    note: 'Replaced from 2024/25 by ASCOF 2D(2) on client level data, which is not comparable.',
  },
  'ascof-2d2-reablement-offered-after-discharge-2024-25.csv': {
    measureFile: 'ascof-2b2-reablement-offered-after-discharge.csv',
    edition: 'Client level data method (from 2024/25)',
    note: 'New method from 2024/25 (client level data): not comparable with earlier years.',
  },
  'ascof-2d-short-term-services-outcome.csv': {
    measureFile: 'ascof-2d-short-term-services-outcome.csv',
    edition: 'SALT return method (to 2023/24)',
    note: 'Replaced from 2024/25 by ASCOF 2A on client level data, which is not comparable.',
  },
  'ascof-2a-reablement-no-further-request-2024-25.csv': {
    measureFile: 'ascof-2d-short-term-services-outcome.csv',
    edition: 'Client level data method (from 2024/25)',
    note: 'New method from 2024/25 (client level data): not comparable with earlier years.',
  },
};

/** Notes from SOURCES.md's "How values were handled" that belong beside particular charts. */
export const EXTRA_NOTES: Readonly<Record<string, string>> = {
  'population-all-ages.csv':
    'Estimates as originally published for each year; ONS has since revised them after Census 2021.',
  'population-aged-65-plus.csv':
    'Estimates as originally published for each year; ONS has since revised them after Census 2021.',
};

/** The theme of each file that is not adult social care's (ASCOF and the Oflog workforce figures are). */
const THEMES: Readonly<Record<string, string>> = {
  'population-all-ages.csv': 'Population',
  'population-aged-65-plus.csv': 'Population',
  'life-expectancy-at-birth.csv': 'Life expectancy and mortality',
  'healthy-life-expectancy-at-birth.csv': 'Life expectancy and mortality',
  'healthy-life-expectancy-at-birth-2009-11-to-2016-18-edition.csv': 'Life expectancy and mortality',
  'inequality-in-life-expectancy-sii.csv': 'Life expectancy and mortality',
  'inequality-in-life-expectancy-sii-2010-12-to-2015-17-edition.csv': 'Life expectancy and mortality',
  'preventable-mortality-under-75.csv': 'Life expectancy and mortality',
  'smoking-prevalence-adults.csv': 'Healthy behaviours',
  'smoking-prevalence-routine-manual.csv': 'Healthy behaviours',
  'physically-inactive-adults.csv': 'Healthy behaviours',
  'excess-weight-adults.csv': 'Healthy behaviours',
  'alcohol-related-admissions-narrow.csv': 'Healthy behaviours',
  'nhs-health-check-received-cumulative.csv': 'Healthy behaviours',
  'obesity-reception-children.csv': 'Children and young people',
  'obesity-year6-children.csv': 'Children and young people',
  'self-harm-admissions-10-24.csv': 'Children and young people',
  'self-harm-admissions.csv': 'Mental health',
  'excess-under-75-mortality-smi.csv': 'Mental health',
  'dementia-diagnosis-rate-65plus.csv': 'Older people',
  'emergency-admissions-falls-65plus.csv': 'Older people',
};

/** The theme a file's indicators are listed under on a place's page; a file with none stops the conversion. */
export function themeOf(file: string): string {
  if (/^ascof-|^asc-/.test(file)) return 'Adult social care';
  const theme = THEMES[file];
  if (!theme) throw new Error(`No theme for ${file}: add it to THEMES in scripts/kpi/sample-figures.ts.`);
  return theme;
}
