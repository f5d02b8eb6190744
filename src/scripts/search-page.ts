import { withCommas } from '../lib/text/counts.ts';
import type { SearchPartLink } from '../lib/search/parts.ts';
import {
  type Counts,
  facetCountSearches,
  facetCounts,
  pagefindFilters,
  partsCovering,
  sumCounts,
  type Ticked,
} from '../lib/search/query.ts';
import type { SearchDecision } from '../lib/search/records.ts';
import { searchingStatus, searchStatus } from '../lib/search/status.ts';

/**
 * <search-page>: runs Pagefind in the browser. The query, filters and sort live in the
 * address (?q=district+nurses&locality=rutland&sort=newest), so a search can be
 * bookmarked and shared; results are announced to screen readers and load ten at a time.
 * A large archive's index is in parts by date (see search-parts.ts): they are searched one
 * after another, newest first (oldest first when sorting so), and the first results are
 * shown as soon as a part has them; a search by year asks only the parts of those years.
 * The counts beside the filters follow; on a narrow screen, where the filters start folded,
 * only once they are opened. Ticked options of one filter widen the search, different
 * filters narrow it (see search-query.ts).
 */
interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string>; sub_results: PagefindSubResult[] }>;
}
/** A section of a page that matched: here, one of an item's decisions. */
interface PagefindSubResult {
  url: string;
  title: string;
  excerpt: string;
  anchor?: { id: string };
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Counts;
}
/** One part's index, as Pagefind's createInstance gives it. */
interface Pagefind {
  init(): Promise<void>;
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options: Record<string, unknown>): Promise<PagefindSearch | null>;
  filters(): Promise<Counts>;
}
interface PagefindModule {
  createInstance(options: { basePath: string }): Pagefind;
}
/** A part of the index, and its Pagefind once loaded. */
interface Part extends SearchPartLink {
  pagefind?: Promise<Pagefind>;
  filtersLoaded?: boolean;
}

const PAGE_SIZE = 10;
const COUNTING = 'Counting the results under each filter…';
const COULD_NOT_LOAD = 'Search could not load. Try again later, or browse the meetings and decisions lists.';
const SORTS: Record<string, Record<string, string> | undefined> = {
  relevance: undefined,
  newest: { date: 'desc' },
  oldest: { date: 'asc' },
};

/** Only Pagefind's <mark> highlights are kept from an excerpt; any other markup is dropped. */
const safeExcerpt = (html: string) => html.replace(/<(?!\/?mark>)[^>]*>/g, '');

class SearchPage extends HTMLElement {
  private pagefind?: PagefindModule;
  private parts: Part[] = [];
  private shown: PagefindResult[] = [];
  private results: PagefindResult[] = [];
  private runs = 0;
  private query: string | null = null;
  /** Counts the filters of the latest search, once the folded filters are opened. */
  private whenFiltersShown?: () => void;

