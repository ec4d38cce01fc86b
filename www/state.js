// What the page shows and of what: the view (series, mode, lens, period,
// reader…), the reports the core gave, the workspace (your texts, dates
// set by hand, edited names), the corpus's name, and the core's period
// rules. No module below this one draws.
import { $, fromBase64, plural } from './dom.js';

export const DATE_SOURCE_LABEL = { 'json-ld': 'page data (JSON-LD)', meta: 'page meta tags', time: 'page <time> tag', url: 'page address', text: 'article text', file_name: 'file name', manifest: 'curated', manual: 'set by hand', none: 'undated', wire: 'wire dateline, year from the corpus' };

export const MARK_CLASS = { entity: 'm-entity', query: 'm-query', positive: 'm-positive', negative: 'm-negative', spanish: 'm-spanish' };

export const state = {
  mode: 'raw', lens: 'tone', day: null, by: 'auto', series: [], slots: [], queries: [],
  sort: { key: 'date', dir: 1 }, readerId: null, kwicTerm: null, kwicSort: 'order', present: false,
};

export const data = {};

// What a lower module asks of a higher one, which would otherwise import
// it in a cycle: main.js fills these in at start (storage saves; the
// views draw everything again, or select a period).
export const hooks = {
  persist() {},
  async renderAll() {},
  async selectDay() {},
};

export function theme() {
  return state.theme || (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
}

// A series shown has a place (state.slots), which gives its colour and
// marker and which it keeps while others come and go; a series not shown
// has no colour (null).
export function color(label) {
  const slot = state.slots.indexOf(label);
  return slot < 0 ? null : seriesColor(slot);
}

// The page's own engine gives the colour of each place, and its marker.
export function seriesColor(n) { return wasm_bindgen.Workspace.seriesColor(n); }

// The swatch of a series shown, as the legend and the chips draw it: the
// chart's line in its colour with its marker (a class of the CSS: places
// past the eighth share a colour with an earlier one and differ by it).
export function swatchOf(label) {
  const slot = state.slots.indexOf(label);
  return slot < 0 ? null : { color: seriesColor(slot), marker: `mk${wasm_bindgen.Workspace.seriesMarker(slot)}` };
}

// Shows the series `labels`: those shown already keep their places, the
// others take the first free ones, and the places of the series no longer
// shown are free.
export function setSeries(labels) {
  const keep = new Set(labels);
  const slots = state.slots.map(t => (keep.has(t) ? t : ''));
  for (const t of labels) {
    if (slots.includes(t)) continue;
    const free = slots.indexOf('');
    if (free < 0) slots.push(t);
    else slots[free] = t;
  }
  while (slots.length && !slots[slots.length - 1]) slots.pop();
  state.slots = slots;
  state.series = slots.filter(Boolean);
}

// The label of the period of `kind` (day, week, month, year) that holds
// a day: 2026-01-08, 2026-W02, 2026-01, 2026 — the core's (ISO weeks).
export function periodLabel(date, kind) {
  return wasm_bindgen.periodLabel(date, kind);
}

// True when a day falls in the selected day, week, month or year (or when
// nothing is selected): between the first and last day the core gives the
// selection (asked once per selection; ISO days compare as strings).
let selectedRange = { label: null, days: [] };

export function inPeriod(date, label) {
  if (!label) return true;
  if (!date) return false;
  if (selectedRange.label !== label) selectedRange = { label, days: wasm_bindgen.periodRange(label) };
  const [first, last] = selectedRange.days;
  return first !== undefined && date >= first && date <= last;
}

export function periodHeading() {
  return { day: 'Day', week: 'Week', month: 'Month', year: 'Year' }[data.period] || 'Day';
}

// The articles of the selection, each with its mentions of the series
// shown (`mentions`: per article in corpus order, from articleMentions).
export function articleRows(mentions) {
  return data.summary.articles
    .map((a, i) => ({ ...a, mentions: mentions ? mentions[i] : 0 }))
    .filter(a => inPeriod(a.date, state.day));
}

export function sortRows(rows) {
  const { key, dir } = state.sort;
  const val = r => key === 'from' ? r.date_source : key === 'date' ? (r.date || '9999') : r[key];
  return rows.sort((a, b) => {
    const x = val(a), y = val(b);
    return (x < y ? -1 : x > y ? 1 : 0) * dir || (a.id < b.id ? -1 : 1);
  });
}

export const CHART_TITLE = {
  get mentions() { return `Mentions per ${data.period || 'day'}`; },
  get sentiment() { return `${state.lens === 'tone' ? 'Tone' : 'Cooperation vs conflict'} per ${data.period || 'day'}`; },
};

export function corpusName() {
  const n = data.summary.articles.length;
  const base = BAKED ? `“${BAKED.name}”` : 'the bundled corpus (United States–Colombia, 2025–2026)';
  return workspace.files.length === 0 ? `${plural(n, 'article')} of ${base}`
    : `${plural(n, 'article')} of “${corpusTitle()}” (your texts${workspace.withSeeds ? ` and ${BAKED ? base : 'the bundled corpus'}` : ''})`;
}

// The corpus's name: typed by the reader, else the folder the texts came
// from, else the baked corpus's name, else "my-texts".
export function corpusTitle() {
  return (workspace.title || '').trim() || defaultTitle();
}

export function defaultTitle() {
  if (!workspace.files.length) return BAKED ? BAKED.name : 'dateline';
  const tops = new Set(workspace.files.map(f => (f.name.includes('/') ? f.name.split('/')[0] : '')));
  const [top] = tops;
  return tops.size === 1 && top ? top : 'my-texts';
}

// Which files are texts and which are sidecars (corpus.toml,
// entities.toml): the core's rules (read/corpus.rs), the command line's.
export const isTextFile = name => wasm_bindgen.isTextFile(name);

export const isSidecarFile = name => wasm_bindgen.isSidecar(name);

// The user's texts, dates set by hand, edited entity list (an
// entities.toml, '' for none) and view; rebuilt into a core
// Workspace on demand, kept in IndexedDB, exported to one JSON file.
export let workspace = { files: [], withSeeds: true, overrides: {}, entities: '', title: '' };
export function setWorkspace(next) { workspace = next; }

// Pages share the browser's storage for file:// pages: each corpus keeps
// its own record.
export const STORE_KEY = `current:${typeof BAKED_CORPUS === 'undefined' ? 'bundled' : BAKED_CORPUS.name}`;

// A page built with `./build.sh page --corpus DIR` carries its own corpus
// (BAKED_CORPUS) instead of the bundled one.
export const BAKED = typeof BAKED_CORPUS === 'undefined' ? null : BAKED_CORPUS;

let bakedFiles = null;

export function bundled() {
  if (BAKED && !bakedFiles) bakedFiles = BAKED.files.map(f => ({ name: f.name, bytes: fromBase64(f.base64) }));
  return bakedFiles;
}
