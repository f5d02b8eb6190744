/** A page naming a board that content/bodies/ lacks: the advice says what file to add, and adding it is enough. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, idSchema } from '../../src/lib/content/schema.ts';
import { importPage } from '../../src/lib/import/import-page.ts';
import { newBodyAdvice } from '../../src/lib/import/recognise/new-body.ts';
import { known } from './support.ts';

const SLOUGH = readFileSync(
  join(import.meta.dirname, '../../../shared/minutes-corpus/003_slough_minutes-matters-arising.txt'),
);

describe('a committee no body has', () => {
  it('is refused with the file to add, its name as the page gives it and its kind', async () => {
    const refused = await importPage(SLOUGH, { ...known });
    expect(refused).toMatchObject({
      ok: false,
      problem:
        'The page names the committee "Slough Health & Wellbeing Board", but no body in content/bodies/ has that name.',
    });
    const advice = refused.ok ? '' : refused.advice;
    expect(advice).toContain(
      'add it as content/bodies/slough-health-and-wellbeing-board.yaml (or a shorter name) with name: "Slough Health & Wellbeing Board", kind: health and wellbeing board,',
    );
  });

  it('is imported once the body is added as the advice says', async () => {
    const advised = /content\/bodies\/([^.]+)\.yaml/.exec(newBodyAdvice('Slough Health & Wellbeing Board'))!;
    expect(idSchema.safeParse(advised[1]).success).toBe(true);
    const body = bodySchema.parse({
      name: 'Slough Health & Wellbeing Board',
      kind: 'health and wellbeing board',
      organisation: 'Slough Borough Council',
      localities: ['england'],
    });
    const imported = await importPage(SLOUGH, { ...known, bodies: [...known.bodies, { id: advised[1], ...body }] });
    expect(imported.ok && imported.meetings[0].body).toBe('slough-health-and-wellbeing-board');
  });

  it.each([
    ['Bournemouth, Christchurch and Poole Health and Wellbeing Board', 'health and wellbeing board'],
    ['Havering Health Overview and Scrutiny Sub-Committee', 'scrutiny sub-committee'],
    ['Leicester, Leicestershire and Rutland Joint Health Scrutiny Committee', 'joint committee'],
    ['Adult Social Care Scrutiny Commission', 'scrutiny committee'],
    ['NHS Frimley Integrated Care Board', 'icb board'],
    ['Cabinet', 'other'],
  ])('%s is advised as a %s', (committee, kind) => {
    expect(newBodyAdvice(committee)).toContain(`kind: ${kind},`);
  });
});
