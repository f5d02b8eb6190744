/**
 * The search page's filters in the browser: the options ticked, listed above the results
 * each with a button to remove it, and long lists of options folded after the first few.
 */
import type { ActiveFilter, LabelledFilter } from '../lib/search/active-filters.ts';

/** The filters and their options' labels, as the page's controls name them. */
export function filterLabels(controls: HTMLFormElement): LabelledFilter[] {
  return [...controls.querySelectorAll<HTMLFieldSetElement>('fieldset[data-filter]')].map((fieldset) => ({
    name: fieldset.dataset.filter!,
    label: fieldset.querySelector('legend')!.textContent!.trim(),
    options: [...fieldset.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].map((box) => ({
      value: box.value,
      label: box.dataset.label!,
    })),
  }));
}

/**
 * Lists the filters on in `container` (hidden when there are none), each with a Remove
 * button; `remove` gets the filter and its place in the list.
 */
export function listActiveFilters(
  container: HTMLElement,
  active: readonly ActiveFilter[],
  remove: (filter: ActiveFilter, position: number) => void,
): void {
  container.hidden = active.length === 0;
  container.querySelector('ul')!.replaceChildren(
    ...active.map((filter, position) => {
      const li = document.createElement('li');
      const name = `${filter.filter}: ${filter.label}`;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'secondary';
      // "Remove" alone would not say what, to someone going from button to button.
      const what = document.createElement('span');
      what.className = 'visually-hidden';
      what.textContent = ` filter ${name}`;
      button.append('Remove', what);
      button.addEventListener('click', () => remove(filter, position));
      const text = document.createElement('span');
      text.textContent = name;
      li.append(text, ' ', button);
      return li;
    }),
  );
}

/** Makes each folded list's button show all its options, or fold them again. */
export function foldLongLists(controls: HTMLFormElement): void {
  for (const button of controls.querySelectorAll<HTMLButtonElement>('button.search-unfold')) {
    button.addEventListener('click', () => {
      button.setAttribute('aria-expanded', String(button.getAttribute('aria-expanded') !== 'true'));
      refold(controls);
    });
  }
  refold(controls);
}

/**
 * Shows or hides the options after the first few of each folded list, as its button says;
 * a ticked option, and the options it is within, always show.
 */
export function refold(controls: HTMLFormElement): void {
  for (const button of controls.querySelectorAll<HTMLButtonElement>('button.search-unfold')) {
    const unfolded = button.getAttribute('aria-expanded') === 'true';
    button.textContent = (unfolded ? button.dataset.fewer : button.dataset.more) ?? '';
    const list = controls.querySelector(`#${button.getAttribute('aria-controls')}`)!;
    for (const li of list.querySelectorAll<HTMLLIElement>('li[data-folded]'))
      li.hidden = !unfolded && !li.querySelector('input:checked');
  }
}
