/**
 * Untrusted minutes: a corpus of XSS payloads put into the minutes, frontmatter and
 * settings comes out inert in every page, feed, calendar and download.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import ICAL from 'ical.js';
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from './support/build-site.ts';
import { copySampleContent, type ContentFixture } from './support/content-fixture.ts';

const PAYLOADS = readFileSync(join(import.meta.dirname, 'fixtures/xss-payloads.txt'), 'utf8')
  .trim()
  .split('\n');
const MARKDOWN_PAYLOADS = [
  '[click me](javascript:alert(1))',
  '![image](javascript:alert(1))',
  '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[vb](vbscript:msgbox(1))',
  '<javascript:alert(1)>',
];
const yamlString = (text: string) => JSON.stringify(text);

let content: ContentFixture;
let dist: string;

beforeAll(() => {
  content = copySampleContent();
  dist = join(content.dir, '..', 'dist');
  const attack = PAYLOADS.join(' ');
  mkdirSync(join(content.dir, 'meetings/2024-01-10-bromley-hwb'));
  content.write(
    'meetings/2024-01-10-bromley-hwb/meeting.yaml',
    `body: bromley-hwb\ndate: 2024-01-10\ntime: "14:00"\nstatus: draft\nvenue: ${yamlString(`${attack}\nBEGIN:VEVENT\nUID:injected`)}\nattendees: [${PAYLOADS.map(yamlString).join(', ')}]\ndateNote: ${yamlString(attack)}\n`,
  );
  content.write(
    'meetings/2024-01-10-bromley-hwb/01-attack.md',
    `---\nnumber: "1"\ntitle: ${yamlString(`Title ${attack}`)}\ndescription: ${yamlString(attack)}\nminuteRef: ${yamlString('</script><script>alert(1)</script>')}\ntopics: [governance]\nactions:\n  - text: ${yamlString(`=HYPERLINK("https://evil.example") ${attack}`)}\n    who: ${yamlString('@SUM(1+1)')}\n---\n\n${PAYLOADS.join('\n\n')}\n\n${MARKDOWN_PAYLOADS.join('\n\n')}\n\nRESOLVED that ${attack} be noted.\n`,
  );
  // A carriage return a clerk's editor left in a venue, and Unicode's line separators, to start calendar lines.
  mkdirSync(join(content.dir, 'meetings/2024-02-07-bromley-hwb'));
  content.write(
    'meetings/2024-02-07-bromley-hwb/meeting.yaml',
    `body: bromley-hwb\ndate: 2024-02-07\nstatus: draft\nvenue: |-\n  County Offices\r  BEGIN:VALARM\r  TRIGGER:-PT5M\nnotes: [${yamlString('Room 2\u2028BEGIN:VTODO\u2029END:VTODO')}]\ndateNote: ${yamlString('Moved\u2028X-INJECTED:1')}\n`,
  );
  content.write(
    'meetings/2024-02-07-bromley-hwb/01-formulas.md',
    `---\nnumber: "1"\ntitle: ${yamlString('＝HYPERLINK("https://evil.example")')}\nactions:\n  - text: ${yamlString('＝HYPERLINK("https://evil.example","click")')}\n    who: ${yamlString('＠SUM(1+1)')}\n  - text: ${yamlString('＋cmd|calc')}\n    who: ${yamlString('－1＋2')}\n---\n\nThe Board discussed the formulas.\n`,
  );
  content.edit('topics/governance.yaml', (t) => t.replace(/description: .*/, `description: ${yamlString(attack)}`));
  content.edit('bodies/bromley-hwb.yaml', (t) =>
    t.replace(/shortName: .*/, `shortName: ${yamlString('Bromley <script>alert(1)</script>')}`),
  );
  const result = buildSite({ dist, contentDir: content.dir, siteUrl: 'https://minutes.example.gov.uk' });
  if (result.status !== 0) throw new Error(result.stderr);
}, 60_000);

afterAll(() => content?.remove());

function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

/** Every element of an HTML page, parsed as a browser would. */
function elements(html: string): Element[] {
  const found: Element[] = [];
  visit(fromHtml(html), 'element', (node: Element) => {
    found.push(node);
  });
  return found;
}

const OUR_FORMS = ['site-search', 'search-form', 'search-within', 'filters', 'search-controls', 'place-finder'];

