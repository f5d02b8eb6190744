import { describe, expect, it } from 'vitest';
import { paths, withBase } from '../../src/lib/pages/paths.ts';
import { idSchema } from '../../src/lib/content/schema.ts';

describe('ids and slugs from file names', () => {
  it.each(['bromley', 'south-east-london', '01-neighbourhood-working', 'hcp1'])('accepts %s', (id) => {
    expect(idSchema.safeParse(id).success).toBe(true);
  });

  it.each([
    '../etc',
    '..',
    '%2e%2e',
    'a/b',
    'a\\b',
    'nul\0byte',
    'Bromley',
    'two--hyphens',
    '-leading',
    'trailing-',
    'with space',
    '',
  ])('refuses %j, so nothing can be written outside the site', (id) => {
    expect(idSchema.safeParse(id).success).toBe(false);
  });
});

describe('paths', () => {
  it('gives every page a folder path relative to the base', () => {
    expect(paths.item({ meeting: '2017-12-13-sel-jhosc', slug: '01-community-care' })).toBe(
      'meetings/2017-12-13-sel-jhosc/01-community-care/',
    );
    expect(paths.decision({ item: { meeting: 'm', slug: 's' }, anchor: 'decision-2' })).toBe(
      'meetings/m/s/#decision-2',
    );
  });
});

describe('withBase', () => {
  it('puts a path under the base path, with or without its trailing slash', () => {
    expect(withBase('/', paths.meetings())).toBe('/meetings/');
    expect(withBase('/democracy/health/', paths.home())).toBe('/democracy/health/');
    expect(withBase('/democracy/health', paths.locality('bromley'))).toBe('/democracy/health/localities/bromley/');
  });
});
