// The mentions chart, its chips, legend and table, and the queries.
import { core } from '../core/cores.js';
import { $, appendAll, countOf, el, num } from '../dom.js';
import { height, width } from '../layout.js';
import { ensureCounts, loadCounts } from '../reports.js';
import { color, data, periodHeading, periodLabel, setSeries, state, swatchOf, theme } from '../state.js';
import { saveView } from '../url.js';
import { renderArticles } from './articles.js';
import { renderCounting } from './counting.js';
import { wireChart } from './hover.js';
import { renderKwicTerms } from './kwic.js';

// Chips: queries, then entities by how often they are mentioned; beyond
// the first CHIPS_SHOWN a "more" button shows the rest.
const CHIPS_SHOWN = 10;

export function renderChips() {
  // (Sets: a list may hold 200 queries and a corpus hundreds of names.)
  const queries = new Set(state.queries);
  const series = new Set(state.series);
  const ranked = data.counts.terms
    .filter(t => queries.has(t) || data.totals[t] > 0)
    .sort((a, b) => (queries.has(b) - queries.has(a)) || data.totals[b] - data.totals[a]);
  const visible = state.allChips ? ranked
    : ranked.filter((t, i) => i < CHIPS_SHOWN || series.has(t) || queries.has(t));
  const hidden = ranked.length - visible.length;
  const more = el('button', { type: 'button', class: 'link-button', id: 'more-chips' },
    state.allChips ? 'fewer' : `+${hidden} more`);
  more.addEventListener('click', () => { state.allChips = !state.allChips; renderChips(); });
  $('chips').replaceChildren(...visible.map(t => {
    const on = state.series.includes(t);
    const chip = el('button', { type: 'button', class: 'chip', 'aria-pressed': String(on), 'data-term': t },
      el('span', on ? { class: `swatch ${swatchOf(t).marker}`, style: `background:${color(t)}` } : { class: 'swatch' }), t,
      el('span', { class: 'count' }, num(data.totals[t])));
    chip.addEventListener('click', () => toggleSeries(t));
    return chip;
  }), (hidden > 0 || state.allChips) ? more : '');
}

export function toggleSeries(t) {
  setSeries(state.series.includes(t) ? state.series.filter(x => x !== t) : [...state.series, t]);
  saveView();
  renderChips();
  return Promise.all([renderMentions(), renderKwicTerms(), renderCounting(), renderArticles()]);
}

export async function renderMentions() {
  const svg = await core.call('mentionsSvg', state.slots, state.mode, width('mentions-chart'), height(250), theme(), state.day || '', false);
  $('mentions-chart').innerHTML = svg;
  wireChart('mentions-chart');
  $('mentions-legend').replaceChildren(...state.series.map(t => {
    const s = swatchOf(t);
    return el('span', { 'data-term': t }, el('i', { class: s.marker, style: `background:${s.color}` }), t);
  }));
  await ensureCounts();
  renderMentionsTable();
}

function renderMentionsTable() {
  const key = { raw: 'counts', per_10k: 'per_10k', share: 'article_share' }[state.mode];
  const head = el('tr', null, el('th', { scope: 'col' }, periodHeading()), el('th', { scope: 'col' }, 'Articles'),
    ...state.series.map(t => el('th', { scope: 'col' }, t)));
  const rows = data.countsP.days.map(d => el('tr', { 'data-date': periodLabel(d.date, data.period) },
    el('td', null, periodLabel(d.date, data.period)), el('td', null, String(d.articles)),
    // (A day holds the series it mentions: the others are zeros.)
    ...state.series.map(t => el('td', { 'data-term': t, 'data-count': String(countOf(d.counts, t)), 'data-per10k': String(countOf(d.per_10k, t)), 'data-share': String(countOf(d.article_share, t)) },
      formatValue(countOf(d[key], t))))));
  $('mentions-table').replaceChildren(el('thead', null, head), appendAll(el('tbody'), rows));
}

function formatValue(v) {
  if (state.mode === 'share') return `${Math.round(v * 1000) / 10}%`;
  return Number.isInteger(v) ? String(v) : v.toFixed(1);
}

// Adds the queries typed (`Petro, Trump` is two, as the core reads a
// list), each a series; a bad query or one too many is explained and
// changes nothing.
export async function addQuery(text) {
  if (!text.trim()) {
    $('query-error').textContent = '';
    return;
  }
  let next, labels;
  try {
    labels = await core.call('queryLabels', text);
    const added = new Set(labels);
    next = [...state.queries.filter(x => !added.has(x)), ...labels];
    await core.call('setQueries', next.join(','));
  } catch (err) {
    $('query-error').textContent = err.message || String(err);
    return;
  }
  $('query-error').textContent = '';
  state.queries = next;
  await loadCounts();
  const shown = new Set(state.series);
  setSeries([...state.series, ...labels.filter(q => !shown.has(q))]);
  // What was just asked for is what "In context" shows.
  if (state.series.includes(labels[0])) state.kwicTerm = labels[0];
  saveView();
  renderChips();
  // What the mention counts feed; tone and events are as they were.
  await Promise.all([renderMentions(), renderCounting(), renderKwicTerms(), renderArticles()]);
}