  async connectedCallback() {
    const form = this.querySelector<HTMLFormElement>('form.search-form')!;
    const controls = this.querySelector<HTMLFormElement>('form.search-controls')!;
    this.querySelector('.search-needs-js')?.remove();
    controls.hidden = false;
    // Filters start open beside the results on wide screens, folded above them on narrow ones.
    const filters = this.querySelector<HTMLDetailsElement>('details.search-filters')!;
    filters.open = matchMedia('(min-width: 48rem)').matches;
    filters.addEventListener('toggle', () => {
      if (filters.open) this.whenFiltersShown?.();
    });
    this.readAddress(form, controls);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.update(form, controls, true);
    });
    controls.addEventListener('change', () => this.update(form, controls, false));
    controls.addEventListener('submit', (event) => {
      event.preventDefault();
      this.update(form, controls, true);
    });
    this.querySelector('.search-more')!.addEventListener('click', () => this.showMore(false));
    window.addEventListener('popstate', () => {
      this.readAddress(form, controls);
      void this.run(controls);
    });
    // Every part has Pagefind's script; one copy serves them all. Parts load when first searched.
    try {
      this.parts = JSON.parse(this.dataset.parts!) as Part[];
      this.pagefind = (await import(
        /* @vite-ignore */ `${this.dataset.base}${this.parts[0].path}pagefind.js`
      )) as PagefindModule;
    } catch {
      this.status(COULD_NOT_LOAD);
      return;
    }
    await this.run(controls);
  }

  /** Sets the form from the address. */
  private readAddress(form: HTMLFormElement, controls: HTMLFormElement) {
    const params = new URLSearchParams(location.search);
    form.querySelector<HTMLInputElement>('input[name="q"]')!.value = params.get('q') ?? '';
    for (const box of controls.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'))
      box.checked = params.getAll(box.name).includes(box.value);
    controls.querySelector<HTMLSelectElement>('select[name="sort"]')!.value = params.get('sort') ?? 'relevance';
  }

  /** Puts the form into the address, then searches. */
  private update(form: HTMLFormElement, controls: HTMLFormElement, newEntry: boolean) {
    const params = new URLSearchParams();
    const q = form.querySelector<HTMLInputElement>('input[name="q"]')!.value.trim();
    if (q) params.set('q', q);
    for (const box of controls.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked'))
      params.append(box.name, box.value);
    const sort = controls.querySelector<HTMLSelectElement>('select[name="sort"]')!.value;
    if (sort !== 'relevance') params.set('sort', sort);
    const address = `${location.pathname}${params.size ? `?${params}` : ''}`;
    if (newEntry) history.pushState(null, '', address);
    else history.replaceState(null, '', address);
    void this.run(controls);
  }

  /** A part's Pagefind, loaded on first use. */
  private load(part: Part): Promise<Pagefind> {
    part.pagefind ??= (async () => {
      const pagefind = this.pagefind!.createInstance({ basePath: `${this.dataset.base}${part.path}` });
      await pagefind.options({ baseUrl: this.dataset.base, excerptLength: 30 });
      await pagefind.init();
      return pagefind;
    })();
    return part.pagefind;
  }

  private async run(controls: HTMLFormElement) {
    if (!this.pagefind) return;
    const run = ++this.runs;
    this.whenFiltersShown = undefined;
    await this.guard(run, () => this.search(controls, run));
  }

  /** Runs part of a search, saying so if the index could not load (unless a newer search has started). */
  private async guard(run: number, work: () => Promise<void>) {
    try {
      await work();
    } catch {
      if (run !== this.runs) return;
      this.status(COULD_NOT_LOAD);
      this.showCounts(null);
    }
  }

  private async search(controls: HTMLFormElement, run: number) {
    const params = new URLSearchParams(location.search);
    const q = params.get('q')?.trim() || null;
    const ticked: Ticked = {};
    for (const name of new Set(
      [...controls.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].map((b) => b.name),
    )) {
      const values = params.getAll(name);
      if (values.length) ticked[name] = values;
    }
    if (!q && Object.keys(ticked).length === 0) {
      void this.render([], 'Type words to search for, or choose filters.');
      this.showCounts(null);
      return;
    }
    const sort = params.get('sort') ?? 'relevance';
    const options = { filters: pagefindFilters(ticked), sort: SORTS[sort] };
    const parts = partsCovering(sort === 'oldest' ? [...this.parts].reverse() : this.parts, ticked.year ?? []);
    const found: PagefindResult[] = [];
    const periods: string[] = [];
    let shown = false;
    for (const [i, part] of parts.entries()) {
      const search = await this.searchPart(part, q, options);
      if (run !== this.runs) return; // a newer search has started
      found.push(...(search?.results ?? []));
      if (search?.results.length) periods.push(part.period);
      const more = parts.length - i - 1;
      if (!shown && (found.length >= PAGE_SIZE || more === 0)) {
        shown = true;
        await this.render(
          found,
          more > 0 ? searchingStatus(found.length, q, periods) : searchStatus(found.length, q, periods, sort),
          q,
        );
      } else if (shown) {
        this.querySelector<HTMLButtonElement>('.search-more')!.hidden = this.shown.length >= found.length;
        if (more === 0) this.status(searchStatus(found.length, q, periods, sort));
      }
    }
    // A year no part holds (only in an address typed by hand) finds nothing.
    if (!shown) await this.render([], searchStatus(0, q, periods, sort), q);
    // Searches give counts per filter once every filter's index is loaded. On a large archive
    // that is most of what a search would fetch, so the counts follow the results. Every part
    // counts, even one a search by year passed over (its other years' counts), except a
    // part lacking one of the words, which can count nothing.
    const count = async () => {
      this.counting(COUNTING);
      const searches = facetCountSearches(ticked);
      const counts: Counts[] = [];
      for (const part of this.parts) {
        const pagefind = await this.load(part);
        if (!(await hasEveryWord(pagefind, q))) continue;
        await pagefind.filters();
        part.filtersLoaded = true;
        const answers: Counts[] = [];
        for (const search of searches)
          answers.push((await pagefind.search(q, { filters: search.filters }))?.filters ?? {});
        if (run !== this.runs) return;
        counts.push(facetCounts(searches, answers));
      }
      this.showCounts(sumCounts(counts));
    };
    // Folded away (as they start on a narrow screen), the filters show no counts: a phone fetches them only when they are opened.
    const folded = !this.querySelector<HTMLDetailsElement>('details.search-filters')!.open;
    if (!folded || this.parts.every((part) => part.filtersLoaded)) return count();
    this.showCounts(null);
    this.whenFiltersShown = () => {
      this.whenFiltersShown = undefined;
      void this.guard(run, count);
    };
  }

  /**
   * One part's results, or null when one of the words searched for is nowhere in that part:
   * Pagefind leaves out such a word rather than finding nothing, which over a part would
   * list pages that lack it.
   */
  private async searchPart(
    part: Part,
    q: string | null,
    options: Record<string, unknown>,
  ): Promise<PagefindSearch | null> {
    const pagefind = await this.load(part);
    return (await hasEveryWord(pagefind, q)) ? pagefind.search(q, options) : null;
  }

  private render(results: PagefindResult[], message: string, query: string | null = null): Promise<void> {
    this.results = results;
    this.query = query;
    this.shown = [];
    this.querySelector('ol.search-results')!.replaceChildren();
    this.status(message);
    return this.showMore(true);
  }

  /** Counts beside the filters, or none; either way, counting is over. */
  private showCounts(counts: Counts | null) {
    this.counting('');
    for (const box of this.querySelectorAll<HTMLInputElement>('form.search-controls input[type="checkbox"]')) {
      const count = counts?.[box.name]?.[box.value] ?? 0;
      box.closest('.search-option')!.querySelector('.count')!.textContent = counts ? `(${withCommas(count)})` : '';
    }
  }

  /** Says, within the filters, that their counts are on the way (a large archive's take a while). */
  private counting(message: string) {
    this.querySelector('.search-counting')!.textContent = message;
  }

  private async showMore(first: boolean) {
    const results = this.querySelector('ol.search-results')!;
    const more = this.querySelector<HTMLButtonElement>('.search-more')!;
    const next = this.results.slice(this.shown.length, this.shown.length + PAGE_SIZE);
    const data = await Promise.all(next.map((r) => r.data()));
    const items = data.map((d) => {
      const li = document.createElement('li');
      const heading = document.createElement('h3');
      const link = document.createElement('a');
      link.href = d.url;
      link.textContent = d.meta.title ?? d.url;
      heading.append(link);
      const meta = document.createElement('p');
      meta.className = 'meta';
      meta.textContent = [d.meta.date, d.meta.body, d.meta.localities].filter(Boolean).join(' · ');
      li.append(heading, meta);
      const excerpt = this.excerptOf(d);
      if (excerpt !== undefined) {
        const text = document.createElement('p');
        text.innerHTML = safeExcerpt(excerpt);
        li.append(text);
      }
      const decisions = this.decisionsOf(d);
      if (decisions.length > 0) {
        const list = document.createElement('ul');
        list.className = 'search-sections';
        list.append(...decisions);
        li.append(list);
      }
      return li;
    });
    results.append(...items);
    this.shown.push(...next);
    more.hidden = this.shown.length >= this.results.length;
    // Move focus to the first new result, so keyboard users carry on where they were.
    if (!first) items[0]?.querySelector('a')?.focus();
  }

  /** The excerpt from the text before any decision, unless only decisions matched (they are quoted below it). */
  private excerptOf(result: Awaited<ReturnType<PagefindResult['data']>>): string | undefined {
    if (!this.query || !result.sub_results.some((sub) => sub.anchor?.id)) return result.excerpt;
    return result.sub_results.find((sub) => !sub.anchor?.id)?.excerpt;
  }

  /**
   * The item's decisions, each linking to its place in the minutes: those whose words
   * match, with the words marked, or all of them when searching by filters alone.
   */
  private decisionsOf(result: Awaited<ReturnType<PagefindResult['data']>>): HTMLLIElement[] {
    const decisions = JSON.parse(result.meta.decisions ?? '[]') as SearchDecision[];
    const matched = new Map(
      result.sub_results.flatMap((sub) => (sub.anchor?.id ? [[sub.anchor.id, sub.excerpt] as const] : [])),
    );
    return decisions
      .filter((d) => !this.query || matched.has(d.id))
      .map((d) => {
        const li = document.createElement('li');
        const link = document.createElement('a');
        link.href = `${result.url}#${d.id}`;
        link.textContent = d.heading;
        const words = document.createElement('span');
        if (this.query) words.innerHTML = `: ${safeExcerpt(matched.get(d.id)!)}`;
        else words.textContent = `: ${d.headline}`;
        li.append(link, words);
        return li;
      });
  }

  private status(message: string) {
    this.querySelector('.search-status')!.textContent = message;
  }
}

/** Whether a part of the index has every word searched for (each somewhere, not necessarily together). */
async function hasEveryWord(pagefind: Pagefind, q: string | null): Promise<boolean> {
  const words =
    q
      ?.replaceAll('"', ' ')
      .split(/\s+/)
      .filter((word) => /[\p{L}\p{N}]/u.test(word)) ?? [];
  if (words.length < 2) return true;
  for (const word of words) {
    if (!(await pagefind.search(word, {}))?.results.length) return false;
  }
  return true;
}

if (!customElements.get('search-page')) customElements.define('search-page', SearchPage);
