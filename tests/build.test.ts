/**
 * Builds the sample corpus as a council would, at the root and under a base path, and
 * checks what a reader would notice: every word of the seeds' minutes, every decision,
 * and every link.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/lib/corpus.ts';
import { findBrokenLinks, htmlFiles } from '../src/lib/link-check.ts';
import { paths } from '../src/lib/paths.ts';
import { buildSite } from './support/build-site.ts';
import { copySampleContent } from './support/content-fixture.ts';
import { normaliseText, readSeeds } from './support/seeds.ts';

const work = mkdtempSync(join(tmpdir(), 'minuted-build-'));
const atRoot = join(work, 'root');
const underBase = join(work, 'base');
const BASE = '/democracy/health/';
const corpus = loadCorpus('content');

/** A page's visible text, tags removed and entities decoded as a reader sees them. */
function pageText(dist: string, path: string): string {
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
  const text = html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  return normaliseText(text);
}

beforeAll(() => {
  for (const [dist, basePath] of [[atRoot, ''], [underBase, BASE]]) {
    const result = buildSite({ dist, basePath, siteUrl: 'https://minutes.example.gov.uk' });
    if (result.status !== 0) throw new Error(`build failed:\n${result.stderr}`);
  }
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the built sample site', () => {
  for (const seed of readSeeds()) {
    it(`shows every line of ${seed.file}'s title, agenda description and minutes on its item page`, () => {
      const item = corpus.items.find((i) => i.title === seed.title);
      expect(item, `no item titled "${seed.title}"`).toBeDefined();
      const text = pageText(atRoot, paths.item(item!));
      // List markers ("·", "1)") become HTML list items; the words must all be there.
      const missing = [...seed.description, ...seed.minutes].map((line) => line.replace(/^(?:·|\d+\))\s*/, '')).filter((line) => !text.includes(line));
      expect(missing).toEqual([]);
    });
  }

  it('highlights every decision in its item page, with its outcome in words', () => {
    for (const item of corpus.items) {
      const html = readFileSync(join(atRoot, paths.item(item), 'index.html'), 'utf8');
      for (const decision of item.decisionList) {
        const label = decision.outcome[0].toUpperCase() + decision.outcome.slice(1);
        expect(html).toContain(`<div class="decision" id="${decision.anchor}" data-outcome="${decision.outcome}"><p class="decision__label">Decision: <strong class="tag tag--${decision.outcome}">${label}</strong></p>`);
      }
    }
  });

  it('lists every decision on its meeting page, linked to its place in the minutes', () => {
    for (const item of corpus.items) {
      const html = readFileSync(join(atRoot, paths.meeting(item.meeting), 'index.html'), 'utf8');
      for (const decision of item.decisionList) expect(html).toContain(`href="/${paths.item(item)}#${decision.anchor}"`);
    }
  });

  it('shows estimated dates as approximate, and says the content is a sample', () => {
    const lincs = pageText(atRoot, paths.meeting('2019-03-01-lincolnshire-hwb'));
    expect(lincs).toContain('About March 2019 Approximate date');
    expect(lincs).toContain('Sample content.');
    expect(pageText(atRoot, paths.meeting('2023-06-29-bromley-hwb'))).not.toContain('Approximate date');
  });

  it('finds the Stamford item on the Lincolnshire and England pages (ancestors count)', () => {
    const lincs = corpus.items.find((i) => i.localities.includes('stamford'))!;
    expect(pageText(atRoot, paths.locality('lincolnshire'))).toContain(lincs.title);
    expect(pageText(atRoot, paths.locality('england'))).toContain(lincs.title);
    expect(pageText(atRoot, paths.locality('havering'))).not.toContain(lincs.title);
  });

  it('has a page for every meeting, item, body, locality and topic, plus the fixed pages', () => {
    const pages = new Set(htmlFiles(atRoot));
    const expected = [
      'index.html', '404.html', 'about/index.html', 'accessibility/index.html', 'meetings/index.html', 'bodies/index.html', 'localities/index.html', 'topics/index.html',
      ...corpus.meetings.map((m) => `${paths.meeting(m.id)}index.html`),
      ...corpus.items.map((i) => `${paths.item(i)}index.html`),
      ...corpus.bodies.map((b) => `${paths.body(b.id)}index.html`),
      ...corpus.localities.map((l) => `${paths.locality(l.id)}index.html`),
      ...corpus.topics.map((t) => `${paths.topic(t.id)}index.html`),
    ];
    expect(expected.filter((page) => !pages.has(page))).toEqual([]);
    expect(pages.size).toBe(expected.length);
  });

  it('has no broken internal link or anchor at the root', () => {
    expect(findBrokenLinks(atRoot, '/')).toEqual([]);
  });

  it('has no broken internal link or anchor under a base path, and none leaves it', () => {
    expect(findBrokenLinks(underBase, BASE)).toEqual([]);
    const home = readFileSync(join(underBase, 'index.html'), 'utf8');
    expect(home).toContain(`href="${BASE}meetings/"`);
    expect(home).toMatch(new RegExp(`href="${BASE}_astro/[^"]+\\.css"`));
  });

  it('gives every page its canonical address from SITE_URL', () => {
    const html = readFileSync(join(underBase, 'meetings/index.html'), 'utf8');
    expect(html).toContain(`<link rel="canonical" href="https://minutes.example.gov.uk${BASE}meetings/">`);
  });
});

describe('a failed build', () => {
  it('explains the problem, exits non-zero and leaves the previous site untouched', () => {
    const content = copySampleContent();
    const dist = join(work, 'previous');
    mkdirSync(dist);
    writeFileSync(join(dist, 'index.html'), 'the site as it was');
    try {
      content.edit('meetings/2019-03-01-lincolnshire-hwb/meeting.yaml', (t) => t.replace('date: 2019-03-01', 'date: 2019-02-30'));
      const result = buildSite({ dist, contentDir: content.dir });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('✗ content/meetings/2019-03-01-lincolnshire-hwb/meeting.yaml, line 2, field "date"');
      expect(result.stderr).toContain('How to fix: this date does not exist on the calendar.');
      expect(result.stderr).toContain('was left as it was');
      expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('the site as it was');
      expect(existsSync(join(dist, 'meetings'))).toBe(false);
    } finally {
      content.remove();
    }
  });
});
