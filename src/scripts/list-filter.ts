/**
 * <list-filter>: filters the card lists that follow it (the decisions register's, the
 * follow-ups') by the fields of its form, and says how many are shown. An entry matches a
 * field's value when its data attribute of that name holds the value among its words.
 * Without JavaScript every entry stays visible, and the static pages of a body, a year or a
 * status narrow them.
 */
class ListFilter extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form');
    const status = this.querySelector('[role="status"]');
    const after = (...selectors: string[]) => [
      ...(this.parentElement?.querySelectorAll<HTMLElement>(
        selectors.map((selector) => `:scope > list-filter ~ ${selector}`).join(', '),
      ) ?? []),
    ];
    const entries = after('.card-list > li', 'section .card-list > li');
    if (!form || !status || entries.length === 0) return;
    // Said of the whole list: "1 of 1 follow-up shown", "1 of 5 decisions shown".
    const noun = (entries.length === 1 ? this.dataset.one : this.dataset.many) ?? '';
    // While filtering, a section (the follow-ups of one status) with none shown goes too, heading and all.
    const sections = after('section');
    const apply = () => {
      const wanted = [...new FormData(form)].filter(([, value]) => value !== '');
      let shown = 0;
      for (const entry of entries) {
        const match = wanted.every(([key, value]) => (entry.dataset[key] ?? '').split(' ').includes(String(value)));
        entry.hidden = !match;
        if (match) shown += 1;
      }
      for (const section of sections)
        section.hidden = wanted.length > 0 && !section.querySelector('.card-list > li:not([hidden])');
      status.textContent = `${shown} of ${entries.length} ${noun} shown`;
    };
    form.addEventListener('change', apply);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      apply();
    });
    form.hidden = false;
    apply();
  }
}

if (!customElements.get('list-filter')) customElements.define('list-filter', ListFilter);
