/**
 * <decision-filter>: filters the decision list that follows it by outcome, body, year
 * and whether its item had a recorded vote, and says how many are shown. Without
 * JavaScript the whole list stays visible, each vote written beside its decisions, and
 * the static per-body and per-year pages do the narrowing.
 */
class DecisionFilter extends HTMLElement {
  connectedCallback() {
    const list = this.nextElementSibling?.matches('ul')
      ? this.nextElementSibling
      : this.parentElement?.querySelector('ul.card-list');
    const form = this.querySelector('form');
    const status = this.querySelector('[role="status"]');
    if (!list || !form || !status) return;
    const items = [...list.querySelectorAll<HTMLLIElement>('li[data-outcome]')];
    const apply = () => {
      const wanted = new FormData(form);
      let shown = 0;
      for (const item of items) {
        const match = ['outcome', 'body', 'year', 'vote'].every(
          (key) => !wanted.get(key) || item.dataset[key] === wanted.get(key),
        );
        item.hidden = !match;
        if (match) shown += 1;
      }
      status.textContent = `${shown} of ${items.length} decisions shown`;
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

if (!customElements.get('decision-filter')) customElements.define('decision-filter', DecisionFilter);
