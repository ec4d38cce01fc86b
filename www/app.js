// dateline page: starts the wasm core, runs the analyses on the bundled
// corpus and wires the linked views. Every number and every chart comes from
// the core (wasm_bindgen.Workspace); this file only places them on the page.
'use strict';

// The page as the browser parsed it, before this script changed anything
// (copied in main, once the first chart is on screen and before anything
// is drawn): what "Download the page" starts from. A copy of the tree
// shares its text, the engine's included (some 4 ms).
let PRISTINE = null;

const DATE_SOURCE_LABEL = { 'json-ld': 'page data (JSON-LD)', meta: 'page meta tags', time: 'page <time> tag', url: 'page address', text: 'article text', file_name: 'file name', manifest: 'curated', manual: 'set by hand', none: 'undated' };
const MARK_CLASS = { entity: 'm-entity', query: 'm-query', positive: 'm-positive', negative: 'm-negative', spanish: 'm-spanish' };

const state = {
  mode: 'raw', lens: 'tone', day: null, by: 'auto', series: [], slots: [], queries: [],
  sort: { key: 'date', dir: 1 }, readerId: null, kwicTerm: null, kwicSort: 'order', present: false,
};
const data = {};
// The core the corpus shown lives in (LocalCore or WorkerCore).
let core = null;

function $(id) { return document.getElementById(id); }

// Appends `children` one by one: spreading a list of unknown length into
// one call overflows the stack (a paragraph of 2 MB has 100,000 marked
// pieces). Returns the node.
function appendAll(node, children) {
  for (const c of children) node.append(c);
  return node;
}

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'style') node.setAttribute('style', v);
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) {
    if (c !== null && c !== undefined && c !== false) node.append(c);
  }
  return node;
}

// An integer with thousands commas (1,234,567), as toLocaleString('en')
// writes it, without loading the browser's locale data (some 50 ms on the
// first call, while the page starts).
function num(n) { return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ','); }
function plural(n, word) { return `${num(n)} ${word}${n === 1 ? '' : 's'}`; }
function theme() {
  return state.theme || (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
}
// A series shown has a place (state.slots), which gives its colour and
// marker and which it keeps while others come and go; a series not shown
// has no colour (null).
function color(label) {
  const slot = state.slots.indexOf(label);
  return slot < 0 ? null : seriesColor(slot);
}
// The page's own engine gives the colour of each place.
function seriesColor(n) { return wasm_bindgen.Workspace.seriesColor(n); }

// Shows the series `labels`: those shown already keep their places, the
// others take the first free ones, and the places of the series no longer
// shown are free.
function setSeries(labels) {
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
// The width of a chart's box: measured once (which lays the page out),
// then kept up to date by a ResizeObserver (wireControls), so drawing a
// chart does not lay the page out again each time.
const boxWidths = {};
function width(id) {
  if (firstChartWidth) return firstChartWidth;
  if (!boxWidths[id]) boxWidths[id] = $(id).clientWidth;
  // Presented, a chart is drawn smaller and scaled up to its box: its
  // labels and lines grow with it, legible from the back of a room.
  return Math.max(280, Math.round((boxWidths[id] || 800) / (state.present ? PRESENT_SCALE : 1)));
}
const PRESENT_SCALE = 1.5;
// A chart's drawn height: presented, a little lower, so that the charts
// scaled up and the reader fit a 1366×768 projector together.
function height(h) {
  return state.present ? Math.round(h * 0.7) : h;
}

// The chart width for the first chart, worked out from the window's width
// and the page's CSS (.wrap: at most 76rem wide with 1rem padding; .panel:
// a 1px border and 1rem padding, 0.75rem up to 700px) instead of measured:
// measuring would lay out the whole page before the chart is drawn. The SVG
// scales to its box, and the next render measures.
let firstChartWidth = 0;
// The viewport's width in CSS pixels, found by media queries: reading
// window.innerWidth would lay the page out first (scroll bars may change
// it), which took some 20–50 ms before the first chart.
function viewportWidth() {
  let lo = 0;
  let hi = 16384;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (matchMedia(`(min-width: ${mid}px)`).matches) lo = mid; else hi = mid;
  }
  return lo;
}

function widthBeforeLayout() {
  // Reading the root font size would resolve the page's styles first: the
  // default 16px is assumed (a larger setting only scales this first chart).
  const rem = 16;
  const viewport = viewportWidth();
  const inner = Math.min(viewport, 76 * rem) - 2 * rem;
  const panel = viewport <= 700 ? 0.75 * rem : rem;
  return Math.max(280, Math.round(inner - 2 * panel - 2));
}

// The engine is built with WebAssembly SIMD (.cargo/config.toml). A module
// of one function returning a v128 constant: valid only where the browser
// has SIMD, so a browser without it gets a message rather than a compile
// error.
const SIMD_PROBE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0,
  10, 22, 1, 20, 0, 253, 12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 11]);

// The wasm binary is inlined as basE91 text of raw DEFLATE; decode and
// inflate it in memory (fflate's inflateSync, inlined by build.sh): no request of any
// kind, and no await, so the page is complete when the load event fires.
function wasmModule() {
  if (!WebAssembly.validate(SIMD_PROBE)) {
    throw new Error('this browser lacks WebAssembly SIMD, which the engine needs (Chrome or Edge 91 or later, Firefox 89, Safari 16.4)');
  }
  const packed = base91(WASM_DEFLATE_BASE91, WASM_ALPHABET, WASM_PACKED_SIZE);
  const bytes = fflate.inflateSync(packed, { out: new Uint8Array(WASM_SIZE) });
  performance.mark('dateline:inflated');
  const module = new WebAssembly.Module(bytes);
  performance.mark('dateline:compiled');
  return module;
}

// The HTML reader's module (html5ever, the encodings, the main-text
// extractor): inlined like the engine, compiled only when a worker is
// started for your files, and run there only when a web page (or a text
// not in UTF-8) arrives. The bundled corpus never needs it.
let readerCompiled = null;
function readerModule() {
  if (!readerCompiled) {
    performance.mark('dateline:reader-compiling');
    const packed = base91(READER_DEFLATE_BASE91, WASM_ALPHABET, READER_PACKED_SIZE);
    readerCompiled = WebAssembly.compile(fflate.inflateSync(packed, { out: new Uint8Array(READER_SIZE) }));
  }
  return readerCompiled;
}

// basE91 (Joachim Henke's scheme; build.sh writes it): pairs of characters
// carry 13 or 14 bits.
function base91(text, alphabet, size) {
  const value = new Uint8Array(128);
  for (let i = 0; i < alphabet.length; i++) value[alphabet.charCodeAt(i)] = i;
  const out = new Uint8Array(size);
  let o = 0, v = -1, b = 0, n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = value[text.charCodeAt(i)];
    if (v < 0) { v = c; continue; }
    v += c * 91;
    b |= v << n;
    n += (v & 8191) > 88 ? 13 : 14;
    do { out[o++] = b & 255; b >>>= 8; n -= 8; } while (n > 7);
    v = -1;
  }
  if (v > -1) out[o++] = (b | v << n) & 255;
  if (o !== size) throw new Error(`the inlined engine is damaged (${o} of ${size} bytes)`);
  return out;
}

// ---- the core: on this thread for the bundled corpus, in a worker for yours ----

// Both kinds of core answer `call(method, ...args)` (a method of
// wasm_bindgen.Workspace) with a promise, so the views are drawn the same
// way whichever holds the corpus. globalThis.datelinePending counts the
// calls not answered yet (the browser tests wait for 0).
globalThis.datelinePending = 0;

// The compiled engine, kept to start workers with.
let engine = null;

// A Workspace on the page's own thread: the bundled corpus, analysed in a
// few milliseconds. Calls are answered at once.
class LocalCore {
  constructor(ws) { this.ws = ws; }
  call(method, ...args) {
    try {
      return Promise.resolve(this.ws[method](...args));
    } catch (err) {
      return Promise.reject(err instanceof Error ? err : new Error(String(err)));
    }
  }
  async memory() { return 0; }
  free() { this.ws.free(); }
}

// A Workspace in a Web Worker with its own instance of the engine: files
// you load are read and analysed there, and every later call (charts as
// SVG, reports, contexts, new queries) is answered there, so the page's
// thread only draws. The worker runs the engine's own JS glue (the script
// element #engine-glue) and coreWorker below, from a blob: URL, which the
// page's Content-Security-Policy allows (worker-src blob:).
class WorkerCore {
  static async start() {
    const glue = $('engine-glue').textContent;
    const readerGlue = $('reader-glue').textContent;
    const source = `${glue}\n${readerGlue}\n(${coreWorker.toString()})();\n`;
    const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    const worker = new Worker(url, { name: 'dateline-core' });
    URL.revokeObjectURL(url);
    const next = new WorkerCore(worker);
    try {
      await next.call('$start', engine, await readerModule());
      return next;
    } catch (err) {
      next.free();
      throw err;
    }
  }

  constructor(worker) {
    this.worker = worker;
    this.pending = new Map();
    this.nextId = 1;
    worker.onmessage = ev => {
      const { id, value, error, panic } = ev.data;
      if (panic) { window.datelinePanic(panic); return; }
      const p = this.pending.get(id);
      if (!p) return;
      this.pending.delete(id);
      globalThis.datelinePending -= 1;
      if (error !== undefined) p.reject(new Error(error));
      else p.resolve(value);
    };
    worker.onerror = ev => {
      ev.preventDefault();
      // A worker that stopped answers nothing more.
      this.stopped = `the analysis worker stopped (${ev.message || 'an error'})`;
      this.failAll(this.stopped);
    };
  }

  call(method, ...args) {
    return this.callWith([], method, ...args);
  }

  // As call, handing the `transfer` buffers over instead of copying them.
  callWith(transfer, method, ...args) {
    if (this.stopped) return Promise.reject(new Error(this.stopped));
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { resolve, reject });
      globalThis.datelinePending += 1;
      this.worker.postMessage({ id, method, args }, transfer);
    });
  }

  failAll(message) {
    for (const p of this.pending.values()) p.reject(new Error(message));
    globalThis.datelinePending -= this.pending.size;
    this.pending.clear();
  }

  memory() { return this.call('$memory'); }

  // Stops the worker. Calls still waiting are dropped unanswered: what
  // they would have drawn belongs to a corpus no longer shown.
  free() {
    globalThis.datelinePending -= this.pending.size;
    this.pending.clear();
    this.worker.terminate();
  }
}

// The worker's side (runs in the worker, after the engine's glue): one
// Workspace, and a message per call, answered in order.
function coreWorker() {
  let ws = null;
  let exports = null;
  // The HTML reader: its compiled module, and its instance once a file
  // needs it.
  let readerModule = null;
  let reader = null;
  // A web page (or a text not in UTF-8) goes through the reader, which
  // gives the engine what it read; a reader that fails on one file is
  // started again for the next.
  const throughReader = (name, bytes) => {
    if (!wasm_bindgen.needsReader(name, bytes)) return bytes;
    if (!reader) {
      dateline_reader.initSync({ module: readerModule });
      reader = dateline_reader;
    }
    try {
      return reader.readForEngine(name, bytes);
    } catch (err) {
      reader = null;
      throw err;
    }
  };
  // The files handed over ($take), until they are read ($addTaken).
  const store = [];
  // Reads files (Blobs), all of a batch at once (the browser reads them
  // in parallel, while the engine works on the batch before).
  const readBlobs = blobs => Promise.all(blobs.map(b => b.arrayBuffer().then(
    bytes => ({ bytes: new Uint8Array(bytes) }),
    err => ({ error: `cannot read: ${err && err.message ? err.message : err}` }))));
  // Adds a batch read by readBlobs to the loading Workspace; resolves to
  // the files that could not be read, with the reason.
  const addBlobs = async (names, reading) => {
    const results = await reading;
    const ok = [];
    const contents = [];
    const failed = [];
    results.forEach((r, i) => {
      let bytes = r.bytes;
      if (bytes) {
        try {
          bytes = throughReader(names[i], bytes);
        } catch (err) {
          failed.push({ source: names[i], message: `the HTML reader failed on this file (${err && err.message ? err.message : err})` });
          return;
        }
        ok.push(names[i]);
        contents.push(bytes);
      } else failed.push({ source: names[i], message: r.error });
    });
    ws.addFiles(ok, contents);
    return failed;
  };
  self.datelinePanic = message => self.postMessage({ panic: message });
  const answer = async ({ id, method, args }) => {
    try {
      let value = null;
      if (method === '$start') {
        exports = wasm_bindgen.initSync({ module: args[0] });
        readerModule = args[1];
      }
      else if (method === '$loading') ws = wasm_bindgen.Workspace.loading(args[0]);
      else if (method === '$loadingSecond') ws = wasm_bindgen.Workspace.loadingSecond(args[0]);
      else if (method === '$take') {
        value = { first: store.length, sizes: args[0].map(b => b.size) };
        store.push(...args[0]);
      } else if (method === '$addTaken') value = await addBlobs(args[0], args[2]);
      else if (method === '$memory') value = exports.memory.buffer.byteLength;
      else if (method === '$readForEngine') value = throughReader(args[0], args[1]);
      else value = ws[method](...args);
      // Bytes (a hand-over) are handed over, not copied.
      self.postMessage({ id, value }, value instanceof Uint8Array ? [value.buffer] : []);
    } catch (err) {
      self.postMessage({ id, error: err && err.message ? err.message : String(err) });
    }
  };
  // One call at a time, in the order they came.
  let queue = Promise.resolve();
  self.onmessage = ev => {
    const call = ev.data;
    // Files start being read as soon as they are asked for.
    if (call.method === '$addTaken') {
      call.args[2] = readBlobs(call.args[1].map(i => store[i]));
      for (const i of call.args[1]) store[i] = null;
    }
    queue = queue.then(() => answer(call));
  };
}

function setStatus(kind, text) {
  $('status').dataset.state = kind;
  $('status-text').textContent = text;
}

async function loadReports() {
  // Asked for at once: a worker answers them in order.
  const [summary, counts, sentiment, events] = await Promise.all([
    // Per-article figures stay in the core: the articles table asks for
    // its mentions (articleMentions), the downloads for the whole reports.
    core.call('summary'), core.call('countsDays'), core.call('sentimentDays'), core.call('events')]);
  Object.assign(data, { summary, counts, sentiment, events, mentions: null });
  await loadTotals();
  await applyPeriod();
}

