/**
 * <place-finder>: the "Find your area" box as an ARIA 1.2 combobox. As you type it lists
 * matching places and postcodes in a listbox (the arrow keys move through them with
 * aria-activedescendant, Enter goes to the locality's page, Escape closes the list) and a
 * live region says how many there are. Its data, places/finder.json, loads on first use.
 * Without JavaScript, or if the data cannot load, the form leads to the A to Z of places.
 */
import { paths, withBase } from '../lib/pages/paths.ts';
import type { PlaceFinderData } from '../lib/pages/places.ts';
import {
  findPlaces,
  type PlaceFinder,
  placeFinder,
  type PlaceMatches,
  type PlaceOption,
  placesStatus,
  placeToGo,
} from '../lib/search/place-finder.ts';

// Long enough that a screen reader is not interrupted at every key, short enough to follow typing.
const ANNOUNCE_AFTER_MS = 500;

/** An element with a class, attributes and text. */
function make(tag: string, className: string, attributes: Record<string, string> = {}, text?: string) {
  const element = document.createElement(tag);
  if (className) element.className = className;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (text !== undefined) element.textContent = text;
  return element;
}

class PlaceFinderElement extends HTMLElement {
  private input!: HTMLInputElement;
  private listbox!: HTMLElement;
  private message!: HTMLElement;
  private status!: HTMLElement;
  private finder?: Promise<PlaceFinder | undefined>;
  private failed = false;
  private found?: PlaceMatches;
  private active = -1;
  private announcing?: ReturnType<typeof setTimeout>;

  connectedCallback() {
    const form = this.querySelector('form')!;
    this.input = this.querySelector('input')!;
    this.listbox = make('ul', 'place-options', { id: `${this.input.id}-options`, role: 'listbox' });
    this.listbox.setAttribute('aria-label', 'Suggestions');
    this.listbox.hidden = true;
    this.message = make('p', 'place-message hint');
    this.message.hidden = true;
    this.status = make('p', 'visually-hidden', { role: 'status' });
    form.append(this.listbox, this.message, this.status);
    for (const [name, value] of Object.entries({
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': this.listbox.id,
    }))
      this.input.setAttribute(name, value);

    this.input.addEventListener('focus', () => void this.load(), { once: true });
    this.input.addEventListener('input', () => void this.update());
    this.input.addEventListener('keydown', (event) => this.onKey(event));
    this.input.addEventListener('blur', () => this.show(false));
    form.addEventListener('submit', (event) => {
      // Without the data, the form does what it does without JavaScript: the A to Z.
      if (this.failed) return;
      event.preventDefault();
      void this.submit(form);
    });
    // Choosing with the mouse: the box keeps focus, so the list stays open for the click.
    this.listbox.addEventListener('mousedown', (event) => event.preventDefault());
    this.listbox.addEventListener('click', (event) => {
      const at = (event.target as Element).closest('[role="option"]')?.getAttribute('data-at');
      if (at && this.found) this.go(this.found.options[Number(at)]);
    });
  }

  /** The finder's data, fetched once; undefined if it could not load. */
  private load(): Promise<PlaceFinder | undefined> {
    this.finder ??= fetch(this.dataset.src!)
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
      .then((data: PlaceFinderData) => placeFinder(data))
      .catch(() => {
        this.failed = true;
        return undefined;
      });
    return this.finder;
  }

  /** Suggests what matches the box's text, and says so. */
  private async update() {
    const finder = await this.load();
    if (!finder) {
      this.message.textContent = 'Suggestions could not load: press Find for the A to Z of places.';
      this.message.hidden = false;
      return;
    }
    this.found = findPlaces(finder, this.input.value);
    this.listbox.replaceChildren(...this.found.options.map((option, i) => this.optionElement(option, i)));
    this.choose(-1);
    this.show(this.found.options.length > 0);
    const said = placesStatus(this.found, this.dataset.postcodes === 'yes');
    this.message.textContent = said;
    this.message.hidden = this.found.total > 0 || said === '';
    this.say(said);
  }

  private onKey(event: KeyboardEvent) {
    const count = this.found?.options.length ?? 0;
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && count > 0) {
      event.preventDefault();
      this.show(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.choose(this.active < 0 && step < 0 ? count - 1 : (this.active + step + count) % count);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (!this.listbox.hidden) this.show(false);
      else {
        this.input.value = '';
        void this.update();
      }
    }
  }

  /** Enter or Find: the suggestion chosen, else the one place typed; else the choices, or why there are none. */
  private async submit(form: HTMLFormElement) {
    if (this.found?.typed !== this.input.value) await this.update();
    if (this.failed) return form.submit();
    const matches = this.found!;
    const chosen = this.active >= 0 ? matches.options[this.active] : placeToGo(matches);
    if (chosen) return this.go(chosen);
    this.show(matches.options.length > 0);
    this.say(placesStatus(matches, this.dataset.postcodes === 'yes'), true);
  }

  private show(open: boolean) {
    this.listbox.hidden = !open;
    this.input.setAttribute('aria-expanded', String(open));
    if (!open) this.choose(-1);
  }

  /** Marks suggestion `at` as the one Enter would choose (-1 for none), and brings it into view. */
  private choose(at: number) {
    this.active = at;
    const options = [...this.listbox.children];
    options.forEach((li, i) => li.setAttribute('aria-selected', String(i === at)));
    if (options[at]) {
      this.input.setAttribute('aria-activedescendant', options[at].id);
      options[at].scrollIntoView({ block: 'nearest' });
    } else this.input.removeAttribute('aria-activedescendant');
  }

  /** Sets the live region's text once typing pauses, or at once (emptied first, so the same words are said again). */
  private say(text: string, now = false) {
    clearTimeout(this.announcing);
    if (now) this.status.textContent = '';
    this.announcing = setTimeout(() => (this.status.textContent = text), now ? 100 : ANNOUNCE_AFTER_MS);
  }

  private optionElement(option: PlaceOption, at: number): HTMLElement {
    const li = make('li', '', {
      id: `${this.listbox.id}-${at}`,
      role: 'option',
      'aria-selected': 'false',
      'data-at': String(at),
    });
    li.append(make('span', 'place-option-name', {}, option.name));
    if (option.showLocality) li.append(' ', make('span', 'place-option-locality', {}, `in ${option.locality.name}`));
    return li;
  }

  private go(option: PlaceOption) {
    location.assign(withBase(this.dataset.base ?? '/', paths.locality(option.locality.id)));
  }
}

if (!customElements.get('place-finder')) customElements.define('place-finder', PlaceFinderElement);
