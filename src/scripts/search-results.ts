/** A search result as the search page lists it: its title, where and when, an excerpt, and the decisions that matched. */
import type { SearchDecision } from '../lib/search/records.ts';
import type { PagefindResultData } from './pagefind-parts.ts';

/** Only Pagefind's <mark> highlights are kept from an excerpt; any other markup is dropped. */
const safeExcerpt = (html: string) => html.replace(/<(?!\/?mark>)[^>]*>/g, '');

/** One result's list item; `query` is null when searching by filters alone. */
export function resultItem(result: PagefindResultData, query: string | null): HTMLLIElement {
  const li = document.createElement('li');
  const heading = document.createElement('h3');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'meta';
  meta.textContent = [result.meta.date, result.meta.body, result.meta.localities].filter(Boolean).join(' · ');
  li.append(heading, meta);
  const excerpt = excerptOf(result, query);
  if (excerpt !== undefined) {
    const text = document.createElement('p');
    text.innerHTML = safeExcerpt(excerpt);
    li.append(text);
  }
  const decisions = decisionsOf(result, query);
  if (decisions.length > 0) {
    const list = document.createElement('ul');
    list.className = 'search-sections';
    list.append(...decisions);
    li.append(list);
  }
  return li;
}

/** The excerpt from the text before any decision, unless only decisions matched (they are quoted below it). */
function excerptOf(result: PagefindResultData, query: string | null): string | undefined {
  if (!query || !result.sub_results.some((sub) => sub.anchor?.id)) return result.excerpt;
  return result.sub_results.find((sub) => !sub.anchor?.id)?.excerpt;
}

/**
 * The item's decisions, each linking to its place in the minutes: those whose words
 * match, with the words marked, or all of them when searching by filters alone.
 */
function decisionsOf(result: PagefindResultData, query: string | null): HTMLLIElement[] {
  const decisions = JSON.parse(result.meta.decisions ?? '[]') as SearchDecision[];
  const matched = new Map(
    result.sub_results.flatMap((sub) => (sub.anchor?.id ? [[sub.anchor.id, sub.excerpt] as const] : [])),
  );
  return decisions
    .filter((d) => !query || matched.has(d.id))
    .map((d) => {
      const li = document.createElement('li');
      const link = document.createElement('a');
      link.href = `${result.url}#${d.id}`;
      link.textContent = d.heading;
      const words = document.createElement('span');
      if (query) words.innerHTML = `: ${safeExcerpt(matched.get(d.id)!)}`;
      else words.textContent = `: ${d.headline}`;
      li.append(link, words);
      return li;
    });
}