// After new queries: the mention counts alone change (the core counts
// them again and keeps the tallies and events, which queries do not touch).
async function loadCounts() {
  data.counts = await core.call('countsDays');
  data.mentions = null;
  await loadTotals();
  await applyPeriod();
}

// Occurrences of each series in the whole corpus, as the core sums them
// (its days and its undated articles).
async function loadTotals() {
  const pairs = await core.call('totals');
  // No prototype: a query or a name may be `__proto__` or `constructor`.
  data.totals = Object.create(null);
  for (const [t, n] of pairs) data.totals[t] = n;
}

// ---- header and day bar ----------------------------------------------------

// What the corpus shown is, in a sentence (first-chart.mjs writes the
// same for the page as built).
function corpusAbout() {
  const base = BAKED ? `“${BAKED.name}”` : 'the bundled corpus';
  if (workspace.files.length === 0) {
    return BAKED ? `${base}: ${plural(BAKED.files.filter(f => !isSidecarFile(f.name)).length, 'file')} baked into this page.`
      : 'The bundled corpus: news pages about the 2025–2026 tensions between the United States and Colombia. To explore your own texts, open “Your own texts” below.';
  }
  const texts = workspace.files.filter(f => !isSidecarFile(f.name)).length;
  return `Your texts: ${plural(texts, 'file')}${workspace.withSeeds ? `, with ${base}` : ''}.`;
}

function renderCorpusLine() {
  $('corpus-about').textContent = corpusAbout();
  $('corpus-name-default').textContent = `(left empty: “${defaultTitle()}”)`;
  const arts = data.summary.articles;
  const days = new Set(arts.filter(a => a.date).map(a => a.date));
  const words = arts.reduce((s, a) => s + a.words, 0);
  $('corpus-line').textContent = [plural(arts.length, 'article'), plural(days.size, 'day'),
    plural(words, 'word'), `${arts.filter(a => !a.date).length} undated`].join(' · ');
}

function renderDayBar() {
  $('day-label').textContent = state.day ? `Showing ${state.day}` : 'All days';
  $('all-days').hidden = !state.day;
  $('by').value = state.by;
}

// ---- periods: what a chart point stands for ---------------------------------

// The label of the period of `kind` (day, week, month, year) that holds
// a day: 2026-01-08, 2026-W02, 2026-01, 2026 — the core's (ISO weeks).
function periodLabel(date, kind) {
  return wasm_bindgen.periodLabel(date, kind);
}

// True when a day falls in the selected day, week, month or year (or when
// nothing is selected): between the first and last day the core gives the
// selection (asked once per selection; ISO days compare as strings).
let selectedRange = { label: null, days: [] };
function inPeriod(date, label) {
  if (!label) return true;
  if (!date) return false;
  if (selectedRange.label !== label) selectedRange = { label, days: wasm_bindgen.periodRange(label) };
  const [first, last] = selectedRange.days;
  return first !== undefined && date >= first && date <= last;
}

// Picks the period the charts use (the finest that fits the chart's width,
// unless the reader chose one) and the reports summed per that period.
async function applyPeriod() {
  const period = state.by === 'auto' ? await core.call('fittingPeriod', width('mentions-chart')) : state.by;
  core.call('setPeriod', period);
  const [countsP, sentimentP] = await Promise.all([
    period === 'day' ? data.counts : core.call('countsBy', period),
    // Before the first chart, only the counts exist.
    period === 'day' || !data.sentiment ? data.sentiment : core.call('sentimentBy', period)]);
  Object.assign(data, { period, countsP, sentimentP });
  $('mentions-heading').textContent = CHART_TITLE.mentions;
  $('sentiment-heading').textContent = CHART_TITLE.sentiment;
}

function selectDay(day) {
  state.day = state.day === day ? null : day;
  saveView();
  return renderDayViews();
}

// Everything that depends on the selected day.
async function renderDayViews() {
  renderDayBar();
  await Promise.all([renderDrivers(), renderEvents(), renderCounting(), renderCharts(), renderKwic(), renderArticles(), renderKeywords(), followDay()]);
}

// The reader follows a selected period: an article of another period
// gives way to the period's first article (quietly: the page does not
// scroll to it).
async function followDay() {
  if (!state.day) return;
  const current = data.summary.articles.find(a => a.id === state.readerId);
  if (current && inPeriod(current.date, state.day)) return;
  const first = sortRows(articleRows()).find(a => inPeriod(a.date, state.day));
  if (first) await openReader(first.id, null, true);
}

// ---- what stands out in the selected period ----------------------------------

const KEYWORDS_SHOWN = 15;

// The words and names the core finds over-represented in the selected
// day, week or month; each opens its contexts (a word becomes a query).
async function renderKeywords() {
  $('keywords-section').hidden = !state.day;
  if (!state.day) return;
  const day = state.day;
  const r = await core.call('keywords', day, KEYWORDS_SHOWN);
  if (state.day !== day) return;
  if (!r) { $('keywords-section').hidden = true; return; }
  $('keywords-heading').textContent = `What stands out on ${day}`;
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

// ---- mentions ----------------------------------------------------------------

// Chips: queries, then entities by how often they are mentioned; beyond
// the first CHIPS_SHOWN a "more" button shows the rest.
const CHIPS_SHOWN = 10;


function renderChips() {
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
      el('span', { class: 'swatch', style: on ? `background:${color(t)}` : null }), t,
      el('span', { class: 'count' }, num(data.totals[t])));
    chip.addEventListener('click', () => toggleSeries(t));
    return chip;
  }), (hidden > 0 || state.allChips) ? more : '');
}

function toggleSeries(t) {
  setSeries(state.series.includes(t) ? state.series.filter(x => x !== t) : [...state.series, t]);
  saveView();
  renderChips();
  return Promise.all([renderMentions(), renderKwicTerms(), renderCounting(), renderArticles()]);
}

async function renderMentions() {
  const svg = await core.call('mentionsSvg', state.slots, state.mode, width('mentions-chart'), height(250), theme(), state.day || '', false);
  $('mentions-chart').innerHTML = svg;
  wireChart('mentions-chart');
  $('mentions-legend').replaceChildren(...state.series.map(t =>
    el('span', { 'data-term': t }, el('i', { style: `background:${color(t)}` }), t)));
  renderMentionsTable();
}

function renderMentionsTable() {
  const key = { raw: 'counts', per_10k: 'per_10k', share: 'article_share' }[state.mode];
  const head = el('tr', null, el('th', { scope: 'col' }, periodHeading()), el('th', { scope: 'col' }, 'Articles'),
    ...state.series.map(t => el('th', { scope: 'col' }, t)));
  const rows = data.countsP.days.map(d => el('tr', { 'data-date': periodLabel(d.date, data.period) },
    el('td', null, periodLabel(d.date, data.period)), el('td', null, String(d.articles)),
    ...state.series.map(t => el('td', { 'data-term': t, 'data-count': String(d.counts[t]), 'data-per10k': String(d.per_10k[t]), 'data-share': String(d.article_share[t]) },
      formatValue(d[key][t])))));
  $('mentions-table').replaceChildren(el('thead', null, head), appendAll(el('tbody'), rows));
}

function periodHeading() {
  return { day: 'Day', week: 'Week', month: 'Month', year: 'Year' }[data.period] || 'Day';
}

function formatValue(v) {
  if (state.mode === 'share') return `${Math.round(v * 1000) / 10}%`;
  return Number.isInteger(v) ? String(v) : v.toFixed(1);
}

// Adds the queries typed (`Petro, Trump` is two, as the core reads a
// list), each a series; a bad query or one too many is explained and
// changes nothing.
async function addQuery(text) {
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
  saveView();
  renderChips();
  // What the mention counts feed; tone and events are as they were.
  await Promise.all([renderMentions(), renderCounting(), renderKwicTerms(), renderArticles()]);
}

// ---- sentiment -----------------------------------------------------------------

function renderSentimentTable() {
  const cols = state.lens === 'tone' ? ['positive', 'negative', 'net'] : ['cooperation', 'conflict', 'goldstein'];
  const fmt = (k, v) => (v === null || v === undefined) ? '–' : (k === 'net' || k === 'goldstein') ? v.toFixed(2) : String(v);
  $('sentiment-table').replaceChildren(
    el('thead', null, el('tr', null, el('th', { scope: 'col' }, periodHeading()), el('th', { scope: 'col' }, 'Articles'), ...cols.map(c => el('th', { scope: 'col' }, c)))),
    appendAll(el('tbody'), data.sentimentP.days.map(d => el('tr', { 'data-date': periodLabel(d.date, data.period) }, el('td', null, periodLabel(d.date, data.period)), el('td', null, String(d.articles)),
      ...cols.map(c => el('td', { 'data-key': c, 'data-value': String(d[c]) }, fmt(c, d[c])))))));
}

async function renderSentiment() {
  const svg = await core.call('sentimentSvg', state.lens, width('sentiment-chart'), height(220), theme(), state.day || '', false);
  $('sentiment-heading').textContent = CHART_TITLE.sentiment;
  $('sentiment-chart').innerHTML = svg;
  wireChart('sentiment-chart');
  renderSentimentTable();
  $('sentiment-hint').textContent = state.lens === 'tone'
    ? 'Bars: positive words above zero, negative below (negated words count on the other side), on the left scale. Line: net = (positive − negative) / (positive + negative), on the right scale from −1 to +1.'
    : 'Bars: cooperation terms above zero, conflict terms below, on the left scale. Line: mean Goldstein weight of the terms, on the right scale from −10 to +10.';
}

// The words behind the tallies of the selection, merged over its days by
// the core, most counted first.
async function renderDrivers() {
  const lens = state.lens === 'tone' ? 'tone' : 'diplomacy';
  const sides = lens === 'tone' ? ['positive', 'negative'] : ['cooperation', 'conflict'];
  const day = state.day;
  const all = await core.call('drivers', day || '', lens);
  if (day !== state.day) return;
  $('drivers').replaceChildren(...sides.map(side => el('div', { 'data-side': side },
    el('h3', null, `${side} words ${state.day ? `on ${state.day}` : '(all days)'}`),
    el('ol', null, ...all.filter(x => x.side === side).slice(0, 10).map(x => el('li', { 'data-word': x.word, 'data-count': String(x.count), 'data-negated': String(x.negated) },
      `${x.word} ${x.count}`, x.negated ? el('span', { class: 'neg-mark' }, ` (${x.negated} negated)`) : null))))));
}

// ---- events --------------------------------------------------------------------

// ---- long lists: a page at a time -----------------------------------------------

// Events, contexts and articles are shown LIST_PAGE at a time: a corpus of
// tens of thousands of articles would otherwise build as many rows at once.
// A list starts again at its first page when what it shows changes.
const LIST_PAGE = 200;
const listShown = { events: LIST_PAGE, kwic: LIST_PAGE, articles: LIST_PAGE };

// The items of `list` to show now; fills the list's "more" line. `total`:
// how many there are, when `items` holds only the first ones.
function listPage(list, items, render, total = items.length) {
  const shown = items.slice(0, listShown[list]);
  const left = total - shown.length;
  const more = $(`${list}-more`);
  if (left <= 0) {
    more.replaceChildren();
    return shown;
  }
  const button = el('button', { type: 'button', class: 'link-button' }, `Show ${num(Math.min(LIST_PAGE, left))} more`);
  button.addEventListener('click', () => {
    listShown[list] += LIST_PAGE;
    render(false);
  });
  more.replaceChildren(`${num(shown.length)} of ${num(total)} shown. `, button);
  return shown;
}

function highlighted(sentence, expression) {
  const at = sentence.indexOf(expression);
  if (at < 0) return [sentence];
  return [sentence.slice(0, at), el('mark', null, expression), sentence.slice(at + expression.length)];
}

// The list of events (the timeline strip is drawn with the charts).
// With a period selected, its events as the core selects and counts them
// (the strip's count for the period, in the same words: "2026-01-07: 8
// events, and 2 of its month").
async function renderEvents(firstPage = true) {
  if (firstPage) listShown.events = LIST_PAGE;
  const day = state.day;
  const selected = day ? await core.call('eventsIn', day) : null;
  if (day !== state.day) return;
  const all = selected ? selected.indices.map(i => data.events.events[i]) : data.events.events;
  $('events-count').textContent = selected ? `${day}: ${selected.count}` : plural(all.length, 'event');
  const shown = listPage('events', all, renderEvents);
  // A source is named by its article's title (its file id in the tooltip).
  const titles = new Map(data.summary.articles.map(a => [a.id, a.title]));
  // Grouped by date: the date is written once, on the group's first event.
  $('events').replaceChildren(...shown.map((e, i) => el('li', { 'data-date': e.date, 'data-precision': e.precision, class: i > 0 && shown[i - 1].date === e.date ? 'same-day' : null },
    el('div', { class: 'when' }, i > 0 && shown[i - 1].date === e.date ? '' : e.date, el('small', null, i > 0 && shown[i - 1].date === e.date ? '' : e.precision)),
    el('div', null,
      el('div', { class: 'sentence' }, ...highlighted(e.sentence, e.expression)),
      el('div', { class: 'meta' },
        e.entities.length ? el('span', { class: 'entities' }, ...e.entities.flatMap((n, k) => (k ? [', ', el('bdi', null, n)] : [el('bdi', null, n)]))) : null,
        ...e.sources.map(id => {
          const b = el('button', { type: 'button', class: 'link-button', 'data-article': id, title: id }, 'read ', el('bdi', null, `“${titles.get(id) || id}”`));
          b.addEventListener('click', () => openReader(id, e.sentence));
          return b;
        }))))));
}

// ---- reader and contexts -----------------------------------------------------------

// Opens the reader on the corpus's latest dated article (the first one
// when none is dated), without scrolling to it; an empty corpus empties it.
async function openLatest() {
  const rows = sortRows(articleRows());
  const latest = rows.filter(a => a.date).pop() || rows[0];
  if (latest) await openReader(latest.id, null, true);
  else $('reader').replaceChildren(el('p', { class: 'muted' }, 'Choose an article or an event to read it here.'));
}

