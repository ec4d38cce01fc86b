// The URL carries the view: the state written to the hash and read back
// (links, back and forward, embeds), and the theme.
import { core } from './core/cores.js';
import { $, el } from './dom.js';
import { loadCounts } from './reports.js';
import { data, hooks, setSeries, state } from './state.js';

// #q=coup%7Cputsch&s=Gustavo%20Petro,Donald%20Trump&mode=per_10k&lens=diplomacy&day=2026-01-07&theme=dark&panel=events
export function stateToHash() {
  const p = new URLSearchParams();
  if (state.queries.length) p.set('q', state.queries.join('\n'));
  p.set('s', state.slots.join('\n'));
  if (state.mode !== 'raw') p.set('mode', state.mode);
  if (state.lens !== 'tone') p.set('lens', state.lens);
  if (state.day) p.set('day', state.day);
  if (state.by !== 'auto') p.set('by', state.by);
  if (state.theme) p.set('theme', state.theme);
  if (state.panel) p.set('panel', state.panel);
  if (state.readerId) p.set('read', state.readerId);
  return `#${p.toString()}`;
}

export function saveView() {
  const hash = stateToHash();
  if (hash !== location.hash) history.pushState(null, '', hash);
  hooks.persist();
}

// The view written over the current entry of the history: a change that
// follows another (the reader following a selected day) is one step back.
export function replaceView() {
  const hash = stateToHash();
  if (hash !== location.hash) history.replaceState(null, '', hash);
  hooks.persist();
}

// Applies a hash to the state; resolves to false when it holds nothing.
export async function applyHash(hash) {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  if (![...p.keys()].length) return false;
  let queries = (p.get('q') || '').split('\n').filter(Boolean);
  if (queries.join('\n') !== state.queries.join('\n')) {
    // A hand-made link may ask for thousands: the first 200 are counted.
    const asked = queries.length;
    const MAX_QUERIES = wasm_bindgen.maxQueries();
    queries = queries.slice(0, MAX_QUERIES);
    try {
      await core.call('setQueries', queries.join(','));
      state.queries = queries;
      $('query-error').textContent = asked > MAX_QUERIES
        ? `This link asks for ${asked.toLocaleString('en')} queries; the page counts at most ${MAX_QUERIES}: the first ${MAX_QUERIES} are shown.` : '';
    } catch (err) {
      $('query-error').textContent = err.message || String(err);
    }
    await loadCounts();
    // A series that is no longer counted (a query the link drops) goes.
    const terms = new Set(data.counts.terms);
    if (!p.has('s')) setSeries(state.series.filter(t => terms.has(t)));
  }
  if (p.has('s')) {
    // A name the texts open here do not hold is said, not dropped in
    // silence: a link carries the view, not the texts it was made with.
    const missing = p.get('s').split('\n').filter(t => t && !data.counts.terms.includes(t));
    if (missing.length) {
      const names = missing.slice(0, 5).map(t => `“${t}”`);
      if (missing.length > 5) names.push(`${missing.length - 5} more`);
      $('query-error').textContent = `This link shows ${new Intl.ListFormat('en', { type: 'conjunction' }).format(names)}, not in the texts open here: a link carries the view, not the texts (“Download the page” carries both).`;
    }
    // Free places are empty lines: each series comes back in its place.
    const slots = p.get('s').split('\n').map(t => (data.counts.terms.includes(t) ? t : ''));
    state.slots = slots.filter((t, i) => !t || slots.indexOf(t) === i);
    setSeries(state.slots.filter(Boolean));
  }
  state.mode = ['raw', 'per_10k', 'share'].includes(p.get('mode')) ? p.get('mode') : 'raw';
  state.lens = p.get('lens') === 'diplomacy' ? 'diplomacy' : 'tone';
  // (The core reads the label: a hand-edited link may hold 2099-13-45.)
  state.day = wasm_bindgen.isPeriodLabel(p.get('day') || '') ? p.get('day') : null;
  state.by = ['day', 'week', 'month', 'year'].includes(p.get('by')) ? p.get('by') : 'auto';
  state.theme = ['light', 'dark'].includes(p.get('theme')) ? p.get('theme') : null;
  state.panel = p.get('panel') || null;
  state.readerId = p.get('read') || null;
  return true;
}

export function applyTheme() {
  if (state.theme) document.documentElement.dataset.theme = state.theme;
  else delete document.documentElement.dataset.theme;
  const label = { light: 'light', dark: 'dark' }[state.theme] || 'auto';
  // (On a phone the bar says "Theme" only: see .wide-only.)
  $('theme-toggle').replaceChildren('Theme', el('span', { class: 'wide-only' }, `: ${label}`));
  $('theme-toggle').title = state.theme ? `Theme: ${label} (click to change)` : 'Theme follows the system (click to change)';
}
