// A chart's points: tooltip, focus and selection of a period.
import { $, el, num } from '../dom.js';
import { data, hooks, inPeriod } from '../state.js';

// Titles a tooltip lists; a week or month of a large corpus has more.
const TIP_TITLES = 8;

function dayTooltip(hit) {
  const day = hit.dataset.date;
  const titles = data.summary.articles.filter(a => inPeriod(a.date, day)).map(a => a.title);
  const shown = titles.slice(0, TIP_TITLES).map(t => el('li', null, t));
  if (titles.length > TIP_TITLES) shown.push(el('li', { class: 'muted' }, `and ${num(titles.length - TIP_TITLES)} more (select it to list them all)`));
  const tip = $('tooltip');
  tipFor = hit;
  tip.replaceChildren(el('div', null, hit.getAttribute('aria-label')),
    titles.length ? el('ul', null, ...shown) : null);
  const r = hit.getBoundingClientRect();
  tip.hidden = false;
  const left = Math.min(window.innerWidth - tip.offsetWidth - 8, Math.max(8, r.left + r.width / 2 - tip.offsetWidth / 2));
  tip.style.left = `${left}px`;
  tip.style.top = `${Math.max(8, r.top - tip.offsetHeight - 8)}px`;
}

// The point a tooltip is about. A chart drawn again (the layout moved, a
// period was selected) replaces its points without a mouseleave: the
// tooltip of a point no longer on the page goes.
let tipFor = null;

// The page scrolled (presentation mode scrolls it at each event): the
// point under the pointer is another, or none, and no mouseleave says so.
// A point focused from the keyboard (and scrolled into view) keeps its
// tooltip, moved with it.
let hideOnScroll = true;
function onScroll() {
  if (tipFor?.isConnected && document.activeElement === tipFor) dayTooltip(tipFor);
  else $('tooltip').hidden = true;
}

export function wireChart(id) {
  if (tipFor && !tipFor.isConnected) $('tooltip').hidden = true;
  if (hideOnScroll) {
    hideOnScroll = false;
    window.addEventListener('scroll', onScroll, { passive: true });
  }
  for (const hit of $(id).querySelectorAll('.day-hit')) {
    // Shown when the pointer moves over a point, not when a point is drawn
    // under a pointer that stays (the layout of presentation mode moved a
    // day of the tone chart under the button just clicked, at each event).
    hit.addEventListener('mousemove', () => { if (tipFor !== hit || $('tooltip').hidden) dayTooltip(hit); });
    hit.addEventListener('focus', () => dayTooltip(hit));
    hit.addEventListener('mouseleave', () => { $('tooltip').hidden = true; });
    hit.addEventListener('blur', () => { $('tooltip').hidden = true; });
    hit.addEventListener('click', () => hooks.selectDay(hit.dataset.date));
    hit.addEventListener('keydown', async ev => {
      if (ev.key !== 'Enter' && ev.key !== ' ') return;
      ev.preventDefault();
      // The chart is drawn again: focus goes back to the same point of the
      // new drawing, so the next Tab goes on from there.
      const date = hit.dataset.date;
      await hooks.selectDay(date);
      $(id).querySelector(`.day-hit[data-date="${CSS.escape(date)}"]`)?.focus();
    });
  }
}