async function openReader(id, sentence, quiet) {
  const a = await core.call('article', id);
  if (!a) return;
  const changed = state.readerId !== id;
  state.readerId = id;
  if (changed && !quiet) saveView();
  const key = el('p', { class: 'reader-key' },
    el('span', { class: 'm-entity', style: `color:${seriesColor(0)}` }, el('span', null, 'entity')),
    el('span', { class: 'm-query' }, 'query'), el('span', { class: 'm-positive' }, 'positive'),
    el('span', { class: 'm-negative' }, 'negative'), el('span', { class: 'm-negative m-negated' }, 'negated'),
    el('span', { class: 'm-spanish' }, 'Spanish, not tallied'));
  const paras = a.paragraphs.map((pieces, i) => {
    const text = pieces.map(p => p.text).join('');
    const p = appendAll(el('p', { 'data-paragraph': String(i) }), pieces.map(renderPiece));
    if (sentence && text.includes(sentence)) p.classList.add('focus');
    return p;
  });
  const from = a.date_source === 'manifest' ? `curated: ${a.date_note}` : (a.printed_date || DATE_SOURCE_LABEL[a.date_source]);
  $('reader').replaceChildren(el('h3', null, a.title),
    el('p', { class: 'byline' }, `${a.date || 'undated'} · `, el('bdi', null, from || ''), ' · ', el('bdi', null, a.id), ` · ${plural(a.words, 'word')}`), key);
  appendAll($('reader'), paras);
  if (quiet) return;
  const focus = $('reader').querySelector('p.focus') || $('reader');
  focus.scrollIntoView({ block: 'center' });
  $('reader').focus({ preventScroll: true });
}

function renderPiece(p) {
  if (!p.mark) return p.text;
  const cls = [MARK_CLASS[p.mark], p.negated ? 'm-negated' : ''].join(' ').trim();
  const title = p.mark === 'entity' || p.mark === 'query' ? p.label
    : p.mark === 'spanish' ? p.label : `${p.mark}${p.negated ? ', negated (counts on the other side)' : ''}`;
  if (p.mark === 'entity') {
    const c = color(p.label);
    return el('span', { class: cls, title, 'data-label': p.label, style: c ? `color:${c}` : null }, el('span', null, p.text));
  }
  return el('span', { class: cls, title, 'data-label': p.label }, p.text);
}

function renderKwicTerms() {
  const terms = state.series.length ? state.series : data.counts.terms.slice(0, 1);
  if (!terms.includes(state.kwicTerm)) state.kwicTerm = terms[0] || null;
  $('kwic-term').replaceChildren(...terms.map(t => el('option', { value: t, selected: t === state.kwicTerm }, t)));
  return renderKwic();
}

// Occurrences of a series in the articles of the selection (the counts
// and the contexts agree).
function termCount(term, day) {
  if (!day) return data.totals[term] || 0;
  return data.counts.days.reduce((sum, d) => sum + (inPeriod(d.date, day) ? d.counts[term] : 0), 0);
}

async function renderKwic(firstPage = true) {
  if (firstPage) listShown.kwic = LIST_PAGE;
  if (!state.kwicTerm) { $('kwic').replaceChildren(); $('kwic-more').replaceChildren(); return; }
  // In corpus order only the lines shown are worked out (their number is
  // the term's count); sorted by a neighbouring word, all of them.
  const ordered = state.kwicSort === 'order';
  const lines = await core.call('contexts', state.kwicTerm, state.day || '', 48, ordered ? listShown.kwic : 0);
  const total = ordered ? termCount(state.kwicTerm, state.day) : lines.length;
  const word = (s, last) => { const w = s.trim().split(/\s+/); return ((last ? w[w.length - 1] : w[0]) || '').toLowerCase(); };
  if (state.kwicSort === 'left') lines.sort((a, b) => word(a.left, true).localeCompare(word(b.left, true)));
  if (state.kwicSort === 'right') lines.sort((a, b) => word(a.right, false).localeCompare(word(b.right, false)));
  $('kwic-count').textContent = `${plural(total, 'occurrence')} of ${state.kwicTerm}${state.day ? ` on ${state.day}` : ''}`;
  $('kwic').replaceChildren(...listPage('kwic', lines, renderKwic, total).map(c => {
    const line = el('div', { class: 'kwic-line', 'data-article': c.article, tabindex: '0', role: 'button' },
      el('span', { class: 'l' }, el('bdi', null, c.left)), el('span', { class: 't' }, c.term), el('span', { class: 'r' }, c.right));
    const open = () => openReader(c.article, (c.left + c.term + c.right).trim());
    line.addEventListener('click', open);
    line.addEventListener('keydown', ev => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); open(); } });
    return line;
  }));
}

// ---- articles table ------------------------------------------------------------------

// The articles of the selection, each with its mentions of the series
// shown (`mentions`: per article in corpus order, from articleMentions).
function articleRows(mentions) {
  return data.summary.articles
    .map((a, i) => ({ ...a, mentions: mentions ? mentions[i] : 0 }))
    .filter(a => inPeriod(a.date, state.day));
}

// The mentions of the series shown, per article: asked of the core once
// per set of series.
async function articleMentions() {
  const key = state.series.join('\n');
  if (!data.mentions || data.mentions.key !== key) {
    const values = await core.call('articleMentions', state.series);
    data.mentions = { key, values };
  }
  return data.mentions.values;
}

function sortRows(rows) {
  const { key, dir } = state.sort;
  const val = r => key === 'from' ? r.date_source : key === 'date' ? (r.date || '9999') : r[key];
  return rows.sort((a, b) => {
    const x = val(a), y = val(b);
    return (x < y ? -1 : x > y ? 1 : 0) * dir || (a.id < b.id ? -1 : 1);
  });
}

function fromCell(a) {
  const cell = el('td', { class: 'from-cell' }, el('span', { class: `from from-${a.date_source}` }, DATE_SOURCE_LABEL[a.date_source]));
  if (a.date_source === 'none' || a.date_source === 'manual') {
    cell.append(dateControl(a));
  }
  if (a.date_source === 'manifest' && a.date_note) {
    cell.append(el('details', { class: 'from-detail' }, el('summary', null, 'evidence'), a.date_note));
  } else if (a.printed_date) {
    cell.append(el('span', { class: 'from-detail' }, a.printed_date));
  }
  return cell;
}

// An undated article can be given a day by hand; the override is marked
// and can be undone.
function dateControl(a) {
  const box = el('span', { class: 'date-set' });
  box.addEventListener('click', ev => ev.stopPropagation());
  if (a.date_source === 'manual') {
    const undo = el('button', { type: 'button', class: 'link-button', 'data-undo': a.id }, 'undo');
    undo.addEventListener('click', () => setDate(a.id, ''));
    box.append(undo);
    return box;
  }
  const input = el('input', { type: 'date', 'aria-label': `Date for ${a.title}`, 'data-date-for': a.id });
  const set = el('button', { type: 'button', class: 'link-button', 'data-set-date': a.id }, 'set date');
  set.addEventListener('click', () => { if (input.value) setDate(a.id, input.value); });
  box.append(input, set);
  return box;
}

async function setDate(id, date) {
  try {
    await core.call('setDate', id, date);
  } catch (err) {
    progress(`Could not set the date: ${err.message || err}`);
    return;
  }
  if (date) workspace.overrides[id] = date;
  else delete workspace.overrides[id];
  await loadReports();
  await renderAll();
  persist();
}

async function renderArticles(firstPage = true) {
  const mentions = await articleMentions();
  if (firstPage) listShown.articles = LIST_PAGE;
  const rows = sortRows(articleRows(mentions));
  $('articles-count').textContent = `${plural(rows.length, 'article')}${state.day ? ` on ${state.day}` : ''}`;
  for (const th of document.querySelectorAll('#articles th')) {
    const k = th.querySelector('button').dataset.sort;
    if (k === state.sort.key) th.setAttribute('aria-sort', state.sort.dir > 0 ? 'ascending' : 'descending');
    else th.removeAttribute('aria-sort');
  }
  document.querySelector('#articles tbody').replaceChildren(...listPage('articles', rows, renderArticles).map(a => {
    const link = el('a', { class: 'title', href: `#${encodeURIComponent(a.id)}` }, a.title);
    link.addEventListener('click', ev => { ev.preventDefault(); openReader(a.id); });
    return el('tr', { 'data-id': a.id, 'data-date': a.date || '', 'data-words': String(a.words) },
      el('td', { class: a.date ? 'date' : 'date undated' }, a.date || 'undated'),
      el('td', { class: 'title-cell' }, link, el('span', { class: 'source' }, a.id)),
      fromCell(a),
      el('td', { class: 'num words' }, num(a.words)),
      el('td', { class: 'num mentions' }, String(a.mentions)));
  }));
}

function renderWarnings() {
  const ws_ = [...(data.loadWarnings || []), ...data.summary.warnings];
  // (A file name is isolated: U+202E in it cannot reverse the message.)
  $('warnings').replaceChildren();
  appendAll($('warnings'), ws_.map(w => el('li', null, el('bdi', { class: 'file' }, w.source), `: ${w.message}`)));
  $('warnings-section').hidden = ws_.length === 0;
}

// ---- downloads -------------------------------------------------------------------------

const CHART_SIZE = { mentions: [900, 300], sentiment: [900, 260] };

// The chart as a file that says what it shows (title, legend, caption;
// XML prolog, fonts and colours inline): the bytes `dateline chart` writes.
function standaloneSvg(which) {
  const [w, h] = CHART_SIZE[which];
  return which === 'mentions'
    ? core.call('mentionsSvg', state.slots, state.mode, w, h, theme(), state.day || '', true)
    : core.call('sentimentSvg', state.lens, w, h, theme(), state.day || '', true);
}

