import { withCommas } from '../lib/text/counts.ts';
import {
  type Counts,
  type PagefindFilters,
  type Ticked,
  facetCountSearches,
  facetCounts,
  pagefindFilters,
  partsCovering,
  sumCounts,
} from '../lib/search/query.ts';
import { searchingStatus, searchStatus } from '../lib/search/status.ts';
import { leadingFilters, mayLead, named } from '../lib/search/leading.ts';
import { type ActiveFilter, activeFilters, type LabelledFilter } from '../lib/search/active-filters.ts';
import {
  searchPart,
  type PagefindModule,
  type PagefindResult,
  type PagefindSearch,
  type Part,
} from './pagefind-parts.ts';
import { readAddress, searchOfAddress, writeAddress } from './search-address.ts';
import { resultItem } from './search-results.ts';
import { filterLabels, foldLongLists, listActiveFilters, refold } from './search-filters.ts';

const PAGE_SIZE = 10;
const COUNTING = 'Counting the results under each filter…';
const COULD_NOT_LOAD = 'Search could not load. Try again later, or browse the meetings and decisions lists.';
const SORTS: Record<string, Record<string, string> | undefined> = {
  relevance: undefined,
  newest: { date: 'desc' },
  oldest: { date: 'asc' },
};

/**
 * <search-page>: runs Pagefind in the browser. The query, filters and sort live in the
 * address (see search-address.ts); results are announced to screen readers and load ten
 * at a time. A large archive's index is in parts by date: they are searched one after
 * another, newest first (oldest first when sorting so), and the first results are shown
 * as soon as a part has them; a search by year asks only the parts of those years.
 * The counts beside the filters follow; on a narrow screen, where the filters start folded,
 * only once they are opened. Ticked options of one filter widen the search, different
 * filters narrow it (see lib/search/query.ts); those ticked are listed above the results,
 * each with a button to remove it.
 */
class SearchPage extends HTMLElement {
  private pagefind?: PagefindModule;
  private parts: Part[] = [];
  /** Boards' and places' names (leading.ts). */
  private names: string[] = [];
  private shown: PagefindResult[] = [];
  private results: PagefindResult[] = [];
  private runs = 0;
  private query: string | null = null;
  private labels: LabelledFilter[] = [];
  /** Whether the next results shown take focus: so they do once the last filter listed is removed. */
  private focusOnResults = false;
  /** Counts the filters of the latest search, once the folded filters are opened. */
  private whenFiltersShown?: () => void;

