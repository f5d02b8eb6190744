/**
 * The accessibility statement's claim: "partially compliant" until site.yaml records a
 * person's audit, and then what the audit found, on the built page as in the view.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { accessibilityStatus } from '../../src/lib/pages/accessibility.ts';
import { siteSchema } from '../../src/lib/content/schema.ts';
import { buildSite } from '../support/build-site.ts';
import { copySampleContent } from '../support/content-fixture.ts';

const site = { title: 'T', organisation: 'O', description: 'D', contact: { email: 'a@example.org' } };
const audit = { date: '2026-11-30', by: 'the Digital Accessibility Centre', result: 'fully compliant' };

describe('accessibilityStatus', () => {
  it('says "partially compliant", with no audit, when site.yaml records none', () => {
    expect(accessibilityStatus(siteSchema.parse(site))).toEqual({ compliance: 'partially compliant', problems: [] });
  });

  it("says what a person's audit found, and who carried it out when", () => {
    expect(accessibilityStatus(siteSchema.parse({ ...site, accessibilityAudit: audit }))).toEqual({
      compliance: 'fully compliant',
      audit: { date: '2026-11-30', by: 'the Digital Accessibility Centre' },
      problems: [],
    });
    const partly = { ...audit, result: 'partially compliant', problems: ['Some charts have no text alternative.'] };
    expect(accessibilityStatus(siteSchema.parse({ ...site, accessibilityAudit: partly })).problems).toEqual([
      'Some charts have no text alternative.',
    ]);
  });

  it('refuses an audit with no date, no auditor, or a result of its own wording', () => {
    for (const broken of [
      { ...audit, date: undefined },
      { ...audit, by: ' ' },
      { ...audit, result: 'compliant' },
    ])
      expect(siteSchema.safeParse({ ...site, accessibilityAudit: broken }).success).toBe(false);
  });
});

describe('the built accessibility statement', () => {
  const work = mkdtempSync(join(tmpdir(), 'minuted-statement-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  /** The statement's text as built from the sample content, with site.yaml's extra lines. */
  function statement(name: string, siteYaml = ''): string {
    const content = copySampleContent();
    try {
      content.edit('site.yaml', (text) => text + siteYaml);
      const dist = join(work, name);
      const built = buildSite({ dist, contentDir: content.dir });
      if (built.status !== 0) throw new Error(built.stderr);
      const html = readFileSync(join(dist, 'accessibility', 'index.html'), 'utf8');
      return html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    } finally {
      content.remove();
    }
  }

  it('says "partially compliant" and what has not been tested, until an audit is recorded', () => {
    const text = statement('unaudited');
    expect(text).toContain(
      'This website is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard, due to it not yet having been audited by a person',
    );
    expect(text).toContain('This website has not yet been audited by a person.');
    expect(text).toContain('Nobody has yet tested this website with a screen reader');
    expect(text).not.toContain('fully compliant');
  });

  it('says "fully compliant", and when and by whom it was tested, once the audit says so', () => {
    const text = statement(
      'audited',
      'accessibilityAudit:\n  date: 2026-11-30\n  by: the Digital Accessibility Centre\n  result: fully compliant\n',
    );
    expect(text).toContain(
      'This website is fully compliant with the Web Content Accessibility Guidelines version 2.2 AA standard.',
    );
    expect(text).toContain(
      'This website was last tested on 30 November 2026. The test was carried out by the Digital Accessibility Centre.',
    );
    expect(text).not.toContain('partially compliant');
  });
});