function csvCell(v) {
  // Text that a spreadsheet would read as a formula is kept as text.
  const s = typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

// The exact numbers the chart draws, one row per day (and the undated
// articles when there are any).
// A spreadsheet's numbers: rates to 2 decimals, shares and scores to 4
// (232.14, not 232.14285714285714); the JSON download keeps every digit.
function round(v, places) {
  return typeof v === 'number' ? Number(v.toFixed(places)) : v;
}

function chartCsv(which) {
  const rows = [];
  if (which === 'mentions') {
    rows.push(['date', 'articles', 'words', ...state.series.flatMap(t => [`${t} count`, `${t} per 10k words`, `${t} share of articles`])]);
    const buckets = [...data.countsP.days, ...(data.counts.undated.articles ? [data.counts.undated] : [])];
    for (const d of buckets) {
      rows.push([d.date ? periodLabel(d.date, data.period) : 'undated', d.articles, d.words, ...state.series.flatMap(t => [d.counts[t], round(d.per_10k[t], 2), round(d.article_share[t], 4)])]);
    }
  } else {
    rows.push(['date', 'articles', 'words', 'positive', 'negative', 'net', 'cooperation', 'conflict', 'goldstein', 'spanish_words_skipped']);
    const buckets = [...data.sentimentP.days, ...(data.sentiment.undated.articles ? [data.sentiment.undated] : [])];
    for (const d of buckets) {
      rows.push([d.date ? periodLabel(d.date, data.period) : 'undated', d.articles, d.words, d.positive, d.negative, round(d.net, 4), d.cooperation, d.conflict, d.goldstein == null ? '' : round(d.goldstein, 2), d.spanish_words_skipped]);
    }
  }
  return rows.map(r => r.map(csvCell).join(',')).join('\n') + '\n';
}

function saveBlob(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function savePng(which) {
  const svg = await standaloneSvg(which);
  // The file's own size: the chart with its title, legend and caption.
  const size = name => Number(svg.match(new RegExp(`<svg[^>]* ${name}="([0-9.]+)"`))[1]);
  const [w, h] = [size('width'), size('height')];
  const img = new Image();
  img.onload = () => {
    const canvas = el('canvas', { width: String(w * 2), height: String(h * 2) });
    const ctx = canvas.getContext('2d');
    ctx.scale(2, 2);
    ctx.drawImage(img, 0, 0, w, h);
    canvas.toBlob(blob => saveBlob(blob, `dateline-${which}.png`), 'image/png');
  };
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

async function download(which, format) {
  if (format === 'svg') saveBlob(new Blob([await standaloneSvg(which)], { type: 'image/svg+xml' }), `dateline-${which}.svg`);
  if (format === 'png') await savePng(which);
  if (format === 'csv') saveBlob(new Blob([chartCsv(which)], { type: 'text/csv' }), `dateline-${which}.csv`);
  if (format === 'toml') {
    // The people, places and organisations as an entities.toml to edit
    // and drop next to the texts (`dateline entities --toml`).
    saveBlob(new Blob([await core.call('entitiesToml')], { type: 'text/plain' }), 'entities.toml');
    return;
  }
  if (format === 'json') {
    // The text the command line writes (`dateline counts|sentiment --json`),
    // as bytes handed over by the worker.
    const bytes = await core.call(which === 'mentions' ? 'countsJson' : 'sentimentJson');
    saveBlob(new Blob([bytes], { type: 'application/json' }), `dateline-${which}.json`);
  }
}

// ---- the entity editor ------------------------------------------------------------------

const KINDS = ['person', 'place', 'organisation', 'other'];

function entitiesStatus(kind, text) {
  $('entities-status').dataset.state = kind;
  $('entities-status').textContent = text;
}

// Applies one edit (see crate::entities::Edit) in the core, which counts
// everything again; the edited list is kept with the workspace. The series
// shown follow a renamed or merged entity.
async function editEntities(edit, done) {
  const began = performance.now();
  entitiesStatus('busy', 'Counting again…');
  let toml;
  try {
    const arg = edit.to ?? edit.kind ?? edit.into ?? edit.alias ?? '';
    toml = await core.call('editEntities', edit.op, edit.name, arg, edit.aliases ?? []);
  } catch (err) {
    entitiesStatus('error', `Not changed: ${err && err.message ? err.message : err}`);
    return false;
  }
  workspace.entities = toml;
  const follow = { rename: edit.to, merge: edit.into, hide: null }[edit.op];
  if (follow !== undefined) {
    // A renamed series keeps its place; one merged into a series shown
    // leaves its place free.
    const slots = state.slots.map(t => (t === edit.name ? (follow && !state.slots.includes(follow) ? follow : '') : t));
    state.slots = slots;
    setSeries(slots.filter(Boolean));
  }
  await afterEntitiesChanged();
  entitiesStatus('ok', `${done} Counted again in ${Math.round(performance.now() - began)} ms.`);
  return true;
}

// The views after the entity list changed: the reports again, the series
// shown that still exist (the most mentioned if none does).
async function afterEntitiesChanged() {
  persist();
  await loadReports();
  setSeries(state.series.filter(t => data.counts.terms.includes(t)));
  if (!state.series.length) setSeries(await core.call('topSeries', 4));
  if (state.kwicTerm && !data.counts.terms.includes(state.kwicTerm)) state.kwicTerm = null;
  saveView();
  renderChips();
  await Promise.all([renderAll(), $('entities-dialog').open ? renderEntityEditor() : null]);
}

async function openEntityEditor() {
  entitiesStatus('', '');
  await renderEntityEditor();
  $('entities-dialog').showModal();
}

function kindSelect(value, label, onChange) {
  const select = el('select', { 'aria-label': label },
    ...[...new Set([...KINDS, value])].map(k => el('option', { value: k, ...(k === value ? { selected: '' } : {}) }, k)));
  select.addEventListener('change', () => onChange(select.value));
  return select;
}

// One row per entity, most mentioned first: its name (edit to rename),
// kind, mentions, the forms it was met in (each can be split off), a
// "merge into" choice and "hide".
async function renderEntityEditor() {
  const report = await core.call('entitiesReport');
  const names = report.entities.map(e => e.name);
  const head = el('tr', null, ...['Name', 'Kind', 'Mentions', 'Forms met (mentions)', 'Merge into', ''].map(h => el('th', { scope: 'col' }, h)));
  const rows = report.entities.map(e => {
    const name = el('input', { type: 'text', value: e.name, spellcheck: 'false', 'aria-label': `Name of ${e.name}` });
    // Enter and leaving the field both ask (Enter also fires "change"):
    // a name is sent once.
    let sent = e.name;
    const rename = () => {
      const to = name.value.trim();
      if (!to) name.value = e.name;
      if (!to || to === sent) return;
      sent = to;
      editEntities({ op: 'rename', name: e.name, to }, `Renamed "${e.name}" to "${to}".`).then(ok => { if (!ok) { sent = e.name; name.value = e.name; } });
    };
    name.addEventListener('change', rename);
    name.addEventListener('keydown', ev => { if (ev.key === 'Enter') { ev.preventDefault(); rename(); } });
    const forms = e.aliases.map(a => {
      const parts = [a.alias, el('span', { class: 'count' }, num(a.mentions))];
      if (a.alias !== e.name) {
        const split = el('button', { type: 'button', class: 'link-button', title: `Count "${a.alias}" as an entity of its own`, 'aria-label': `Split "${a.alias}" off ${e.name}` }, 'split');
        split.addEventListener('click', () => editEntities({ op: 'split', name: e.name, alias: a.alias }, `"${a.alias}" is now an entity of its own.`));
        parts.push(' ', split);
      }
      return el('span', { class: 'alias' }, ...parts);
    });
    // The choices are made when the list is opened: a long list of names
    // in every row would slow the dialog down.
    const merge = el('select', { 'aria-label': `Merge ${e.name} into` }, el('option', { value: '' }, 'merge into…'));
    const fill = () => {
      if (merge.options.length > 1) return;
      merge.append(...names.filter(n => n !== e.name).map(n => el('option', { value: n }, n)));
    };
    merge.addEventListener('focus', fill);
    merge.addEventListener('pointerdown', fill);
    merge.addEventListener('change', () => {
      if (merge.value) editEntities({ op: 'merge', name: e.name, into: merge.value }, `Merged "${e.name}" into "${merge.value}".`);
    });
    const hide = el('button', { type: 'button', class: 'link-button', 'aria-label': `Hide ${e.name}` }, 'hide');
    hide.addEventListener('click', () => editEntities({ op: 'hide', name: e.name }, `"${e.name}" is hidden.`));
    return el('tr', { 'data-entity': e.name },
      el('td', null, name),
      el('td', null, kindSelect(e.kind, `Kind of ${e.name}`, kind => editEntities({ op: 'kind', name: e.name, kind }, `"${e.name}" is a ${kind}.`))),
      el('td', { class: 'num' }, num(e.mentions)),
      el('td', null, ...forms),
      el('td', null, merge),
      el('td', null, hide));
  });
  $('entities-table').replaceChildren(el('thead', null, head), el('tbody', null, ...rows));
  $('entities-ambiguous').hidden = !report.ambiguous.length;
  $('entities-ambiguous').textContent = report.ambiguous.length
    ? `Counted as no one, as two full names share them: ${report.ambiguous.join(', ')}. To count one for a person, add it as a name, then merge it into that person.` : '';
  $('entities-hidden').hidden = !report.hidden.length;
  $('entities-hidden').replaceChildren(el('span', { class: 'muted' }, 'Hidden: '), ...report.hidden.map(h => {
    const show = el('button', { type: 'button', class: 'link-button', 'aria-label': `Show ${h} again` }, 'show again');
    show.addEventListener('click', () => editEntities({ op: 'show', name: h }, `"${h}" may be found again.`));
    return el('span', { class: 'hidden-name' }, h, ' ', show);
  }));
  $('entities-reset').hidden = !workspace.entities;
}

function wireEntityEditor() {
  $('entities-edit').addEventListener('click', () => { openEntityEditor().catch(showLoadError); });
  $('entities-close').addEventListener('click', () => $('entities-dialog').close());
  $('entity-add').addEventListener('submit', async ev => {
    ev.preventDefault();
    const name = $('entity-add-name').value.trim();
    const aliases = $('entity-add-aliases').value.split(',').map(a => a.trim()).filter(Boolean);
    if (await editEntities({ op: 'add', name, kind: $('entity-add-kind').value, aliases }, `Added "${name}".`)) {
      $('entity-add-name').value = '';
      $('entity-add-aliases').value = '';
    }
  });
  $('entities-reset').addEventListener('click', async () => {
    const began = performance.now();
    try {
      await core.call('useEntities', '');
    } catch (err) {
      entitiesStatus('error', `Not changed: ${err && err.message ? err.message : err}`);
      return;
    }
    workspace.entities = '';
    await afterEntitiesChanged();
    entitiesStatus('ok', `Your changes are undone. Counted again in ${Math.round(performance.now() - began)} ms.`);
  });
}

// ---- embedding ----------------------------------------------------------------------------

const CHART_TITLE = {
  get mentions() { return `Mentions per ${data.period || 'day'}`; },
  get sentiment() { return `${state.lens === 'tone' ? 'Tone' : 'Cooperation vs conflict'} per ${data.period || 'day'}`; },
};

function countingRule(which) {
  if (which === 'sentiment') {
    return state.lens === 'tone'
      ? 'positive and negative words of the VADER lexicon, negation within three words'
      : 'cooperation and conflict terms weighted on the Goldstein scale';
  }
  const what = { raw: 'mentions', per_10k: 'mentions per 10,000 words', share: 'share of the day\'s articles mentioning' }[state.mode];
  return `${what}; whole words, case and accents ignored, acronyms in capitals only`;
}

function corpusName() {
  const n = data.summary.articles.length;
  const base = BAKED ? `“${BAKED.name}”` : 'the bundled corpus (United States–Colombia, 2025–2026)';
  return workspace.files.length === 0 ? `${plural(n, 'article')} of ${base}`
    : `${plural(n, 'article')} of “${corpusTitle()}” (your texts${workspace.withSeeds ? ` and ${BAKED ? base : 'the bundled corpus'}` : ''})`;
}

function embedFileName() {
  return location.href.split('#')[0].split('/').pop() || 'dateline.html';
}

// The file a snippet points at: this page, or, with your own texts, the
// page made with them inside ("Download this page").
function embedUrl(which) {
  const file = workspace.files.length ? pageFileName() : embedFileName();
  return `${encodeURI(file)}${stateToHash()}&embed=${which}`;
}

function renderCaption(which) {
  const cap = document.querySelector(`[data-caption="${which}"]`);
  const full = el('a', { href: location.href.split('#')[0] + stateToHash(), target: '_blank', rel: 'noopener' }, 'open in dateline');
  cap.replaceChildren(`${CHART_TITLE[which]} · ${corpusName()} · ${countingRule(which)} · `, full);
}

function openEmbedDialog(which) {
  const title = `${CHART_TITLE[which]} — dateline`.replace(/"/g, '&quot;');
  const height = which === 'mentions' ? 380 : 340;
  $('embed-snippet').value = `<iframe src="${embedUrl(which).replace(/"/g, '%22')}" width="100%" height="${height}" style="border:0" title="${title}" loading="lazy"></iframe>`;
  // Your own texts are kept in this browser, not in this file: the
  // snippet points at a page made with them inside, to download first.
  const own = workspace.files.length > 0;
  $('embed-own').hidden = !own;
  $('embed-file').textContent = own ? pageFileName() : embedFileName();
  if (own) {
    $('embed-own-text').textContent = `Your texts (${plural(workspace.files.length, 'file')}) are kept in this browser, not in ${embedFileName()}. Download the page with them inside, ${pageFileName()}, and put it next to your post: the snippet points at it.`;
  }
  $('embed-dialog').showModal();
  $('embed-snippet').select();
}

// ---- a page with the corpus shown inside ------------------------------------------------

// The corpus's name: typed by the reader, else the folder the texts came
// from, else the baked corpus's name, else "my-texts".
function corpusTitle() {
  return $('corpus-name').value.trim() || defaultTitle();
}

function defaultTitle() {
  if (!workspace.files.length) return BAKED ? BAKED.name : 'dateline';
  const tops = new Set(workspace.files.map(f => (f.name.includes('/') ? f.name.split('/')[0] : '')));
  const [top] = tops;
  return tops.size === 1 && top ? top : 'my-texts';
}

// The file name of the page made from the corpus shown.
function pageFileName() {
  const slug = corpusTitle().normalize('NFKC').replace(/[\\/:*?"<>|#%\u0000-\u001f]+/g, '-').replace(/^[.\s-]+|[.\s-]+$/g, '').slice(0, 80);
  return `${slug || 'my-texts'}.html`;
}

// Largest corpus a page made in the browser carries (its files are
// written into the page as base64, a third larger).
const PAGE_MAX_BYTES = 50 * 1024 * 1024;

// This page with the corpus shown inside — its files (web pages as read),
// the names edited, the dates set by hand and the view — as
// `./build.sh page --corpus` makes one: one file that opens anywhere and
// shows these texts to every reader. The first chart is drawn when it
// opens (not written into it as the build does).
async function pageWithCorpus() {
  const files = [];
  if (workspace.withSeeds) {
    if (BAKED) files.push(...BAKED.files.map(f => ({ name: f.name, base64: f.base64 })));
    else for (const [name, bytes] of wasm_bindgen.Workspace.bundledFiles()) files.push({ name, base64: toBase64(bytes) });
  }
  const total = workspace.files.reduce((sum, f) => sum + (f.size || f.blob.size), 0);
  if (total > PAGE_MAX_BYTES) throw new Error(`your texts are ${mb(total)}; a page made here holds up to ${mb(PAGE_MAX_BYTES)} (make a larger one with ./build.sh page --corpus FOLDER)`);
  for (const f of workspace.files) {
    let bytes = new Uint8Array(await f.blob.arrayBuffer());
    // Web pages and texts not in UTF-8 are put in as the reader read them:
    // the page's engine, which has no HTML reader, reads them at start.
    if (wasm_bindgen.needsReader(f.name, bytes)) bytes = await core.call('$readForEngine', f.name, bytes);
    files.push({ name: f.name, base64: toBase64(bytes) });
  }
  const baked = { name: corpusTitle(), files, entities: workspace.entities, overrides: workspace.overrides, view: stateToHash() };
  const page = PRISTINE.cloneNode(true);
  page.querySelector('#baked-corpus')?.remove();
  const script = document.createElement('script');
  script.id = 'baked-corpus';
  // ("<" escaped: no text of the corpus can close the script.)
  script.textContent = `const BAKED_CORPUS = ${JSON.stringify(baked).replace(/</g, '\\u003c')};`;
  page.querySelector('#engine-glue').before(script);
  // What the build drew for the corpus inside this page goes: the page
  // made draws its own corpus when it opens.
  for (const id of ['mentions-chart', 'chips', 'mentions-legend', 'corpus-line', 'corpus-about']) page.querySelector(`#${id}`).replaceChildren();
  page.querySelector('title').textContent = `${baked.name} — dateline`;
  // Its scripts are allowed by their hashes, the new one's included.
  const hashes = [];
  for (const s of page.querySelectorAll('script')) {
    if (s.type && s.type !== 'text/javascript' && s.type !== 'module') continue;
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(s.textContent));
    hashes.push(`'sha256-${toBase64(new Uint8Array(digest))}'`);
  }
  const csp = page.querySelector('meta[http-equiv="Content-Security-Policy"]');
  csp.content = csp.content.replace(/script-src [^;]*/, `script-src ${[...new Set(hashes)].join(' ')} 'wasm-unsafe-eval'`);
  return `<!DOCTYPE html>\n${page.outerHTML}\n`;
}

async function downloadPage() {
  const name = pageFileName();
  progress(`Making ${name}…`);
  try {
    const html = await pageWithCorpus();
    saveBlob(new Blob([html], { type: 'text/html' }), name);
    progress(`Made ${name} (${mb(html.length)}): open it from disk, share it or put it next to your post; it holds ${corpusName()}.`);
  } catch (err) {
    progress(`Could not make ${name}: ${err && err.message ? err.message : err}. Nothing else changed.`);
  }
}

// The chart a link embeds (`#…&embed=mentions`), or null.
function embedded() {
  const which = new URLSearchParams(location.hash.replace(/^#/, '')).get('embed');
  // (An own key only: `#embed=constructor` names no chart.)
  return which && Object.hasOwn(CHART_TITLE, which) ? which : null;
}

function applyEmbed() {
  const which = embedded();
  if (!which) return;
  document.body.classList.add('embed');
  $(`${which}-section`).classList.add('embedded');
  renderCaption(which);
}

// ---- presentation mode ---------------------------------------------------------------------

// Large type, high contrast, full width; arrow keys step through the events
// in date order while the charts mark the event's day and the reader shows
// its sentence.
// Leaving it puts back the period selected before (or none), and the
// article that was in the reader.
let beforePresent = null;
function setPresent(on) {
  if (on === state.present) return null;
  state.present = on;
  document.body.classList.toggle('present', on);
  $('present').setAttribute('aria-pressed', String(on));
  $('present-bar').hidden = !on;
  $('tooltip').hidden = true;
  // The boxes' new widths now, so that the charts are drawn once, for
  // the new layout (the resize observer would draw them again later).
  for (const id of ['mentions-chart', 'sentiment-chart', 'timeline-chart']) boxWidths[id] = $(id).clientWidth;
  if (on) {
    beforePresent = { day: state.day, readerId: state.readerId };
    state.eventIndex = Math.min(state.eventIndex || 0, Math.max(0, data.events.events.length - 1));
    return showEvent();
  }
  const back = beforePresent || { day: null, readerId: null };
  beforePresent = null;
  state.day = back.day;
  saveView();
  return renderDayViews().then(() => (back.readerId ? openReader(back.readerId, null, true) : null));
}

async function showEvent() {
  $('tooltip').hidden = true;
  const events = data.events.events;
  const e = events[state.eventIndex];
  if (!e) { $('present-bar').textContent = 'No events to present.'; return; }
  state.day = e.date;
  await renderDayViews();
  await openReader(e.sources[0], e.sentence, true);
  // Scroll the reader (not the page) to the event's sentence.
  const focus = $('reader').querySelector('p.focus');
  if (focus) $('reader').scrollTop = focus.offsetTop - $('reader').offsetTop - 24;
  window.scrollTo(0, 0);
  $('present-bar').replaceChildren(
    el('span', { class: 'where' }, `Event ${state.eventIndex + 1} of ${events.length} · ${e.date}`),
    el('span', null, e.sentence),
    el('span', { class: 'keys' }, '← previous · → next · Esc leaves presentation mode'));
}

function presentKeys(ev) {
  if (!state.present) return;
  if (ev.key === 'ArrowRight' || ev.key === 'ArrowLeft') {
    ev.preventDefault();
    const n = data.events.events.length;
    state.eventIndex = Math.max(0, Math.min(n - 1, state.eventIndex + (ev.key === 'ArrowRight' ? 1 : -1)));
    showEvent();
  } else if (ev.key === 'Escape') {
    setPresent(false);
  }
}

// ---- how is this counted? ---------------------------------------------------------------------

// The words behind the counts take a pass over the corpus per series:
// worked out when the section is open (and when it opens), not on every
// change of a closed section.
async function renderCounting() {
  if (!$('counting-details').open) {
    $('counting').replaceChildren();
    return;
  }
  const day = state.day;
  const scope = day || 'all days';
  const sections = [];
  sections.push(el('p', null, `Everything below is for ${scope}. A word is a run of letters and digits; apostrophes inside words, and dots in abbreviations such as U.S., stay inside. Matching ignores case and accents (Bogotá = Bogota) and a possessive 's (Petro's = Petro); a name written in capitals (US, ELN) only matches capitals, so "US" never counts "us". Hyphens and dashes split words, so "Petro–Trump" counts one Petro and one Trump.`));
  const series = state.series;
  const [contexts, removed] = await Promise.all([
    Promise.all(series.map(t => core.call('contexts', t, day || '', 0, 0))),
    core.call('removedWords', day || '')]);
  for (const [i, t] of series.entries()) {
    const lines = contexts[i];
    const forms = new Map();
    for (const c of lines) forms.set(c.term, (forms.get(c.term) || 0) + 1);
    sections.push(el('h3', null, t),
      el('p', { class: 'words', 'data-series': t }, lines.length
        ? `${plural(lines.length, 'occurrence')} counted: ${[...forms].map(([f, n]) => `“${f}” ${n}`).join(', ')}.`
        : 'No occurrence.'));
  }
  const lens = state.lens === 'tone' ? 'tone' : 'diplomacy';
  const days = data.sentiment.days.filter(d => inPeriod(d.date, day));
  const negated = new Map();
  let spanish = 0;
  for (const d of days) {
    spanish += d.spanish_words_skipped;
    for (const x of d.drivers.filter(x => x.lens === lens && x.negated > 0)) negated.set(x.word, (negated.get(x.word) || 0) + x.negated);
  }
  sections.push(el('h3', null, lens === 'tone' ? 'Tone' : 'Cooperation vs conflict'),
    el('p', null, lens === 'tone'
      ? 'Each word of the VADER lexicon counts on its side. A negator (not, never, no, without, n\'t…) among the three words before it moves it to the other side. Words inside a name (United States) are not tone words.'
      : 'Each term of the diplomacy lexicon (threat*, sanction*, recall*… against meet*, agree*, phone call…) counts with its Goldstein weight; a negated term is listed but not counted.'),
    el('p', { class: 'words', id: 'counting-negated' }, negated.size
      ? `Negated: ${[...negated].map(([w, n]) => `“${w}” ${n}`).join(', ')}.` : 'Nothing was negated.'),
    el('p', { class: 'words', id: 'counting-spanish' }, spanish
      ? `${plural(spanish, 'word')} in Spanish sentences were skipped (never tallied with the English lists).` : 'No Spanish sentence was skipped.'));
  sections.push(el('h3', null, 'Articles and days'),
    el('p', { class: 'words', id: 'counting-clutter' }, `${plural(removed, 'word')} of navigation, captions, repeated titles, header dates, bylines, lists of other stories and teasers were removed from the pages${day ? ' of these articles' : ''} and never counted.`),
    el('p', null, 'The reader shows exactly what was kept of each article: open one from the list of articles. Each article gets the day its page states (its JSON-LD, meta tags or <time>, the date in its address) or prints in its header, else a date in its file name, else a curated date from corpus.toml, else a day you set by hand in the list of articles — or stays undated and is counted apart, never on a guessed day. The list\'s “From” column names the source of each day.'));
  const first = sortRows(articleRows())[0];
  if (first) {
    const open = el('button', { type: 'button', class: 'link-button', id: 'counting-read' }, 'Read what was kept of ', el('bdi', null, `“${first.title}”`));
    open.addEventListener('click', () => openReader(first.id));
    sections.push(el('p', null, open));
  }
  $('counting').replaceChildren(el('div', { class: 'counting' }, ...sections));
}

// ---- the URL carries the view -------------------------------------------------------------

// #q=coup%7Cputsch&s=Gustavo%20Petro,Donald%20Trump&mode=per_10k&lens=diplomacy&day=2026-01-07&theme=dark&panel=events
function stateToHash() {
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

function saveView() {
  const hash = stateToHash();
  if (hash !== location.hash) history.pushState(null, '', hash);
  persist();
}

// Applies a hash to the state; resolves to false when it holds nothing.
async function applyHash(hash) {
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

function applyTheme() {
  if (state.theme) document.documentElement.dataset.theme = state.theme;
  else delete document.documentElement.dataset.theme;
  const label = { light: 'light', dark: 'dark' }[state.theme] || 'auto';
  $('theme-toggle').textContent = `Theme: ${label}`;
  $('theme-toggle').title = state.theme ? `Theme: ${label} (click to change)` : 'Theme follows the system (click to change)';
}

async function renderFromState() {
  applyTheme();
  for (const x of document.querySelectorAll('[data-mode]')) x.setAttribute('aria-pressed', String(x.dataset.mode === state.mode));
  for (const x of document.querySelectorAll('[data-lens]')) x.setAttribute('aria-pressed', String(x.dataset.lens === state.lens));
  renderChips();
  await renderAll();
  if (state.readerId && data.summary.articles.some(a => a.id === state.readerId)) await openReader(state.readerId, null, true);
  const panel = state.panel && $(`${state.panel}-section`);
  if (panel) panel.scrollIntoView();
}

// ---- your own texts -------------------------------------------------------------------

// Which files are texts and which are sidecars (corpus.toml,
// entities.toml): the core's rules (read/corpus.rs), the command line's.
const isTextFile = name => wasm_bindgen.isTextFile(name);
const isSidecarFile = name => wasm_bindgen.isSidecar(name);
const MAX_FILE_BYTES = 64 * 1024 * 1024;
// The largest corpus the page takes. The first worker's WebAssembly
// memory grows to about twice the text while it loads, and both workers'
// together stay under that (the page benchmark: 196 MiB for 95 MiB of
// pages, 755 MiB for 381 MiB, the page's own instance included), and a
// browser gives one instance 2 to 4 GB at most: 600 MB stays under
// 1.3 GB. Beyond this the page refuses before reading a file.
// (A test lowers it through globalThis.DATELINE_MAX_CORPUS_BYTES.)
const MAX_CORPUS_BYTES = globalThis.DATELINE_MAX_CORPUS_BYTES || 600 * 1000 * 1000;

function mb(bytes) { return `${(bytes / 1048576).toFixed(bytes < 1048576 ? 2 : 1)} MB`; }
function progress(text) { $('load-progress').textContent = text; }

// A message at the top of the page, where the user is looking: a storage
// error, or a change that came from another tab.
function noteTop(text) {
  $('top-note-text').textContent = text;
  $('top-note').hidden = false;
}

// Files of a dropped folder, recursively, as { name, blob, fromFolder }.
async function entryFiles(entry, path) {
  if (entry.isFile) {
    const file = await new Promise((ok, fail) => entry.file(ok, fail));
    return [{ name: path + entry.name, blob: file, fromFolder: true }];
  }
  const reader = entry.createReader();
  const out = [];
  for (;;) {
    const batch = await new Promise((ok, fail) => reader.readEntries(ok, fail));
    if (!batch.length) break;
    for (const e of batch) {
      if (!e.name.startsWith('.')) out.push(...await entryFiles(e, `${path}${entry.name}/`));
    }
  }
  return out;
}

// Loads files: the worker reads and analyses them (see
// buildWorkspaceInSteps). A file that cannot be used is named with the
// reason; the others load. While it works the page shows a bar, the files
// and megabytes read, the rate and the time left, and a Cancel button that
// stops the worker: nothing read so far is kept and the corpus shown stays.
// Each load has its own token: Cancel marks the running load's; a load
// started while another runs stops the other, which can never come back
// (a later load does not clear an earlier one's mark). Workers carry the
// token of the load they serve (`worker.token`).
let loadToken = { cancelled: false };

function showMeter(on) {
  $('load-meter').hidden = !on;
  if (on) {
    loadToken.cancelled = true;
    loadToken = { cancelled: false };
  }
}

// Orders paths as the command line walks folders: by their first
// component, then the next (a folder's entries sorted by name; by UTF-16
// code unit, which is Rust's byte order but for characters beyond U+FFFF).
function byPath(a, b) {
  const x = a.name.split('/');
  const y = b.name.split('/');
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  }
  return x.length - y.length;
}

async function loadFiles(files) {
  return whileLoading(() => loadFilesNow(files));
}

async function loadFilesNow(files) {
  performance.mark('dateline:load-start');
  // The line says at once that a new load runs (the last "Loaded …" goes).
  progress(`Reading ${plural(files.length, 'file')}…`);
  showMeter(true);
  const token = loadToken;
  const skipped = [];
  const texts = [];
  // In the order the command line reads a folder (the browser lists it in
  // an order of its own): each folder's entries sorted by name.
  for (const f of [...files].sort(byPath)) {
    if (f.fromFolder && !isTextFile(f.name) && !isSidecarFile(f.name)) {
      skipped.push({ source: f.name, message: 'skipped: not a .txt, .md or .html file' });
    } else {
      texts.push(f);
    }
  }
  // The files go to the worker that will read them, which gives their
  // sizes: handing a picked file over, or asking its size, takes the
  // browser a look at the disk, some 0.1 ms a file, so a large folder goes
  // over a part at a time and the page keeps answering.
  const next = await WorkerCore.start();
  next.token = token;
  const taken = await takeFiles(next, texts).catch(err => {
    next.free();
    throw err;
  });
  if (!taken) {
    showMeter(false);
    progress('Cancelled: nothing was loaded; the corpus shown is unchanged.');
    return;
  }
  // "add": the files join the corpus shown (the bundled corpus stays in
  // or out as it is); "replace": they are the whole corpus now.
  const add = document.querySelector('input[name="load-mode"]:checked').value === 'add';
  const withSeeds = add && workspace.withSeeds;
  // Added to the bundled corpus, a text of the name of one of its pages
  // would give two articles the same id.
  const bundledNames = new Set(withSeeds ? bundled()?.map(f => f.name) ?? wasm_bindgen.Workspace.bundledNames() : []);
  const usable = [];
  texts.forEach((f, i) => {
    if (bundledNames.has(f.name) && !isSidecarFile(f.name)) {
      skipped.push({ source: f.name, message: 'skipped: the bundled corpus has a file of this name; rename yours to add it' });
    } else if (f.size > MAX_FILE_BYTES) {
      skipped.push({ source: f.name, message: `skipped: too large (${mb(f.size)}; the limit is 64 MB per file)` });
    } else {
      usable.push({ name: f.name, blob: f.blob, size: f.size });
    }
  });
  // Added, files join those loaded before (a file of the same name is
  // replaced).
  const incoming = new Set(usable.map(f => f.name));
  const files2 = add ? [...workspace.files.filter(f => !incoming.has(f.name)), ...usable] : usable;
  const before = { files: workspace.files.length, seeds: workspace.withSeeds };
  // Refused before anything is read when the corpus would be too large:
  // the corpus shown stays as it is.
  const after = files2.reduce((sum, f) => sum + f.size, 0);
  if (after > MAX_CORPUS_BYTES) {
    next.free();
    showMeter(false);
    progress(`Not loaded: ${plural(usable.length, 'file')} would make your texts ${mb(after)}; the page takes up to ${mb(MAX_CORPUS_BYTES)} (it analyses in the browser's memory). The corpus shown is unchanged. Load a part of them, or use the command line (dateline counts, sentiment, events), which has no such limit.`);
    return;
  }
  const unreadable = [];
  // Added, the texts keep the dates set by hand and the edited names;
  // a corpus that replaces the one shown starts with neither.
  const kept = add ? { overrides: workspace.overrides, entities: workspace.entities } : { overrides: {}, entities: '' };
  if (!await switchWorkspace({ files: files2, withSeeds, ...kept }, skipped, unreadable, { next, taken })) {
    progress('Cancelled: nothing was loaded; the corpus shown is unchanged.');
    return;
  }
  performance.mark('dateline:loaded');
  persist();
  progress(loadMessage(files.map(f => f.name), skipped, add ? null : before));
}

// What a load brought: the articles and problems of its own files (not
// those of earlier loads), what it replaced, and what is shown now.
function loadMessage(names, skipped, replaced) {
  // Texts only (an entities.toml or corpus.toml is no text of its own);
  // a skipped file gave none of the articles shown, even one of its name.
  names = names.filter(n => !isSidecarFile(n));
  const mine = new Set(names);
  const given = new Set(names.filter(n => !skipped.some(w => w.source === n)));
  const fileOf = id => id.slice(0, id.lastIndexOf('#'));
  const articles = data.summary.articles.filter(a => given.has(fileOf(a.id)));
  const gave = new Set(articles.map(a => fileOf(a.id))).size;
  const problems = new Set([...skipped, ...data.loadWarnings, ...data.summary.warnings]
    .map(w => w.source).filter(s => mine.has(s))).size;
  let what = `Loaded ${gave === names.length ? plural(gave, 'file') : `${num(gave)} of ${plural(names.length, 'file')}`}: ${plural(articles.length, 'article')}`;
  if (problems) what += `; ${plural(problems, 'file')} with problems (see "Files with problems")`;
  if (replaced) {
    const was = [replaced.files ? plural(replaced.files, 'earlier file') : '', replaced.seeds ? 'the bundled corpus' : ''].filter(Boolean).join(' and ');
    if (was) what += `, instead of ${was}`;
  }
  return `${what}. Shown now: ${corpusName()}.`;
}

// ---- the workspace kept in the browser -------------------------------------------------

// The user's texts, dates set by hand, edited entity list (an
// entities.toml, '' for none) and view; rebuilt into a core
// Workspace on demand, kept in IndexedDB, exported to one JSON file.
let workspace = { files: [], withSeeds: true, overrides: {}, entities: '' };
// Pages share the browser's storage for file:// pages: each corpus keeps
// its own record.
const STORE_KEY = `current:${typeof BAKED_CORPUS === 'undefined' ? 'bundled' : BAKED_CORPUS.name}`;

// A page built with `./build.sh page --corpus DIR` carries its own corpus
// (BAKED_CORPUS) instead of the bundled one.
const BAKED = typeof BAKED_CORPUS === 'undefined' ? null : BAKED_CORPUS;
let bakedFiles = null;

function bundled() {
  if (BAKED && !bakedFiles) bakedFiles = BAKED.files.map(f => ({ name: f.name, bytes: fromBase64(f.base64) }));
  return bakedFiles;
}

// The bundled (or baked-in) corpus, on the page's own thread.
function startWorkspace() {
  const files = bundled();
  const ws = files
    ? wasm_bindgen.Workspace.fromFiles(files.map(f => f.name), files.map(f => f.bytes), false)
    : wasm_bindgen.Workspace.withSeeds();
  // A page made in the browser carries the names edited and the dates set
  // by hand when it was made.
  if (BAKED?.entities) {
    try { ws.useEntities(BAKED.entities); } catch (err) { console.warn('the baked names are not used', err); }
  }
  for (const [id, date] of Object.entries(BAKED?.overrides || {})) {
    try { ws.setDate(id, date); } catch (err) { console.warn(`the baked date of ${id} is not used`, err); }
  }
  return new LocalCore(ws);
}

// Dates set by hand, applied to a new core; one that no longer fits its
// article is dropped.
async function applyOverrides(next) {
  for (const [id, date] of Object.entries(workspace.overrides)) {
    try { await next.call('setDate', id, date); } catch (err) { delete workspace.overrides[id]; }
  }
}

// The edited entity list, applied to a new core (before its analysis when
// it is loading); one the core refuses is dropped with a warning.
async function applyEntities(next, loadWarnings) {
  if (!workspace.entities) return;
  try {
    await next.call('useEntities', workspace.entities);
  } catch (err) {
    workspace.entities = '';
    loadWarnings.push({ source: 'entities.toml (your edits)', message: `not used: ${err && err.message ? err.message : err}` });
  }
}

// The core for the workspace: the bundled corpus alone on this thread,
// with your files in a worker. Null when Cancel was pressed meanwhile.
async function buildWorkspace(loadWarnings, unreadable, worker) {
  if (!workspace.files.length) {
    const next = startWorkspace();
    await applyEntities(next, loadWarnings);
    next.ws.complete();
    await applyOverrides(next);
    return next;
  }
  return buildWorkspaceInSteps(workspace.files, workspace.withSeeds, loadWarnings, unreadable, worker);
}

// Files handed to the worker at once (at most FEED_BYTES or FEED_FILES
// of them), and the bytes of text it analyses in one step: the page shows
// the progress after each.
const FEED_BYTES = 4 * 1000 * 1000;
const FEED_FILES = 256;
// (A test lowers STEP_BYTES through globalThis.DATELINE_STEP_BYTES, so
// that a small folder is analysed and handed over in several steps.)
const STEP_BYTES = globalThis.DATELINE_STEP_BYTES || 16 * 1000 * 1000;

function showProgress(done, count, read, total, ms) {
  $('load-bar').max = Math.max(1, 2 * total);
  $('load-bar').value = read;
  const rate = ms > 0 ? read / 1048576 / (ms / 1000) : 0;
  const left = rate > 0 ? (total - read) / 1048576 / rate : 0;
  progress(`Read ${num(done)} of ${num(count)} files (${mb(read)} of ${mb(total)}${rate > 0 && ms > 300 ? `, ${rate.toFixed(1)} MB/s, about ${Math.ceil(left)} s left` : ''})`);
}

// Files handed to a worker in one message.
const TAKE_FILES = 256;

// Hands `files` ({ name, blob }) to the worker `next`, TAKE_FILES at a
// time, setting each one's size; resolves to a Map from each blob to its
// place in the worker's store, or null when Cancel was pressed meanwhile
// (the worker is then stopped).
async function takeFiles(next, files) {
  const taken = new Map();
  for (let at = 0; at < files.length; at += TAKE_FILES) {
    const chunk = files.slice(at, at + TAKE_FILES);
    const { first, sizes } = await next.call('$take', chunk.map(f => f.blob));
    chunk.forEach((f, i) => { f.size = sizes[i]; taken.set(f.blob, first + i); });
    if (next.token?.cancelled) { next.free(); return null; }
    progress(`Looking at the files: ${num(at + chunk.length)} of ${num(files.length)}`);
  }
  return taken;
}

// Builds the core of `files` ({ name, blob, size }) in a worker (`worker`:
// { next, taken } from takeFiles, or a new one), which reads the files
// itself, a batch at a time, then analyses them a step at a time. Files it
// cannot read are named in `unreadable` and left out of the workspace.
// Null when Cancel was pressed meanwhile (the worker is stopped; the
// corpus shown stays).
async function buildWorkspaceInSteps(files, withSeeds, loadWarnings = [], unreadable = [], worker = null) {
  const warned = loadWarnings.length;
  const skipped = unreadable.length;
  try {
    return await readInWorkers(files, withSeeds, loadWarnings, unreadable, worker, true);
  } catch (err) {
    if (!err.twoWorkers) throw err;
    // Two workers could not share the load (a worker that stopped, out
    // of memory perhaps): one worker reads everything again.
    loadWarnings.length = warned;
    unreadable.length = skipped;
    return readInWorkers(files, withSeeds, loadWarnings, unreadable, null, false);
  }
}

// buildWorkspaceInSteps's work, with two workers for a large corpus when
// `twoWorkers`; an error of the two-worker load is thrown with
// `twoWorkers` set, once both workers are stopped.
async function readInWorkers(files, withSeeds, loadWarnings, unreadable, worker, twoWorkers) {
  const token = worker?.next.token ?? loadToken;
  const base = bundled();
  const given = base && withSeeds ? [...base.map(f => ({ name: f.name, blob: new Blob([f.bytes]), size: f.bytes.length })), ...files] : files;
  // The sidecar files (entities.toml, corpus.toml) go first (each worker
  // is given them). Articles keep their order.
  const sidecars = given.filter(f => isSidecarFile(f.name));
  const texts = given.filter(f => !isSidecarFile(f.name));
  const total = texts.reduce((sum, f) => sum + f.size, 0);
  const began = performance.now();
  const next = worker ? worker.next : await WorkerCore.start();
  next.token = token;
  const taken = worker ? worker.taken : new Map();
  const more = await takeFiles(next, given.filter(f => !taken.has(f.blob))).catch(err => {
    next.free();
    throw err;
  });
  if (!more) return null;
  for (const [blob, slot] of more) taken.set(blob, slot);
  // A large corpus is read by two workers, the later files by a second
  // one, which hands its part over (see crate::load). A corpus.toml of
  // yours can date any file of its folder: then one worker reads them all.
  const cut = twoWorkers && total >= TWO_WORKERS_BYTES && !sidecars.some(f => MANIFEST.test(f.name)) ? secondShare(texts) : texts.length;
  const split = cut < texts.length;
  let second = null;
  const stopAll = () => { next.free(); second?.free(); return null; };
  try {
    return await analyseInWorkers();
  } catch (err) {
    // Both workers stop; an error of a two-worker load says so, for the
    // caller to read everything again with one.
    stopAll();
    if (split && err instanceof Error) err.twoWorkers = true;
    throw err;
  }

  async function analyseInWorkers() {
    const secondTaken = new Map();
    if (split) {
      second = await WorkerCore.start();
      second.token = token;
      const slots = await takeFiles(second, [...sidecars, ...texts.slice(cut)]);
      if (!slots) return stopAll();
      for (const [blob, slot] of slots) secondTaken.set(blob, slot);
      await second.call('$loadingSecond', !base && withSeeds);
    }
    await next.call('$loading', !base && withSeeds);
    const counted = { read: 0, files: 0 };
    const shown = () => showProgress(counted.files, texts.length, counted.read, total, performance.now() - began);
    // The second worker hands over what it read after each step, and the
    // first takes it in between its own batches (put after its own at the
    // end): neither holds the second's part of a large folder twice.
    const relays = [];
    const handOver = (method, before = async () => {}) => {
      const relay = second.call(method).then(async bytes => {
        await before();
        return next.callWith([bytes.buffer], 'takeOver', bytes);
      });
      // Awaited at the end; a failure shows there, not as an unhandled one.
      relay.catch(() => {});
      relays.push(relay);
    };
    // Files that could not be read, per worker, listed in file order once
    // both are done (each worker is given the sidecar files: the second's
    // would repeat the first's).
    const own = { warnings: [], unreadable: [] };
    const later = { warnings: [], unreadable: [] };
    const feeding = [feedWorker(next, taken, [...sidecars, ...texts.slice(0, cut)], counted, shown, own)];
    if (second) feeding.push(feedWorker(second, secondTaken, [...sidecars, ...texts.slice(cut)], counted, shown, later, () => handOver('handOverRead')));
    const fed = await Promise.all(feeding);
    loadWarnings.push(...own.warnings, ...later.warnings.filter(f => !isSidecarFile(f.source)));
    unreadable.push(...own.unreadable, ...later.unreadable.filter(name => !isSidecarFile(name)));
    if (fed.includes(false) || token.cancelled) return stopAll();
    performance.mark('dateline:files-read');
    const analysing = performance.now();
    const analysingLine = done => {
      $('load-bar').value = total + done * total;
      const ms = performance.now() - analysing;
      progress(`Analysing ${mb(total)}: ${Math.round(done * 100)}% (${(ms / 1000).toFixed(1)} s so far)`);
    };
    if (second) {
      analysingLine(0);
      // The second worker is stopped once its last part is out, before the
      // first takes it in.
      handOver('handOver', async () => {
        // For the page benchmark: both instances' memory, which only
        // grows, so this is the most they held together.
        const [first, latter] = await Promise.all([next.memory(), second.memory()]);
        globalThis.datelineTwoWorkersWasmBytes = first + latter;
        second.free();
      });
      await Promise.all(relays);
      if (token.cancelled) return stopAll();
    }
    await applyEntities(next, loadWarnings);
    // The first step puts the corpus together and finds its people, places
    // and organisations (one article analysed with it): marked, for the
    // page benchmark's share of discovery in the load.
    performance.mark('dateline:analysis-start');
    await next.call('analyseStep', 1);
    performance.mark('dateline:entities-found');
    if (token.cancelled) return stopAll();
    for (let done = 0; done < 1;) {
      done = await next.call('analyseStep', STEP_BYTES);
      if (token.cancelled) return stopAll();
      analysingLine(done);
    }
    if (unreadable.length) workspace.files = workspace.files.filter(f => !unreadable.includes(f.name));
    await applyOverrides(next);
    performance.mark('dateline:worker-done');
    return next;
  }
}

// Text below which one worker reads a corpus (a second one would take
// longer to start and hand over than it saves), and the manifest's name.
const TWO_WORKERS_BYTES = 8 * 1000 * 1000;
const MANIFEST = /(^|\/)corpus\.toml$/;

// Where the second worker's files begin among `texts`: after 53 % of the
// bytes. The first worker joins the second's part at the end, which the
// second's larger share would delay (the browser benchmark's split).
function secondShare(texts) {
  const total = texts.reduce((sum, f) => sum + f.size, 0);
  let cut = 0;
  for (let bytes = 0; cut < texts.length - 1 && bytes + texts[cut].size <= 0.53 * total; cut += 1) bytes += texts[cut].size;
  return Math.max(1, cut);
}

// Hands `files` to a worker (`core`, whose store holds them at the places
// in `taken`) a batch at a time; the worker reads each batch (and after
// each step's worth of text calls `afterStep`, if given: the second
// worker hands over what it read). The analysis starts once every file is
// in (the entities are found in all of them: see crate::load). Counts the
// texts read in `counted` and shows it; the files that could not be read
// go to `failures` ({ warnings, unreadable }). False when Cancel was
// pressed meanwhile.
async function feedWorker(core, taken, files, counted, shown, failures, afterStep = null) {
  // Two batches in flight: the worker reads one while it parses the other.
  const inFlight = [];
  let unhanded = 0;
  const settleOne = async () => {
    const { answer, size, count } = inFlight.shift();
    const failed = await answer;
    failures.warnings.push(...failed);
    for (const f of failed) failures.unreadable.push(f.source);
    counted.read += size;
    counted.files += count;
    shown();
  };
  for (let at = 0; at < files.length;) {
    let size = 0;
    const batch = [];
    while (at < files.length && (batch.length === 0 || (size < FEED_BYTES && batch.length < FEED_FILES))) {
      batch.push(files[at]);
      size += files[at].size;
      at += 1;
    }
    const answer = core.call('$addTaken', batch.map(f => f.name), batch.map(f => taken.get(f.blob)));
    unhanded += size;
    if (unhanded >= STEP_BYTES) {
      afterStep?.();
      unhanded -= STEP_BYTES;
    }
    // Awaited in order by settleOne; should a worker stop, the first
    // failure is thrown there and the others are not left unhandled.
    answer.catch(() => {});
    const batchTexts = batch.filter(f => !isSidecarFile(f.name));
    inFlight.push({ answer, size: batchTexts.reduce((sum, f) => sum + f.size, 0), count: batchTexts.length });
    if (inFlight.length > 1) await settleOne();
    if (core.token?.cancelled) return false;
  }
  while (inFlight.length) await settleOne();
  return !core.token?.cancelled;
}

function idbRequest(mode, work) {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('dateline', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('workspace');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction('workspace', mode);
      let req;
      try {
        req = work(tx.objectStore('workspace'));
      } catch (err) {
        // A full quota can throw here rather than fail the transaction.
        try { tx.abort(); } catch (e) { /* already finished */ }
        open.result.close();
        reject(err);
        return;
      }
      tx.oncomplete = () => { open.result.close(); resolve(req.result); };
      tx.onerror = () => { open.result.close(); reject(tx.error); };
      tx.onabort = () => { open.result.close(); reject(tx.error || new Error('the browser refused to store it')); };
    };
  });
}

// One writer at a time, nothing lost between tabs. The stored record
// carries `dataRev`, raised each time its texts, dates or names change;
// each tab knows the one it last read or wrote (`synced`). A tab writes
// only over the version it knows: when another tab has written newer data,
// this tab follows it instead (and asks first if it has changes of its
// own). Tabs tell each other of each change (BroadcastChannel) and follow
// at once; "Clear my data" writes an empty record that they follow too.
let synced = { dataRev: 0, files: null, rest: '' };
let channel = null;
// A save asked for, or a change another tab announced, while this tab
// was loading: done (or followed) once the load is over.
let recheck = false;

function dataKey(w) {
  return JSON.stringify([w.withSeeds, Object.entries(w.overrides).sort(), w.entities]);
}

function markSynced(dataRev) {
  synced = { dataRev, files: workspace.files, rest: dataKey(workspace) };
}

function hasOwnChanges() {
  return workspace.files !== synced.files || dataKey(workspace) !== synced.rest;
}

// Reads the stored record and writes what `decide` returns in the same
// transaction (nothing when it returns null); resolves to what was written.
function idbUpdate(decide) {
  let written = null;
  // A full quota can throw at the put rather than fail the transaction.
  let refused = null;
  return idbRequest('readwrite', store => {
    const get = store.get(STORE_KEY);
    get.onsuccess = () => {
      written = decide(get.result);
      if (!written) return;
      try {
        store.put(written, STORE_KEY);
      } catch (err) {
        refused = err;
        try { get.transaction.abort(); } catch (e) { /* already finished */ }
      }
    };
    return get;
  }).then(() => written, err => { throw refused || err; });
}

let persistTimer = 0;
function persist() {
  clearTimeout(persistTimer);
  persistTimer = setTimeout(save, 50);
}

async function save() {
  if (loading) { recheck = true; return; }
  const changed = hasOwnChanges();
  const known = synced.dataRev;
  // Version 2 keeps each file as a Blob (version 1 kept its bytes).
  const record = { version: 2, files: workspace.files, withSeeds: workspace.withSeeds, overrides: workspace.overrides, entities: workspace.entities, view: stateToHash() };
  let newer = false;
  let written;
  try {
    written = await idbUpdate(current => {
      const stored = current?.dataRev ?? 0;
      // Another tab saved newer texts, dates or names: not overwritten
      // unless the user says so below.
      if (stored > known) { newer = true; return null; }
      return { ...record, dataRev: Math.max(stored, known) + (changed ? 1 : 0) };
    });
  } catch (err) {
    noteTop(`Not saved: this browser refused to store your workspace (${err && err.message ? err.message : err}). What was saved before is kept; export it to keep a copy.`);
    return;
  }
  if (written) {
    markSynced(written.dataRev);
    if (changed) channel?.postMessage({ key: STORE_KEY, dataRev: written.dataRev });
    return;
  }
  if (newer && changed && confirm('Another tab of this page changed your saved workspace since this tab read it. OK keeps this tab\'s texts, dates and names (replacing the other tab\'s); Cancel shows the other tab\'s here.')) {
    try {
      written = await idbUpdate(current => ({ ...record, dataRev: (current?.dataRev ?? 0) + 1 }));
    } catch (err) {
      noteTop(`Not saved: this browser refused to store your workspace (${err && err.message ? err.message : err}).`);
      return;
    }
    markSynced(written.dataRev);
    channel?.postMessage({ key: STORE_KEY, dataRev: written.dataRev });
    return;
  }
  await followStored('Your workspace was changed in another tab of this page: this tab now shows it.');
}

// Reads the stored workspace; null when there is none (or it cannot be
// read), else it with its files as Blobs.
async function readStored() {
  let saved;
  try {
    saved = await idbRequest('readonly', store => store.get(STORE_KEY));
  } catch (err) {
    return null;
  }
  if (!saved || (saved.version !== 1 && saved.version !== 2)) return null;
  saved.files = saved.files.map(f => (saved.version === 1
    ? { name: f.name, blob: new Blob([f.bytes]), size: f.bytes.length }
    : { name: f.name, blob: f.blob, size: f.size ?? f.blob.size }));
  saved.dataRev = saved.dataRev ?? 0;
  return saved;
}

// The workspace a stored record holds.
function storedWorkspace(saved) {
  return { files: saved.files, withSeeds: saved.withSeeds, overrides: { ...saved.overrides }, entities: typeof saved.entities === 'string' ? saved.entities : '' };
}

// Shows the workspace another tab stored, keeping this tab's view where
// it still applies.
async function followStored(message) {
  if (loading) { recheck = true; return; }
  // (As a load: a change announced meanwhile is followed after it.)
  const shown = await whileLoading(async () => {
    const saved = await readStored();
    const next = saved ? storedWorkspace(saved) : { files: [], withSeeds: true, overrides: {}, entities: '' };
    const view = stateToHash();
    try {
      if (!await switchWorkspace(next)) return false;
    } catch (err) {
      noteTop(`Could not show the workspace saved in another tab (${err && err.message ? err.message : err}); this tab still shows its own.`);
      return false;
    }
    markSynced(saved ? saved.dataRev : 0);
    if (await applyHash(view)) await renderFromState();
    return true;
  });
  if (shown) noteTop(message);
}

function listenToOtherTabs() {
  if (typeof BroadcastChannel !== 'function') return;
  channel = new BroadcastChannel('dateline-workspace');
  channel.onmessage = ev => {
    const m = ev.data;
    if (!m || m.key !== STORE_KEY || !(m.dataRev > synced.dataRev)) return;
    // While loading, or with changes of this tab not yet saved: the save
    // (after the load) asks which to keep or follows.
    if (loading) { recheck = true; return; }
    if (hasOwnChanges()) { persist(); return; }
    followStored(m.cleared
      ? 'Your data was removed in another tab of this page; the bundled corpus is back.'
      : 'Your workspace was changed in another tab of this page: this tab now shows it.').catch(showLoadError);
  };
}

async function restore() {
  listenToOtherTabs();
  const saved = await readStored();
  // Until the saved texts are shown, this tab holds none of them: should
  // it save first (the restore cancelled), it follows them instead.
  markSynced(0);
  if (!saved) return;
  if (!saved.files.length && !Object.keys(saved.overrides || {}).length && !saved.entities) {
    markSynced(saved.dataRev);
    if (!location.hash && saved.view && await applyHash(saved.view)) await renderFromState();
    return;
  }
  progress(`Restoring your workspace: ${plural(saved.files.length, 'file')}…`);
  const shown = await whileLoading(async () => {
    if (!await switchWorkspace(storedWorkspace(saved))) return false;
    markSynced(saved.dataRev);
    return true;
  });
  if (!shown) {
    progress('Cancelled: your saved texts were not loaded; they stay saved in this browser.');
    return;
  }
  if (await applyHash(location.hash || saved.view || '')) await renderFromState();
  progress(`Restored your workspace: ${plural(workspace.files.length, 'file')}, ${plural(Object.keys(workspace.overrides).length, 'date')} set by hand.`);
}

function toBase64(bytes) {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

function fromBase64(text) {
  const bin = atob(text);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

async function exportText() {
  const files = [];
  for (const f of workspace.files) files.push({ name: f.name, base64: toBase64(new Uint8Array(await f.blob.arrayBuffer())) });
  return `${JSON.stringify({
    format: 'dateline-workspace',
    version: 1,
    withSeeds: workspace.withSeeds,
    files,
    overrides: Object.fromEntries(Object.entries(workspace.overrides).sort()),
    entities: workspace.entities,
    view: stateToHash(),
  }, null, 2)}\n`;
}

// Checks a workspace file completely before anything is replaced.
function parseWorkspace(text) {
  let v;
  try { v = JSON.parse(text); } catch (err) { throw new Error(`it is not JSON (${err.message})`); }
  if (!v || v.format !== 'dateline-workspace') throw new Error('it has no "format": "dateline-workspace"');
  if (v.version !== 1) throw new Error(`version ${v.version} is not known (this page reads version 1)`);
  if (typeof v.withSeeds !== 'boolean') throw new Error('"withSeeds" must be true or false');
  if (!Array.isArray(v.files)) throw new Error('"files" must be a list');
  // The checks a load makes: one name per file, no page of the bundled
  // corpus's names next to it, the limits of a file and of a corpus.
  const bundledNames = new Set(v.withSeeds ? bundled()?.map(f => f.name) ?? wasm_bindgen.Workspace.bundledNames() : []);
  const seen = new Map();
  let total = 0;
  const files = v.files.map((f, i) => {
    if (!f || typeof f.name !== 'string' || !f.name || typeof f.base64 !== 'string') throw new Error(`file ${i + 1} needs a "name" and "base64"`);
    if (seen.has(f.name)) throw new Error(`file ${i + 1} (${f.name}) has the name of file ${seen.get(f.name)}: each file needs its own name`);
    seen.set(f.name, i + 1);
    if (bundledNames.has(f.name) && !isSidecarFile(f.name)) throw new Error(`file ${i + 1} (${f.name}) has the name of a page of the bundled corpus it is added to`);
    const size = Math.floor(f.base64.replace(/=+$/, '').length * 3 / 4);
    if (size > MAX_FILE_BYTES) throw new Error(`file ${i + 1} (${f.name}) is ${mb(size)}; the limit is 64 MB per file`);
    total += size;
    if (total > MAX_CORPUS_BYTES) throw new Error(`its files make ${mb(total)} or more; the page takes up to ${mb(MAX_CORPUS_BYTES)}`);
    try { const bytes = fromBase64(f.base64); return { name: f.name, blob: new Blob([bytes]), size: bytes.length }; } catch (err) { throw new Error(`file ${i + 1} (${f.name}) is not valid base64`); }
  });
  if (!v.overrides || typeof v.overrides !== 'object' || Array.isArray(v.overrides)) throw new Error('"overrides" must be an object');
  for (const [id, date] of Object.entries(v.overrides)) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`the date for ${id} is not YYYY-MM-DD`);
  }
  if (typeof v.view !== 'string') throw new Error('"view" must be a string');
  if (v.entities !== undefined && typeof v.entities !== 'string') throw new Error('"entities" must be the text of an entities.toml');
  return { files, withSeeds: v.withSeeds, overrides: { ...v.overrides }, entities: v.entities || '', view: v.view };
}

async function importWorkspace(file) {
  let parsed;
  try {
    parsed = parseWorkspace(await file.text());
  } catch (err) {
    progress(`Not imported: ${file.name} is not a dateline workspace file: ${err.message}. Your current workspace is unchanged.`);
    return;
  }
  if (!await switchWorkspace({ files: parsed.files, withSeeds: parsed.withSeeds, overrides: parsed.overrides, entities: parsed.entities })) {
    progress(`Cancelled: ${file.name} was not imported; your current workspace is unchanged.`);
    return;
  }
  if (await applyHash(parsed.view)) await renderFromState();
  history.replaceState(null, '', stateToHash());
  persist();
  progress(`Imported ${file.name}: ${plural(workspace.files.length, 'file')}, ${plural(data.summary.articles.length, 'article')}.`);
}

// Makes `next` (files, withSeeds, overrides) the workspace and shows its
// corpus; false when Cancel was pressed while it was built (the workspace
// shown stays).
// A load, an import or a switch of workspaces runs: a change another
// tab saves meanwhile is followed (or asked about) once it is done.
let loading = 0;

async function whileLoading(work) {
  loading += 1;
  try {
    return await work();
  } finally {
    loading -= 1;
    if (!loading && recheck) {
      recheck = false;
      // The save writes this tab's state, asks which to keep, or shows
      // the newer workspace another tab stored.
      persist();
    }
  }
}

async function switchWorkspace(next, loadWarnings = [], unreadable = [], worker = null) {
  return whileLoading(() => switchWorkspaceNow(next, loadWarnings, unreadable, worker));
}

async function switchWorkspaceNow(next, loadWarnings, unreadable, worker) {
  const before = workspace;
  workspace = next;
  const start = performance.now();
  if (next.files.length && !worker) showMeter(true);
  let built;
  try {
    built = await buildWorkspace(loadWarnings, unreadable, worker);
  } catch (err) {
    workspace = before;
    throw err;
  } finally {
    showMeter(false);
  }
  if (!built) {
    workspace = before;
    return false;
  }
  // The corpus shown before stays alive until the new one is drawn: if
  // drawing fails, it comes back, and nothing of the failed load is shown
  // or saved (a later click saves what is shown).
  const old = core;
  const view = { queries: state.queries, day: state.day, readerId: state.readerId, slots: state.slots, series: state.series, loadWarnings: data.loadWarnings };
  try {
    await useWorkspace(built, loadWarnings, performance.now() - start);
  } catch (err) {
    workspace = before;
    core = old;
    built.free();
    Object.assign(state, { queries: view.queries, day: view.day, readerId: view.readerId, slots: view.slots });
    data.loadWarnings = view.loadWarnings;
    try {
      await loadReports();
      setSeries(view.series);
      renderChips();
      await renderAll();
    } catch (again) {
      console.error(again);
    }
    throw new Error(`${err && err.message ? err.message : err}; the corpus shown before is kept`);
  }
  if (old) old.free();
  return true;
}

async function useWorkspace(next, loadWarnings, ms) {
  core = next;
  data.loadWarnings = loadWarnings;
  state.queries = [];
  state.day = null;
  state.readerId = null;
  await loadReports();
  performance.mark('dateline:reports');
  state.slots = [];
  setSeries(await core.call('topSeries', 4));
  renderChips();
  await renderAll();
  // The reader showed an article of the corpus before.
  await openLatest();
  performance.mark('dateline:drawn');
  setStatus('ready', `Analysed ${plural(data.summary.articles.length, 'article')} in ${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`);
  // What stands out in a period needs the words counted by day: done now,
  // in the worker, while the reader looks at the corpus.
  core.call('prepareKeywords').catch(() => {});
}

function wireLoading() {
  const zone = $('drop-zone');
  const pick = input => input.addEventListener('change', () => {
    const fromFolder = input.id === 'folder-input';
    const files = [...input.files].map(f => ({ name: f.webkitRelativePath || f.name, blob: f, fromFolder }));
    input.value = '';
    if (files.length) loadFiles(files).catch(showLoadError);
  });
  pick($('file-input'));
  pick($('folder-input'));
  zone.addEventListener('dragover', ev => { ev.preventDefault(); zone.classList.add('over'); });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', ev => {
    ev.preventDefault();
    zone.classList.remove('over');
    const items = [...(ev.dataTransfer.items || [])].map(i => i.webkitGetAsEntry && i.webkitGetAsEntry()).filter(Boolean);
    progress('Reading the dropped files…');
    const work = items.length
      ? Promise.all(items.map(e => entryFiles(e, ''))).then(lists => lists.flat().map(f => ({ ...f, fromFolder: f.name.includes('/') })))
      : Promise.resolve([...ev.dataTransfer.files].map(f => ({ name: f.name, blob: f, fromFolder: false })));
    work.then(files => files.length && loadFiles(files)).catch(showLoadError);
  });
  $('load-cancel').addEventListener('click', () => { loadToken.cancelled = true; });
  $('paste-load').addEventListener('click', () => {
    const text = $('paste-text').value;
    if (!text.trim()) { progress('Paste a text first.'); return; }
    let name = $('paste-name').value.trim() || 'pasted-text.txt';
    if (!isTextFile(name)) name += '.txt';
    loadFiles([{ name, blob: new Blob([text], { type: 'text/plain' }), fromFolder: false }]).catch(showLoadError);
  });
  $('reset-seeds').addEventListener('click', async () => {
    await switchWorkspace({ files: [], withSeeds: true, overrides: {}, entities: '' });
    persist();
    progress('Back to the bundled corpus.');
  });
  $('download-page').addEventListener('click', downloadPage);
  $('embed-download').addEventListener('click', downloadPage);
  $('export-workspace').addEventListener('click', async () => {
    saveBlob(new Blob([await exportText()], { type: 'application/json' }), 'dateline-workspace.json');
  });
  $('import-workspace').addEventListener('change', ev => {
    const file = ev.target.files[0];
    ev.target.value = '';
    if (file) importWorkspace(file).catch(showLoadError);
  });
  $('top-note-close').addEventListener('click', () => { $('top-note').hidden = true; });
  $('clear-data').addEventListener('click', async () => {
    // One click next to "Import" must not erase everything: asked first.
    const what = `${plural(workspace.files.length, 'file')}, ${plural(Object.keys(workspace.overrides).length, 'date')} set by hand`;
    if (!confirm(`Remove your texts (${what}) and your view from this browser? Export them first to keep a copy.`)) {
      progress('Nothing was removed.');
      return;
    }
    // An empty record, newer than any tab's: other tabs follow it rather
    // than save their copy over it.
    let written;
    try {
      written = await idbUpdate(current => ({ version: 2, files: [], withSeeds: true, overrides: {}, entities: '', view: '', dataRev: Math.max(current?.dataRev ?? 0, synced.dataRev) + 1 }));
    } catch (err) {
      progress(`Could not remove your data from this browser (${err && err.message ? err.message : err}); it is still stored.`);
      return;
    }
    await switchWorkspace({ files: [], withSeeds: true, overrides: {}, entities: '' });
    markSynced(written.dataRev);
    channel?.postMessage({ key: STORE_KEY, dataRev: written.dataRev, cleared: true });
    history.replaceState(null, '', location.pathname);
    progress('Your data was removed from this browser; the bundled corpus is back.');
  });
}

function showLoadError(err) {
  showMeter(false);
  progress(`Could not load: ${err && err.message ? err.message : err}`);
  console.error(err);
}

// ---- charts: hover, focus, selection -------------------------------------------------

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
function wireChart(id) {
  if (tipFor && !tipFor.isConnected) $('tooltip').hidden = true;
  for (const hit of $(id).querySelectorAll('.day-hit')) {
    hit.addEventListener('mouseenter', () => dayTooltip(hit));
    hit.addEventListener('focus', () => dayTooltip(hit));
    hit.addEventListener('mouseleave', () => { $('tooltip').hidden = true; });
    hit.addEventListener('blur', () => { $('tooltip').hidden = true; });
    hit.addEventListener('click', () => selectDay(hit.dataset.date));
    hit.addEventListener('keydown', async ev => {
      if (ev.key !== 'Enter' && ev.key !== ' ') return;
      ev.preventDefault();
      // The chart is drawn again: focus goes back to the same point of the
      // new drawing, so the next Tab goes on from there.
      const date = hit.dataset.date;
      await selectDay(date);
      $(id).querySelector(`.day-hit[data-date="${CSS.escape(date)}"]`)?.focus();
    });
  }
}

async function renderTimeline() {
  $('timeline-chart').innerHTML = await core.call('timelineSvg', width('timeline-chart'), height(70), theme(), state.day || '');
  wireChart('timeline-chart');
}

async function renderCharts() {
  await applyPeriod();
  await Promise.all([renderMentions(), renderSentiment(), renderTimeline()]);
}

async function renderAll() {
  renderCorpusLine();
  renderDayBar();
  renderWarnings();
  await Promise.all([renderDrivers(), renderEvents(), renderCounting(), renderCharts(), renderKwicTerms(), renderArticles(), renderKeywords()]);
}

function wireControls() {
  for (const b of document.querySelectorAll('[data-mode]')) {
    b.addEventListener('click', () => {
      state.mode = b.dataset.mode;
      saveView();
      for (const x of document.querySelectorAll('[data-mode]')) x.setAttribute('aria-pressed', String(x === b));
      renderMentions();
    });
  }
  for (const b of document.querySelectorAll('[data-lens]')) {
    b.addEventListener('click', () => {
      state.lens = b.dataset.lens;
      saveView();
      for (const x of document.querySelectorAll('[data-lens]')) x.setAttribute('aria-pressed', String(x === b));
      renderSentiment();
      renderDrivers();
      renderCounting();
    });
  }
  for (const b of document.querySelectorAll('[data-sort]')) {
    b.addEventListener('click', () => {
      const key = b.dataset.sort;
      state.sort = { key, dir: state.sort.key === key ? -state.sort.dir : 1 };
      renderArticles();
    });
  }
  $('query-form').addEventListener('submit', ev => { ev.preventDefault(); addQuery($('query-input').value); $('query-input').value = ''; });
  $('all-days').addEventListener('click', () => selectDay(state.day));
  $('counting-details').addEventListener('toggle', renderCounting);
  $('by').addEventListener('change', () => {
    state.by = $('by').value;
    saveView();
    renderCharts();
  });
  $('kwic-term').addEventListener('change', ev => { state.kwicTerm = ev.target.value; renderKwic(); });
  $('kwic-sort').addEventListener('change', ev => { state.kwicSort = ev.target.value; renderKwic(); });
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', renderCharts);
  $('present').addEventListener('click', () => setPresent(!state.present));
  $('theme-toggle').addEventListener('click', () => {
    state.theme = { null: 'light', light: 'dark', dark: null }[state.theme ?? 'null'] ?? null;
    applyTheme();
    saveView();
    renderCharts();
  });
  document.addEventListener('keydown', presentKeys);
  for (const b of document.querySelectorAll('[data-embed-dialog]')) {
    b.addEventListener('click', () => openEmbedDialog(b.dataset.embedDialog));
  }
  $('embed-close').addEventListener('click', () => $('embed-dialog').close());
  $('embed-copy').addEventListener('click', () => {
    $('embed-snippet').select();
    navigator.clipboard?.writeText($('embed-snippet').value).catch(() => document.execCommand('copy'));
  });
  for (const b of document.querySelectorAll('[data-download]')) {
    b.addEventListener('click', () => download(b.dataset.download, b.dataset.format));
  }
  wireEntityEditor();
  // Back, forward and edited links restore the view they carry.
  const followHash = async () => { if (await applyHash(location.hash)) await renderFromState(); };
  window.addEventListener('popstate', followHash);
  window.addEventListener('hashchange', followHash);
  // A chart box that changes width (window, presentation mode, a scroll
  // bar coming or going) has its charts drawn again for the new width.
  let timer = 0;
  const observer = new ResizeObserver(entries => {
    let changed = false;
    for (const e of entries) {
      const w = e.target.clientWidth;
      if (w && w !== boxWidths[e.target.id]) {
        boxWidths[e.target.id] = w;
        changed = true;
      }
    }
    if (changed) { clearTimeout(timer); timer = setTimeout(() => { renderCharts(); }, 150); }
  });
  for (const id of ['mentions-chart', 'sentiment-chart', 'timeline-chart']) observer.observe($(id));
}

// Should anything go wrong (a panic in the core, an error in this script),
// say so and keep the last good view instead of a dead page.
function showError(message) {
  const banner = $('error-banner');
  const close = el('button', { type: 'button' }, 'dismiss');
  close.addEventListener('click', () => { banner.hidden = true; });
  banner.replaceChildren(`Something went wrong: ${message}. The page keeps its last good view; reload to start again.`, close);
  banner.hidden = false;
}

window.datelinePanic = message => showError(`the analysis engine stopped (${message})`);
window.addEventListener('error', ev => showError(ev.message || 'an error in the page'));
window.addEventListener('unhandledrejection', ev => showError((ev.reason && ev.reason.message) || String(ev.reason)));

// Resolves once the browser has painted what the page holds (a hidden tab
// paints nothing: the timer goes on anyway).
function afterPaint() {
  return new Promise(resolve => {
    let done = false;
    const go = () => { if (!done) { done = true; resolve(); } };
    requestAnimationFrame(() => setTimeout(go, 0));
    setTimeout(go, 200);
  });
}

async function main() {
  try {
    performance.mark('dateline:start');
    // The page holds the first chart already, drawn by this engine when
    // the page was built: let the browser show it before the engine is
    // unpacked and started (some 100 ms), which then draws it again, live.
    await afterPaint();
    PRISTINE = document.documentElement.cloneNode(true);
    performance.mark('dateline:engine-start');
    engine = wasmModule();
    const exports = wasm_bindgen.initSync({ module: engine });
    // For measurements (the page benchmark): bytes of WebAssembly memory,
    // the page's and the worker's.
    globalThis.datelineWasmBytes = async () => exports.memory.buffer.byteLength + await core.memory();
    globalThis.datelinePageWasmBytes = () => exports.memory.buffer.byteLength;
    // For the page benchmark: one call to the core, timed alone (the
    // worker's trip included), e.g. what stands out in a period.
    globalThis.datelineTimeCall = async (method, ...args) => {
      const asked = performance.now();
      await core.call(method, ...args);
      return performance.now() - asked;
    };
    performance.mark('dateline:instantiated');
    const start = performance.now();
    // Mentions first: the first chart needs nothing else.
    core = startWorkspace();
    performance.mark('dateline:workspace');
    data.counts = core.ws.countsDays();
    await loadTotals();
    performance.mark('dateline:analysed');
    // The status line gives the time spent reading and analysing, not
    // drawing.
    const analysisMs = performance.now() - start;
    // The four series mentioned most, to start with (the build drew the
    // same chart into the page: tests/browser/tools/first-chart.mjs).
    state.slots = [];
    setSeries(core.ws.topSeries(4));
    firstChartWidth = widthBeforeLayout();
    await applyPeriod();
    await renderMentions();
    firstChartWidth = 0;
    performance.mark('dateline:first-chart');
    // Let the browser paint the live chart, then run the rest.
    await afterPaint();
    performance.mark('dateline:first-chart-painted');
    finishStart(analysisMs);
  } catch (err) {
    setStatus('error', `Could not start the analysis: ${err && err.message ? err.message : err}`);
    console.error(err);
    // The chips written when the page was built do nothing without the
    // engine: say so (the chart drawn then stays, a picture).
    for (const chip of document.querySelectorAll('#chips button')) chip.disabled = true;
  }
}

// Everything after the first chart: sentiment and events, the other views,
// the saved workspace and the view in the URL.
async function finishStart(firstMs) {
  try {
    const start = performance.now();
    core.ws.complete();
    await loadReports();
    const ms = firstMs + performance.now() - start;
    performance.mark('dateline:complete');
    wireControls();
    wireLoading();
    // A page made in the browser opens on the view it was made with.
    if (!location.hash && BAKED?.view && !embedded()) history.replaceState(null, '', BAKED.view);
    if (await applyHash(location.hash)) await renderFromState();
    else { renderChips(); await renderAll(); }
    applyEmbed();
    // An embedded chart shows what the file holds, as every reader of the
    // post sees it: not the workspace this browser keeps.
    if (!state.readerId) await openLatest();
    setStatus('ready', `Analysed ${plural(data.summary.articles.length, 'article')} in ${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`);
    if (!embedded()) await restore();
  } catch (err) {
    setStatus('error', `Could not start the analysis: ${err && err.message ? err.message : err}`);
    console.error(err);
  }
}

main();