  async connectedCallback() {
    const form = this.querySelector<HTMLFormElement>('form.search-form')!;
    const controls = this.querySelector<HTMLFormElement>('form.search-controls')!;
    this.querySelector('.search-needs-js')?.remove();
    controls.hidden = false;
    this.querySelector<HTMLElement>('.search-output')!.hidden = false;
    this.labels = filterLabels(controls);
    // Filters start open beside the results on wide screens, folded above them on narrow ones.
    const filters = this.querySelector<HTMLDetailsElement>('details.search-filters')!;
    filters.open = matchMedia('(min-width: 48rem)').matches;
    filters.addEventListener('toggle', () => {
      if (filters.open) this.whenFiltersShown?.();
    });
    readAddress(form, controls);
    foldLongLists(controls);
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
      readAddress(form, controls);
      refold(controls);
      void this.run(controls);
    });
    // Every part has Pagefind's script; one copy serves them all. Parts load when first searched.
    try {
      this.parts = JSON.parse(this.dataset.parts!) as Part[];
      this.names = JSON.parse(this.dataset.names ?? '[]') as string[];
      this.pagefind = (await import(
        /* @vite-ignore */ `${this.dataset.base}${this.parts[0].path}pagefind.js`
      )) as PagefindModule;
    } catch {
      this.status(COULD_NOT_LOAD);
      return;
    }
    await this.run(controls);
  }

  /** Puts the form into the address, then searches. */
  private update(form: HTMLFormElement, controls: HTMLFormElement, newEntry: boolean) {
    writeAddress(form, controls, newEntry);
    void this.run(controls);
  }

  private async run(controls: HTMLFormElement) {
    if (!this.pagefind) return;
    const run = ++this.runs;
    this.whenFiltersShown = undefined;
    const { q, ticked, sort } = searchOfAddress(controls);
    const active = activeFilters(this.labels, ticked);
    listActiveFilters(this.querySelector('.search-active')!, active, (filter, position) =>
      this.removeFilter(controls, filter, position),
    );
    await this.guard(run, () => this.search(q, ticked, sort, active, run));
  }

  /** Unticks a filter listed above the results and searches again; focus moves to the next filter listed, or the results. */
  private removeFilter(controls: HTMLFormElement, filter: ActiveFilter, position: number) {
    for (const box of controls.querySelectorAll<HTMLInputElement>(`input[name="${filter.name}"]`))
      if (box.value === filter.value) box.checked = false;
    this.focusOnResults = true;
    this.update(this.querySelector('form.search-form')!, controls, false);
    const left = this.querySelectorAll<HTMLButtonElement>('.search-active button');
    if (left.length === 0) return;
    this.focusOnResults = false;
    left[Math.min(position, left.length - 1)].focus();
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

  private async search(q: string | null, ticked: Ticked, sort: string, active: ActiveFilter[], run: number) {
    if (!q && Object.keys(ticked).length === 0) {
      void this.render([], 'Type words to search for, or choose filters.');
      this.showCounts(null);
      return;
    }
    const options = { filters: pagefindFilters(ticked), sort: SORTS[sort] };
    const parts = partsCovering(sort === 'oldest' ? [...this.parts].reverse() : this.parts, ticked.year ?? []);
    // Ranked by relevance, boards' and places' pages named by the words come first (leading.ts).
    const siteWide = sort === 'relevance' ? this.parts.find((part) => part.siteWide) : undefined;
    const leading = siteWide && mayLead(this.names, q) ? leadingFilters(ticked) : null;
    const found: PagefindResult[] = [];
    const periods: string[] = [];
    let led = new Set<string>();
    let shown = false;
    for (const [i, part] of parts.entries()) {
      const search = await this.searchPart(part, q, options);
      // Asked after the first part, not beside it: two parts searched at once failed in
      // Pagefind's worker ("unreachable").
      if (i === 0) {
        const first = leading ? await this.leadingResults(siteWide!, q, leading) : [];
        found.push(...first);
        led = new Set(first.map((result) => result.id));
      }
      if (run !== this.runs) return; // a newer search has started
      const results = (search?.results ?? []).filter((result) => part !== siteWide || !led.has(result.id));
      found.push(...results);
      if (results.length) periods.push(part.period);
      const more = parts.length - i - 1;
      if (!shown && (found.length >= PAGE_SIZE || more === 0)) {
        shown = true;
        await this.render(
          found,
          more > 0
            ? searchingStatus(found.length, q, periods, active)
            : searchStatus(found.length, q, periods, sort, active, led.size > 0),
          q,
        );
      } else if (shown) {
        this.querySelector<HTMLButtonElement>('.search-more')!.hidden = this.shown.length >= found.length;
        if (more === 0) this.status(searchStatus(found.length, q, periods, sort, active, led.size > 0));
      }
    }
    // A year no part holds (only in an address typed by hand) finds nothing.
    if (!shown) await this.render([], searchStatus(0, q, periods, sort, active), q);
    // Searches give counts per filter once every filter's index is loaded. On a large archive
    // that is most of what a search would fetch, so the counts follow the results. Every part
    // counts, even one a search by year passed over (its other years' counts), except a
    // part lacking one of the words, which can count nothing.
    const count = async () => {
      this.counting(COUNTING);
      const searches = facetCountSearches(ticked);
      const counts: Counts[] = [];
      for (const part of this.parts) {
        const answers: Counts[] = [];
        for (const search of searches)
          answers.push((await this.searchPart(part, q, { filters: search.filters }, true))?.filters ?? {});
        part.filtersLoaded = true;
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
  private searchPart(
    part: Part,
    q: string | null,
    options: { filters?: unknown; sort?: Record<string, string> },
    counting = false,
  ): Promise<PagefindSearch | null> {
    return searchPart(this.pagefind!, this.dataset.base, part, q, options, counting);
  }

  /** The boards' and places' pages named by the words searched for, the one named exactly first. */
  private async leadingResults(part: Part, q: string | null, filters: PagefindFilters): Promise<PagefindResult[]> {
    // Pagefind ranks a page whose heading has the words high, so the first page of results holds those named.
    const results = (await this.searchPart(part, q, { filters }))?.results.slice(0, PAGE_SIZE) ?? [];
    const names = await Promise.all(results.map(async (result) => (await result.data()).meta.name));
    return named(results, names, q);
  }

  private render(results: PagefindResult[], message: string, query: string | null = null): Promise<void> {
    this.results = results;
    this.query = query;
    this.shown = [];
    this.querySelector('ol.search-results')!.replaceChildren();
    this.status(message);
    if (this.focusOnResults) this.querySelector<HTMLElement>('#results-heading')!.focus();
    this.focusOnResults = false;
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
    const items = data.map((d) => resultItem(d, this.query));
    results.append(...items);
    this.shown.push(...next);
    more.hidden = this.shown.length >= this.results.length;
    // Move focus to the first new result, so keyboard users carry on where they were.
    if (!first) items[0]?.querySelector('a')?.focus();
  }

  private status(message: string) {
    this.querySelector('.search-status')!.textContent = message;
  }
}

if (!customElements.get('search-page')) customElements.define('search-page', SearchPage);
