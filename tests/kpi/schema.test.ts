import { describe, expect, it } from 'vitest';
import { indicatorSchema, kpiRowSchema } from '../../src/lib/kpi/schema.ts';
import { parseYaml, validate } from '../../src/lib/content/yaml-source.ts';
import { indicator } from './support.ts';

/** Validates YAML text as an indicator file, as `npm run check` does. */
function check(yaml: string) {
  const { source } = parseYaml(yaml, 'content/indicators/smoking.yaml');
  return validate(indicatorSchema, source!, 'content/indicators/smoking.yaml');
}

const valid = `title: Smoking prevalence in adults
description: Percentage of adults who smoke.
unit: "%"
format: percent
polarity: lower is better
source:
  publisher: ONS
  url: https://example.org/smoking
  licence:
    name: Open Government Licence v3.0
frequency: annual
`;

describe('indicatorSchema', () => {
  it('accepts a plain indicator and fills in one decimal, no notes and no method changes', () => {
    expect(check(valid)).toMatchObject({ value: { decimals: 1, notes: [], methodChanges: [] }, problems: [] });
  });

  it('accepts one target for all, or a list of targets by locality', () => {
    expect(indicator({ targets: { value: 66.7, date: '2025-03-31' } }).targets).toEqual({
      value: 66.7,
      date: '2025-03-31',
      label: 'Target',
    });
    expect(indicator({ targets: [{ locality: 'bromley', value: 15 }] }).targets).toEqual([
      { locality: 'bromley', value: 15, label: 'Target' },
    ]);
  });

  it('names the line and field of an http: source, an unknown format and a misspelt field', () => {
    const problems = check(
      valid
        .replace('https://example.org', 'http://example.org')
        .replace('format: percent', 'format: percentage')
        .replace('frequency', 'frequncy'),
    ).problems;
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ line: 8, field: 'source.url', advice: expect.stringMatching(/https:\/\//) }),
        expect.objectContaining({ line: 4, field: 'format', advice: expect.stringMatching(/"rate per 100,000"/) }),
        expect.objectContaining({ field: 'frequncy', advice: 'did you mean "frequency"?' }),
      ]),
    );
  });

  it('refuses a target on an indicator where neither direction is better', () => {
    expect(() => indicator({ polarity: 'no judgement', targets: { value: 1 } })).toThrow(/a target needs a direction/);
  });

  it('refuses an edition without its measure', () => {
    expect(check(`${valid}edition: Earlier edition\n`).problems).toEqual([
      expect.objectContaining({
        field: 'edition',
        advice: expect.stringMatching(/give "measure" and "edition" together/),
      }),
    ]);
  });

  it('reads which Fingertips series an indicator takes, Persons unless it says', () => {
    expect(check(`${valid}fingertips: { id: 90280, age: 18+ yrs }\n`)).toMatchObject({
      value: { fingertips: { id: 90280, sex: 'Persons', age: '18+ yrs' } },
      problems: [],
    });
    expect(check(`${valid}fingertips:\n  id: smoking\n  age: 18+ yrs\n`).problems).toEqual([
      expect.objectContaining({ line: 13, field: 'fingertips.id', advice: expect.stringMatching(/give a number/) }),
    ]);
  });

  it('reads a method change period and refuses one it cannot read, with advice', () => {
    expect(indicator({ methodChanges: [{ from: '2024/25', note: 'New method.' }] }).methodChanges[0].from).toBe(
      '2024/25',
    );
    const problems = check(`${valid}methodChanges:\n  - from: 2024-25\n    note: New method.\n`).problems;
    expect(problems[0]).toMatchObject({
      line: 13,
      field: 'methodChanges[0].from',
      advice: expect.stringMatching(/write 2024\/25 for the financial year/),
    });
  });
});

describe('kpiRowSchema', () => {
  it('accepts a row with only the required columns and refuses an unreadable period', () => {
    expect(
      kpiRowSchema.safeParse({ indicator: 'smoking', locality: 'bromley', period: '2019/20', value: 1 }).success,
    ).toBe(true);
    expect(
      kpiRowSchema.safeParse({ indicator: 'smoking', locality: 'bromley', period: 'last year', value: 1 }).success,
    ).toBe(false);
  });
});