describe('XSS payloads in the content', () => {
  it('never become markup in any page', () => {
    const pages = filesOf(dist).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(60);
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      for (const element of elements(html)) {
        const where = `${page}: <${element.tagName} ${JSON.stringify(element.properties)}>`;
        for (const [name, value] of Object.entries(element.properties)) {
          expect(name, where).not.toMatch(/^on/i);
          if (['href', 'src', 'action', 'data', 'formAction'].includes(name))
            expect(String(value), where).not.toMatch(/^\s*(?:javascript|vbscript|data):/i);
        }
        const ours =
          element.tagName === 'form' &&
          OUR_FORMS.some((c) => (element.properties.className as string[] | undefined)?.includes(c));
        expect(
          ['iframe', 'object', 'embed', 'svg', 'math', 'base', 'style', 'mglyph'].includes(element.tagName) ||
            (element.tagName === 'form' && !ours),
          where,
        ).toBe(false);
        if (element.tagName === 'meta')
          expect(String(element.properties.httpEquiv ?? ''), where).not.toMatch(/refresh/i);
        if (element.tagName === 'script')
          expect(element.properties.type, where).toMatch(/^(?:module|application\/ld\+json)$/);
      }
      // Only our own scripts: JSON-LD data and Astro's bundled modules.
      for (const [, body] of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g))
        expect(() => JSON.parse(body)).not.toThrow();
    }
  });

  it('show as text on the item page, every character still there', () => {
    const html = readFileSync(join(dist, 'meetings/2024-01-10-bromley-hwb/01-attack/index.html'), 'utf8');
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
    expect(html).toContain('onerror=alert(1)');
    expect(html).toContain('click me');
  });

  it('are escaped in feeds and the sitemap', () => {
    for (const file of filesOf(dist).filter((f) => f.endsWith('.xml'))) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/<script|<img|<svg|<iframe/i);
    }
  });

  it('stay plain text in calendars, unable to add events or properties', () => {
    const text = readFileSync(join(dist, 'calendars/bromley-hwb.ics'), 'utf8');
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    expect(events).toHaveLength(4); // the two here, and the sample's meeting held and the one to come
    const attacked = events.find((e) => e.getFirstPropertyValue('uid')!.toString().startsWith('2024-01-10'))!;
    expect(attacked.getFirstPropertyValue('location')).toContain('BEGIN:VEVENT');
    expect(text).not.toContain('X-ALT-DESC');
  });

  it('keep a carriage return or line separator in a venue from starting a line of a calendar', () => {
    for (const file of filesOf(dist).filter((f) => f.endsWith('.ics'))) {
      const text = readFileSync(file, 'utf8');
      // Calendar programs split lines on any of these: no line may start as the venue wrote it.
      // eslint-disable-next-line no-control-regex
      const lines = text.split(/\r\n|[\r\n\v\f\x1c-\x1e\x85\u2028\u2029]/);
      expect(
        lines.filter((line) => /^(?:BEGIN:V(?:ALARM|TODO)|TRIGGER|X-INJECTED)/.test(line)),
        file,
      ).toEqual([]);
    }
    const events = new ICAL.Component(ICAL.parse(readFileSync(join(dist, 'calendars/bromley-hwb.ics'), 'utf8')))
      .getAllSubcomponents('vevent')
      .filter((e) => e.getAllSubcomponents().length === 0);
    const moved = events.find((e) => e.getFirstPropertyValue('uid')!.toString().startsWith('2024-02-07'))!;
    expect(moved.getFirstPropertyValue('location')).toBe('County Offices\nBEGIN:VALARM\nTRIGGER:-PT5M');
  });

  it('stay valid JSON and formula-safe CSV in the downloads', () => {
    const decisions = JSON.parse(readFileSync(join(dist, 'data/decisions.json'), 'utf8')) as { text: string }[];
    expect(decisions.some((d) => d.text.includes('<script>alert(1)</script>'))).toBe(true);
    const actions = readFileSync(join(dist, 'data/actions.csv'), 'utf8');
    expect(actions).toContain(`"'=HYPERLINK(""https://evil.example"")`);
    expect(actions).toContain(",'@SUM(1+1),");
    expect(actions).not.toMatch(/(^|,)[=@+]/m);
  });

  it('neutralise full-width formulas in every CSV download', () => {
    const actions = readFileSync(join(dist, 'data/actions.csv'), 'utf8');
    expect(actions).toContain(`"'＝HYPERLINK(""https://evil.example"",""click"")"`);
    expect(actions).toContain(",'＠SUM(1+1),");
    expect(actions).toContain("'＋cmd|calc");
    expect(actions).toContain(",'－1＋2,");
    for (const file of filesOf(dist).filter((f) => f.endsWith('.csv')))
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/(?:^|,)"?[=@+＝＋－＠]/m);
  });
});
