// What stands out in the period selected (keyness), with a way into its
// contexts.
import { core } from '../core/cores.js';
import { $, el, num, plural } from '../dom.js';
import { data, state } from '../state.js';
import { renderKwicTerms } from './kwic.js';
import { addQuery, toggleSeries } from './mentions.js';

const KEYWORDS_SHOWN = 15;

// The words and names the core finds over-represented in the selected
// day, week or month; each opens its contexts (a word becomes a query).
export async function renderKeywords() {
  $('keywords-section').hidden = !state.day;
  if (!state.day) return;
  const day = state.day;
  const r = await core.call('keywords', day, KEYWORDS_SHOWN);
  if (state.day !== day) return;
  if (!r) { $('keywords-section').hidden = true; return; }
  // (The period whole on one line: "2026-01-08" does not break at a hyphen.)
  $('keywords-heading').replaceChildren('What stands out on ', el('span', { class: 'nowrap' }, day));
  $('keywords-count').textContent = `${plural(r.articles, 'article')}, ${plural(r.words, 'word')}, against ${plural(r.rest_words, 'word')} in the rest`;
  const table = (id, list, open) => {
    const head = el('tr', null, ...['Term', 'Here', 'Rest', 'Per 10k here', 'Per 10k rest', 'G²'].map(h => el('th', { scope: 'col' }, h)));
    const rows = list.map(k => {
      const b = el('button', { type: 'button', class: 'link-button', 'data-keyword': k.term, title: `Read "${k.term}" in context` }, k.term);
      b.addEventListener('click', () => open(k.term));
      return el('tr', null, el('td', null, b), el('td', null, num(k.count)), el('td', null, num(k.rest)),
        el('td', null, k.per_10k.toFixed(1)), el('td', null, k.rest_per_10k.toFixed(1)), el('td', null, k.log_likelihood.toFixed(1)));
    });
    $(id).replaceChildren(el('thead', null, head), el('tbody', null, ...(rows.length ? rows
      : [el('tr', null, el('td', { colspan: '6', class: 'muted' }, 'Nothing stands out against the rest.'))])));
  };
  table('keywords-words', r.keywords, word => inContext(word, true));
  table('keywords-names', r.names, name => inContext(name, false));
}

// Shows `term` in context: a word becomes a query (a series); a name is
// shown as a series.
async function inContext(term, asQuery) {
  if (asQuery && !data.counts.terms.includes(term)) await addQuery(term);
  else if (!state.series.includes(term)) await toggleSeries(term);
  state.kwicTerm = term;
  await renderKwicTerms();
  $('kwic-heading').scrollIntoView({ block: 'start' });
}
