// "In context": the lines around each occurrence of a series.
import { core } from '../core/cores.js';
import { $, countOf, el, plural } from '../dom.js';
import { data, inPeriod, state } from '../state.js';
import { LIST_PAGE, listPage, listShown } from './lists.js';
import { openReader } from './reader.js';

export function renderKwicTerms() {
  const terms = state.series.length ? state.series : data.counts.terms.slice(0, 1);
  if (!terms.includes(state.kwicTerm)) state.kwicTerm = terms[0] || null;
  $('kwic-term').replaceChildren(...terms.map(t => el('option', { value: t, selected: t === state.kwicTerm }, t)));
  return renderKwic();
}

// Occurrences of a series in the articles of the selection (the counts
// and the contexts agree).
async function termCount(term, day) {
  if (!day) return data.totals[term] || 0;
  // The day counts hold the series shown; another's are asked for.
  const days = data.countsFor.includes(term) ? data.counts.days : (await core.call('countsDays', [term])).days;
  return days.reduce((sum, d) => sum + (inPeriod(d.date, day) ? countOf(d.counts, term) : 0), 0);
}

export async function renderKwic(firstPage = true) {
  if (firstPage) listShown.kwic = LIST_PAGE;
  if (!state.kwicTerm) {
    // (Nothing of a corpus shown before stays.)
    $('kwic-count').textContent = 'No name or query to show in context: add a query above the mentions chart.';
    $('kwic').replaceChildren();
    $('kwic-more').replaceChildren();
    return;
  }
  // In corpus order only the lines shown are worked out (their number is
  // the term's count); sorted by a neighbouring word, all of them.
  // A selected period without the series chosen shows the series most
  // mentioned in it, and says so ("0 occurrences of Donald Trump on
  // 2025-06-28" told nothing).
  let note = '';
  if (state.day && firstPage && await termCount(state.kwicTerm, state.day) === 0) {
    const inDay = t => data.counts.days.reduce((sum, d) => sum + (inPeriod(d.date, state.day) ? countOf(d.counts, t) : 0), 0);
    let best = state.series.filter(t => data.countsFor.includes(t)).map(t => [t, inDay(t)]).sort((a, b) => b[1] - a[1])[0];
    // None of the series shown then: the name of the corpus mentioned most
    // in the period ("0 occurrences of Larry Page on 2010-08-13" beside a
    // day about Thomas Hoenig was a dead end), added to the choices.
    if (!(best && best[1] > 0)) {
      const days = (await core.call('countsDays', null))?.days || [];
      const sums = new Map();
      for (const d of days) {
        if (!inPeriod(d.date, state.day)) continue;
        for (const [t, n] of Object.entries(d.counts || {})) sums.set(t, (sums.get(t) || 0) + n);
      }
      best = [...sums].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
      if (best && best[1] > 0 && ![...$('kwic-term').options].some(o => o.value === best[0])) {
        $('kwic-term').append(el('option', { value: best[0] }, best[0]));
      }
    }
    if (best && best[1] > 0) {
      note = ` (none of ${state.kwicTerm} then)`;
      state.kwicTerm = best[0];
      $('kwic-term').value = best[0];
    }
  }
  const ordered = state.kwicSort === 'order';
  const lines = await core.call('contexts', state.kwicTerm, state.day || '', 48, ordered ? listShown.kwic : 0);
  const total = ordered ? await termCount(state.kwicTerm, state.day) : lines.length;
  const word = (s, last) => { const w = s.trim().split(/\s+/); return ((last ? w[w.length - 1] : w[0]) || '').toLowerCase(); };
  if (state.kwicSort === 'left') lines.sort((a, b) => word(a.left, true).localeCompare(word(b.left, true)));
  if (state.kwicSort === 'right') lines.sort((a, b) => word(a.right, false).localeCompare(word(b.right, false)));
  $('kwic-count').textContent = `${plural(total, 'occurrence')} of ${state.kwicTerm}${state.day ? ` on ${state.day}` : ''}${note}`;
  $('kwic').replaceChildren(...listPage('kwic', lines, renderKwic, total).map(c => {
    const line = el('div', { class: 'kwic-line', 'data-article': c.article, tabindex: '0', role: 'button' },
      el('span', { class: 'l' }, el('bdi', null, c.left)), el('span', { class: 't' }, c.term), el('span', { class: 'r' }, c.right));
    const open = () => openReader(c.article, (c.left + c.term + c.right).trim());
    line.addEventListener('click', open);
    line.addEventListener('keydown', ev => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); open(); } });
    return line;
  }));
}
