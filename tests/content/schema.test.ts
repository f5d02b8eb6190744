import { describe, expect, it } from 'vitest';
import { contrastWithWhite, siteSchema } from '../../src/lib/content/schema.ts';

const site = { title: 'T', organisation: 'O', description: 'D', contact: { email: 'a@example.org' } };

describe('siteSchema', () => {
  it('defaults the licence to the Open Government Licence and the theme to GOV.UK blue', () => {
    const parsed = siteSchema.parse(site);
    expect(parsed.licence.name).toBe('Open Government Licence v3.0');
    expect(parsed.theme.primary).toBe('#1d70b8');
  });

  it('refuses a header colour white text cannot be read on', () => {
    expect(contrastWithWhite('#1d70b8')).toBeCloseTo(5.17, 2);
    const result = siteSchema.safeParse({ ...site, theme: { primary: '#ffdd00' } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toContain('contrast is below 4.5:1');
  });

  it.each(['logo.svg', 'images/council-logo.PNG', 'crest_2024.webp'])('takes the logo %j, a file of the site', (logo) => {
    expect(siteSchema.parse({ ...site, theme: { logo } }).theme.logo).toBe(logo);
  });

  it.each([
    '//elsewhere.example/logo.svg',
    'https://elsewhere.example/logo.svg',
    'http:logo.svg',
    '/logo.svg',
    '../secrets/logo.svg',
    'logo.svg" onerror="alert(1)',
    'logo.html',
  ])('refuses the logo %j, which is not an image file in public/', (logo) => {
    const result = siteSchema.safeParse({ ...site, theme: { logo } });
    expect(result.error?.issues[0].message).toContain('an image file you put in public/');
  });

  it('refuses a contact link that is not a web address', () => {
    expect(
      siteSchema.safeParse({ ...site, contact: { email: 'a@example.org', url: 'javascript:alert(1)' } }).success,
    ).toBe(false);
  });
});
