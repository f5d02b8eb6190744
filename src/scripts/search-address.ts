/** The search in the page's address (?q=district+nurses&locality=rutland&sort=newest), so it can be bookmarked and shared. */
import type { Ticked } from '../lib/search/query.ts';

/** Sets the form from the address. */
export function readAddress(form: HTMLFormElement, controls: HTMLFormElement): void {
  const params = new URLSearchParams(location.search);
  form.querySelector<HTMLInputElement>('input[name="q"]')!.value = params.get('q') ?? '';
  for (const box of controls.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'))
    box.checked = params.getAll(box.name).includes(box.value);
  controls.querySelector<HTMLSelectElement>('select[name="sort"]')!.value = params.get('sort') ?? 'relevance';
}

/** Puts the form into the address: a new entry in the history, or in place of the current one. */
export function writeAddress(form: HTMLFormElement, controls: HTMLFormElement, newEntry: boolean): void {
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
}

/** The search the address holds: its words, the filters ticked (of those the controls offer) and the sort. */
export function searchOfAddress(controls: HTMLFormElement): { q: string | null; ticked: Ticked; sort: string } {
  const params = new URLSearchParams(location.search);
  const q = params.get('q')?.trim() || null;
  const ticked: Ticked = {};
  for (const name of new Set(
    [...controls.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].map((b) => b.name),
  )) {
    const values = params.getAll(name);
    if (values.length) ticked[name] = values;
  }
  return { q, ticked, sort: params.get('sort') ?? 'relevance' };
}
