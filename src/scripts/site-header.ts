/**
 * The header's Menu button, which folds the navigation away at narrow widths, and the
 * printed page's address and date. Without JavaScript the button stays hidden, the
 * navigation open, and a printout gives the canonical address and the build's date.
 */
const button = document.querySelector<HTMLButtonElement>('.menu-button');
const nav = document.getElementById(button?.getAttribute('aria-controls') ?? '');
if (button && nav) {
  const setOpen = (open: boolean) => {
    button.setAttribute('aria-expanded', String(open));
    nav.classList.toggle('site-nav--closed', !open);
  };
  setOpen(false);
  button.hidden = false;
  button.addEventListener('click', () => setOpen(button.getAttribute('aria-expanded') !== 'true'));
}

const address = document.querySelector('.print-address');
const date = document.querySelector('.print-date');
// Filled again just before printing, for a page left open since another day.
const fillPrintDetails = () => {
  if (address) address.textContent = location.href;
  if (date) {
    const today = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
    date.textContent = `Printed on ${today}`;
  }
};
fillPrintDetails();
addEventListener('beforeprint', fillPrintDetails);
