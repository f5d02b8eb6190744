/**
 * Builds the sample corpus as a council would, at the root and under a base path, and
 * checks what a reader would notice: every word of the seeds' minutes, every decision,
 * and every link.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/lib/corpus/corpus.ts';
import { findBrokenLinks } from '../src/lib/audit/link-check.ts';
import { htmlFiles } from '../src/lib/publish/sitemap.ts';
import { paths } from '../src/lib/pages/paths.ts';
import { buildDate } from '../src/lib/config/hosting.ts';
import { buildSiteIndex } from '../src/lib/pages/site-index.ts';
import { buildSite } from './support/build-site.ts';
import { copySampleContent } from './support/content-fixture.ts';
import { normaliseText, readSeeds } from './support/seeds.ts';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

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
  return readable(text);
}

/** Text as read aloud: whitespace folded and no space before punctuation (tags leave such gaps). */
const readable = (text: string) => normaliseText(text).replace(/\s+([,.;:])/g, '$1');

beforeAll(() => {
  for (const [dist, basePath] of [
    [atRoot, ''],
    [underBase, BASE],
  ]) {
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
      const missing = [...seed.description, ...seed.minutes]
        .map((line) => readable(line.replace(/^(?:·|\d+\))\s*/, '')))
        .filter((line) => !text.includes(line));
      expect(missing).toEqual([]);
    });
  }

  it('highlights every decision in its item page, with its outcome in words', () => {
    for (const item of corpus.items) {
      const html = readFileSync(join(atRoot, paths.item(item), 'index.html'), 'utf8');
      for (const decision of item.decisionList) {
        const label = decision.outcome[0].toUpperCase() + decision.outcome.slice(1);
        expect(html).toContain(
          `<div class="decision" id="${decision.anchor}" data-outcome="${decision.outcome}"><p class="decision__label">Decision: <strong class="tag tag--${decision.outcome}">${label}</strong></p>`,
        );
      }
    }
  });

  it('lists every decision on its meeting page, linked to its place in the minutes', () => {
    for (const item of corpus.items) {
      const html = readFileSync(join(atRoot, paths.meeting(item.meeting), 'index.html'), 'utf8');
      for (const decision of item.decisionList)
        expect(html).toContain(`href="/${paths.item(item)}#${decision.anchor}"`);
    }
  });

  it('counts in words a reader would use: a board with one meeting has "1 meeting", not "All 1 meetings"', () => {
    // A board's page counts the meetings held, those still to come listed apart.
    const index = buildSiteIndex(corpus, buildDate());
    for (const body of corpus.bodies) {
      const meetings = index.pastMeetingsOf(body.id).length;
      const text = pageText(atRoot, paths.body(body.id));
      expect(text).toContain(meetings === 1 ? ' 1 meeting ' : `All ${meetings} meetings`);
      expect(text).not.toMatch(/\b1 (meetings|decisions)\b/);
    }
    // The lists of boards and topics count each one's meetings and items the same way.
    expect(pageText(atRoot, paths.bodies())).toContain('London Borough of Havering · 1 meeting ');
    // Held together by a no-break space, so a phone never shows "1" at a line's end and "meeting" below.
    expect(readFileSync(join(atRoot, paths.bodies(), 'index.html'), 'utf8')).toContain(
      'London Borough of Havering · 1\u00a0meeting<',
    );
    expect(pageText(atRoot, paths.topics())).toMatch(/ 1 agenda item /);
    // And no page of the site says "1" of a plural anywhere.
    for (const file of htmlFiles(atRoot)) {
      expect(readFileSync(join(atRoot, file), 'utf8').replace(/<[^>]+>/g, ' '), file).not.toMatch(
        /(?<![\d,.])1[ \u00a0](meetings|agenda items|items|decisions|places|published indicators|boards and committees|follow-ups|results)\b/,
      );
    }
  });

  it('shows estimated dates as approximate, and says the content is a sample', () => {
    const lincs = pageText(atRoot, paths.meeting('2019-03-01-lincolnshire-hwb'));
    expect(lincs).toContain('About March 2019 Approximate date');
    // Mid-sentence, after the board's name, an estimate reads "about", as the feeds write it.
    expect(pageText(atRoot, paths.actions())).toContain(
      'Lincolnshire Health and Wellbeing Board, about March 2019 Approximate date',
    );
    expect(lincs).toContain('Sample content.');
    expect(pageText(atRoot, paths.meeting('2023-06-29-bromley-hwb'))).not.toContain('Approximate date');
  });

  it('finds the Stamford item on the Lincolnshire and England pages (ancestors count)', () => {
    const lincs = corpus.items.find((i) => i.localities.includes('stamford'))!;
    expect(pageText(atRoot, paths.locality('lincolnshire'))).toContain(lincs.title);
    expect(pageText(atRoot, paths.locality('england'))).toContain(lincs.title);
    expect(pageText(atRoot, paths.locality('havering'))).not.toContain(lincs.title);
  });

  it('has a page for every meeting, item, body, locality and topic, and each year of a locality or topic, plus the fixed pages', () => {
    const pages = new Set(htmlFiles(atRoot));
    const index = buildSiteIndex(corpus, '2026-11-30');
    const yearsOf = (dates: string[]) => [...new Set(dates.map((date) => Number(date.slice(0, 4))))];
    const expected = [
      'index.html',
      '404.html',
      'about/index.html',
      'about/figures/index.html',
      'accessibility/index.html',
      'meetings/index.html',
      'bodies/index.html',
      'localities/index.html',
      'topics/index.html',
      ...corpus.meetings.map((m) => `${paths.meeting(m.id)}index.html`),
      ...corpus.items.map((i) => `${paths.item(i)}index.html`),
      ...corpus.bodies.map((b) => `${paths.body(b.id)}index.html`),
      ...corpus.bodies.flatMap((b) =>
        yearsOf(corpus.meetings.filter((m) => m.body === b.id).map((m) => m.date)).map(
          (year) => `${paths.bodyYear(b.id, year)}index.html`,
        ),
      ),
      ...corpus.localities.map((l) => `${paths.locality(l.id)}index.html`),
      ...corpus.topics.map((t) => `${paths.topic(t.id)}index.html`),
      ...corpus.localities.flatMap((l) =>
        yearsOf(index.itemsWithin(l.id).map(index.dateOf)).map((year) => `${paths.localityYear(l.id, year)}index.html`),
      ),
      ...corpus.topics.flatMap((t) =>
        yearsOf(index.itemsOnTopic(t.id).map(index.dateOf)).map((year) => `${paths.topicYear(t.id, year)}index.html`),
      ),
      'decisions/index.html',
      'actions/index.html',
      'data/index.html',
      'search/index.html',
      'glossary/index.html',
      'indicators/index.html',
      ...[...new Set([...corpus.kpis.indicators].map(([id, i]) => i.measure ?? id))].map(
        (m) => `${paths.indicator(m)}index.html`,
      ),
      ...corpus.bodies.map((b) => `${paths.decisionsOfBody(b.id)}index.html`),
      ...corpus.bodies.flatMap((b) =>
        yearsOf(index.decisionsOfBody(b.id).map((d) => d.meeting.date)).map(
          (year) => `${paths.decisionsOfBodyYear(b.id, year)}index.html`,
        ),
      ),
      ...[...new Set(index.decisions.map((d) => Number(d.meeting.date.slice(0, 4))))].map(
        (y) => `${paths.decisionsOfYear(y)}index.html`,
      ),
      ...[...new Set(index.actions.map((a) => Number(a.meeting.date.slice(0, 4))))].map(
        (y) => `${paths.actionsOfYear(y)}index.html`,
      ),
      // Follow-ups by status (a page each, even when empty) and by each body that asked for any, with their years.
      ...(['overdue', 'open', 'answered'] as const).flatMap((status) => [
        `${paths.actionsOfStatus(status)}index.html`,
        ...yearsOf(index.actions.filter((a) => a.status === status).map((a) => a.meeting.date)).map(
          (year) => `${paths.actionsOfStatus(status)}${year}/index.html`,
        ),
      ]),
      ...[...new Set(index.actions.map((a) => a.body.id))].flatMap((body) => [
        `${paths.actionsOfBody(body)}index.html`,
        ...yearsOf(index.actions.filter((a) => a.body.id === body).map((a) => a.meeting.date)).map(
          (year) => `${paths.actionsOfBody(body)}${year}/index.html`,
        ),
      ]),
      // Follow-ups about each place, the places within it counted, and on each topic: a page each, no years.
      ...[
        ...new Set(index.actions.flatMap((a) => a.item.localities.flatMap((id) => index.localities.withAncestors(id)))),
      ].map((place) => `${paths.actionsOfPlace(place)}index.html`),
      ...[...new Set(index.actions.flatMap((a) => a.item.topics))].map(
        (topic) => `${paths.actionsOfTopic(topic)}index.html`,
      ),
      'places/index.html',
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

  it('gives every page a Content Security Policy with no unsafe-inline, and no inline style', () => {
    for (const page of htmlFiles(atRoot)) {
      const html = readFileSync(join(atRoot, page), 'utf8');
      const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
      expect(csp, page).toContain("default-src 'self'");
      expect(csp, page).toContain("script-src 'self' 'wasm-unsafe-eval'");
      expect(csp, page).not.toContain('unsafe-inline');
      expect(html, page).not.toMatch(/<style[\s>]|\sstyle="/);
    }
  });

  it('gives every page its canonical address from SITE_URL', () => {
    const html = readFileSync(join(underBase, 'meetings/index.html'), 'utf8');
    expect(html).toContain(`<link rel="canonical" href="https://minutes.example.gov.uk${BASE}meetings/">`);
  });
});

describe('the decisions register, follow-ups and open data', () => {
  const decisions = corpus.items.flatMap((item) =>
    item.decisionList.map((d) => ({ item, d, id: `${item.id}#${d.anchor}` })),
  );

  it("lists every resolution of the sample in the register, its body's page, its year's page and its body's page of that year", () => {
    const register = readFileSync(join(atRoot, 'decisions/index.html'), 'utf8');
    for (const { item, d } of decisions) {
      const link = `href="/${paths.decision({ item, anchor: d.anchor })}"`;
      const meeting = corpus.meetings.find((m) => m.id === item.meeting)!;
      expect(register).toContain(link);
      expect(readFileSync(join(atRoot, paths.decisionsOfBody(meeting.body), 'index.html'), 'utf8')).toContain(link);
      expect(
        readFileSync(join(atRoot, paths.decisionsOfYear(Number(meeting.date.slice(0, 4))), 'index.html'), 'utf8'),
      ).toContain(link);
      expect(
        readFileSync(
          join(atRoot, paths.decisionsOfBodyYear(meeting.body, Number(meeting.date.slice(0, 4))), 'index.html'),
          'utf8',
        ),
      ).toContain(link);
    }
  });

  it('puts every resolution in decisions.csv and decisions.json, with the same permanent ids', () => {
    const csv = readFileSync(join(atRoot, 'data/decisions.csv'), 'utf8');
    const json = JSON.parse(readFileSync(join(atRoot, 'data/decisions.json'), 'utf8')) as {
      id: string;
      outcome: string;
      url: string;
    }[];
    expect(json.map((r) => r.id).sort()).toEqual(decisions.map((x) => x.id).sort());
    for (const { id, d } of decisions) {
      expect(csv).toContain(`${id},${d.outcome},`);
      expect(json.find((r) => r.id === id)!.outcome).toBe(d.outcome);
    }
    expect(json.every((r) => r.url.startsWith('https://minutes.example.gov.uk/'))).toBe(true);
  });

  it('offers follow-ups in the main navigation of every page, marked as the current section on their own pages', () => {
    const mainNav = (path: string) =>
      /<nav class="site-nav"[^>]*aria-label="Main"[^>]*>([\s\S]*?)<\/nav>/.exec(
        readFileSync(join(atRoot, path, 'index.html'), 'utf8'),
      )![1];
    expect(mainNav('')).toMatch(/<a href="\/actions\/"[^>]*>Follow-ups<\/a>/);
    expect(mainNav(paths.actions())).toMatch(/<a href="\/actions\/"[^>]*aria-current="page"[^>]*>Follow-ups<\/a>/);
    expect(mainNav(paths.actions())).not.toMatch(/aria-current="page"[^>]*>Decisions</);
  });

  it('tracks the Lincolnshire follow-up, due six months after its meeting', () => {
    const actions = readFileSync(join(atRoot, 'data/actions.csv'), 'utf8');
    expect(actions).toContain(
      'Sarah-Jane Mills,2019-09-01,in six months,overdue,,2019-03-01-lincolnshire-hwb/01-neighbourhood-working',
    );
    expect(pageText(atRoot, paths.actions())).toContain(
      'The Chairman requested that Sarah-Jane Mills came back to the Board in six months',
    );
    // The page of the year it was asked lists it too, and the tracker links to that page.
    expect(pageText(atRoot, paths.actionsOfYear(2019))).toContain(
      'The Chairman requested that Sarah-Jane Mills came back to the Board in six months',
    );
    expect(readFileSync(join(atRoot, paths.actions(), 'index.html'), 'utf8')).toContain('href="/actions/2019/"');
  });

  it('writes a sitemap that is valid XML and lists every page', () => {
    const xml = readFileSync(join(underBase, 'sitemap.xml'), 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const urls = new XMLParser().parse(xml).urlset.url.map((u: { loc: string }) => u.loc);
    const pages = htmlFiles(underBase)
      .filter((p) => p !== '404.html')
      .map((p) => `https://minutes.example.gov.uk${BASE}${p.replace(/index\.html$/, '')}`);
    expect(urls.sort()).toEqual(pages.sort());
    expect(readFileSync(join(underBase, 'robots.txt'), 'utf8')).toContain(
      `Sitemap: https://minutes.example.gov.uk${BASE}sitemap.xml`,
    );
  });

  it('links every page to its feeds', () => {
    const body = readFileSync(join(underBase, paths.body('lincolnshire-hwb'), 'index.html'), 'utf8');
    expect(body).toContain(
      `<link rel="alternate" type="application/rss+xml" title="Health boards' minutes (sample) (RSS)" href="${BASE}feeds/all.rss.xml">`,
    );
    expect(body).toContain(`href="${BASE}feeds/bodies/lincolnshire-hwb.atom.xml"`);
    expect(body).toContain(`href="${BASE}calendars/lincolnshire-hwb.ics"`);
  });

  it('describes meetings as schema.org Events and bodies as GovernmentOrganizations', () => {
    const jsonLd = (path: string) =>
      JSON.parse(
        /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(
          readFileSync(join(underBase, path, 'index.html'), 'utf8'),
        )![1],
      );
    expect(jsonLd(paths.meeting('2023-06-29-bromley-hwb'))).toMatchObject({
      '@type': 'Event',
      startDate: '2023-06-29',
      url: `https://minutes.example.gov.uk${BASE}meetings/2023-06-29-bromley-hwb/`,
    });
    expect(jsonLd(paths.body('llr-jhsc'))).toMatchObject({
      '@type': 'GovernmentOrganization',
      areaServed: ['Leicester', 'Leicestershire', 'Rutland'],
    });
  });
});

describe('content added to the sample: a later item, a new place and a new topic', () => {
  const content = copySampleContent();
  const dist = join(work, 'added');
  beforeAll(() => {
    mkdirSync(join(content.dir, 'meetings/2019-09-05-lincolnshire-hwb'));
    content.write(
      'meetings/2019-09-05-lincolnshire-hwb/meeting.yaml',
      'body: lincolnshire-hwb\ndate: 2019-09-05\nstatus: draft\n',
    );
    content.write(
      'meetings/2019-09-05-lincolnshire-hwb/04-neighbourhood-working-update.md',
      '---\nnumber: "4"\ntitle: Neighbourhood Working update\ntopics: [neighbourhood-working]\nfollows: [2019-03-01-lincolnshire-hwb/01-neighbourhood-working]\n---\n\nSarah-Jane Mills presented the performance indicators.\n',
    );
    // A place and a topic no agenda item is about yet, as when a council sets them up first.
    content.write('localities/boston.yaml', 'name: Boston\nkind: district\nparent: lincolnshire\n');
    content.write('topics/housing.yaml', 'name: Housing\ndescription: Homes and their effect on health.\n');
    const result = buildSite({ dist, contentDir: content.dir });
    if (result.status !== 0) throw new Error(`build failed:\n${result.stderr}`);
  }, 120_000);
  afterAll(() => content.remove());

  it('links both ways: "answers a follow-up from…" and "Answered by…", and the follow-up counts as answered', () => {
    const later = pageText(dist, 'meetings/2019-09-05-lincolnshire-hwb/04-neighbourhood-working-update/');
    expect(later).toContain(
      'This item answers a follow-up from Neighbourhood Working, about March 2019 Approximate date.',
    );
    const earlier = pageText(dist, 'meetings/2019-03-01-lincolnshire-hwb/01-neighbourhood-working/');
    expect(earlier).toContain('Status Answered Answered by Neighbourhood Working update, 5 September 2019.');
    expect(readFileSync(join(dist, 'data/actions.csv'), 'utf8')).toContain(
      ',answered,2019-09-05-lincolnshire-hwb/04-neighbourhood-working-update,',
    );
  });

  it('says a place or topic with no agenda items has none yet, with no empty "Year by year" list and no year pages', () => {
    for (const [path, name] of [
      [paths.locality('boston'), 'Boston'],
      [paths.topic('housing'), 'Housing'],
    ]) {
      const text = pageText(dist, path);
      expect(text).toMatch(new RegExp(`Agenda items( about ${name})? No agenda items yet\\.`));
      expect(text).not.toContain('Year by year');
      expect(htmlFiles(join(dist, path))).toEqual(['index.html']);
    }
    expect(pageText(dist, paths.locality('lincolnshire'))).toMatch(/Areas within it [^.]*Boston/);
  });

  it('offers "Other years" only where there is another year to go to', () => {
    // Havering's board met once, in 2017; England has items in 2017, 2019, 2023 and, on the agenda still to come, 2027.
    expect(pageText(dist, paths.bodyYear('havering-hosc', 2017))).not.toContain('Other years');
    expect(pageText(dist, paths.localityYear('england', 2019))).toMatch(
      /Other years 2027 \(\d+ items?\) 2023 \(\d+ items?\) 2019 \(\d+ items?\) 2017/,
    );
  });
});

describe('a failed build', () => {
  it('explains the problem, exits non-zero and leaves the previous site untouched', () => {
    const content = copySampleContent();
    const dist = join(work, 'previous');
    mkdirSync(dist);
    writeFileSync(join(dist, 'index.html'), 'the site as it was');
    try {
      content.edit('meetings/2019-03-01-lincolnshire-hwb/meeting.yaml', (t) =>
        t.replace('date: 2019-03-01', 'date: 2019-02-30'),
      );
      const result = buildSite({ dist, contentDir: content.dir });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(
        `✗ content/meetings/2019-03-01-lincolnshire-hwb/meeting.yaml, line ${content.lineOf('meetings/2019-03-01-lincolnshire-hwb/meeting.yaml', 'date:')}, field "date"`,
      );
      expect(result.stderr).toContain('How to fix: this date does not exist on the calendar.');
      expect(result.stderr).toContain('was left as it was');
      expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('the site as it was');
      expect(existsSync(join(dist, 'meetings'))).toBe(false);
    } finally {
      content.remove();
    }
  });
});

describe('a build that would publish far less', () => {
  it('stops, says what shrank and how to confirm it, and leaves the live site', () => {
    const content = copySampleContent();
    const dist = join(work, 'shrinking');
    mkdirSync(join(dist, 'data'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), 'the site as it was');
    // The counts the sample's own build wrote into its site.
    cpSync(join(atRoot, 'data', 'counts.json'), join(dist, 'data', 'counts.json'));
    try {
      // Emptied, as when a clerk's OneDrive has moved the meetings elsewhere.
      renameSync(join(content.dir, 'meetings'), join(content.dir, '..', 'moved-meetings'));
      mkdirSync(join(content.dir, 'meetings'));
      const result = buildSite({ dist, contentDir: content.dir });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(
        `✗ This build would publish far less than the site it replaces: 0 meetings, where ${dist} has ${corpus.meetings.length}; 0 agenda items, where it has ${corpus.items.length}.`,
      );
      expect(result.stderr).toContain('build once with MINUTED_ALLOW_FEWER=1');
      expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('the site as it was');
    } finally {
      content.remove();
    }
  });
});

describe('a build stopped halfway', () => {
  it('leaves a half-made site beside dist/ that the next build removes, even one that stops on bad content', async () => {
    const content = copySampleContent();
    const dist = join(work, 'after-a-stop');
    // What a build whose process was stopped leaves: its folder, named by its process id.
    const stopped = spawnSync(process.execPath, ['-e', '']).pid!;
    const leftover = join(work, `.after-a-stop.building-${stopped}`);
    mkdirSync(join(leftover, 'meetings'), { recursive: true });
    try {
      content.edit('meetings/2019-03-01-lincolnshire-hwb/meeting.yaml', (t) =>
        t.replace('date: 2019-03-01', 'date: 2019-02-30'),
      );
      expect(buildSite({ dist, contentDir: content.dir }).status).toBe(1);
      // It is removed by a process of its own, which may outlast the build.
      for (let tries = 0; tries < 100 && existsSync(leftover); tries++)
        await new Promise((resolve) => setTimeout(resolve, 100));
      expect(existsSync(leftover)).toBe(false);
    } finally {
      content.remove();
    }
  });
});
