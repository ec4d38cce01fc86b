// The page's entry point (bundled by esbuild into the one page): starts
// the wasm core, draws the first chart, then the other views, wires the
// controls and restores the saved workspace. Every number and chart comes
// from the core (wasm_bindgen.Workspace); the modules only place them.
import { core, setCore, WorkerCore } from './core/cores.js';
import { engine, readerModule, setEngine, wasmModule } from './core/engine.js';
import { $, el, plural, setStatus } from './dom.js';
import { boxWidths, setFirstChartWidth, widthBeforeLayout } from './layout.js';
import { startWorkspace } from './load/build.js';
import { wireLoading } from './load/files.js';
import { applyPeriod, loadReports, loadTotals } from './reports.js';
import { download } from './save/downloads.js';
import { setPristine } from './save/page.js';
import { BAKED, data, hooks, setSeries, state, workspace } from './state.js';
import { persist, restore } from './store/storage.js';
import { applyHash, applyTheme, saveView } from './url.js';
import { renderArticles } from './views/articles.js';
import { renderCharts } from './views/charts.js';
import { renderCounting } from './views/counting.js';
import { renderAll, renderFromState, selectDay } from './views/day.js';
import { applyEmbed, embedded, openEmbedDialog } from './views/embed.js';
import { wireEntityEditor } from './views/entities.js';
import { renderKwic } from './views/kwic.js';
import { addQuery, renderChips, renderMentions } from './views/mentions.js';
import { fitReader, presentKeys, presentStep, setPresent } from './views/present.js';
import { openLatest } from './views/reader.js';
import { renderDrivers, renderSentiment } from './views/sentiment.js';

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
  // The corpus's name is the workspace's: saved with it, exported with it.
  $('corpus-name').addEventListener('input', ev => { workspace.title = ev.target.value; persist(); });
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
  $('present-prev').addEventListener('click', () => presentStep(-1));
  $('present-next').addEventListener('click', () => presentStep(1));
  $('present-leave').addEventListener('click', () => setPresent(false));
  $('theme-toggle').addEventListener('click', () => {
    // From "auto", first the theme the system is not in (the first click
    // changes what is seen), then the other, then auto again.
    const system = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
    const other = system === 'dark' ? 'light' : 'dark';
    state.theme = state.theme == null ? other : state.theme === other ? system : null;
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
  // Presenting, the reader ends at the bar whatever the window's height
  // becomes (a projector's full screen after the start).
  window.addEventListener('resize', () => { if (state.present) fitReader(); });
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
  hooks.persist = persist;
  hooks.renderAll = renderAll;
  hooks.selectDay = selectDay;
  // For the browser tests and benchmarks: the worker's core (a test makes
  // its calls fail) and the HTML reader's module (the reading benchmark
  // runs it alone).
  globalThis.datelineInternals = { WorkerCore, readerModule };
  try {
    performance.mark('dateline:start');
    // The page holds the first chart already, drawn by this engine when
    // the page was built: let the browser show it before the engine is
    // unpacked and started (some 100 ms), which then draws it again, live.
    await afterPaint();
    setPristine(document.documentElement.cloneNode(true));
    performance.mark('dateline:engine-start');
    setEngine(wasmModule());
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
    setCore(startWorkspace());
    performance.mark('dateline:workspace');
    data.counts = core.ws.countsDays();
    data.countsFor = data.counts.terms;
    await loadTotals();
    performance.mark('dateline:analysed');
    // The status line gives the time spent reading and analysing, not
    // drawing.
    const analysisMs = performance.now() - start;
    // The four series mentioned most, to start with (the build drew the
    // same chart into the page: tests/browser/tools/first-chart.mjs).
    state.slots = [];
    setSeries(core.ws.topSeries(4));
    setFirstChartWidth(widthBeforeLayout());
    await applyPeriod();
    await renderMentions();
    setFirstChartWidth(0);
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

// The sticky day bar covers the top of the window (two lines on a phone):
// what is scrolled into view (a section, "In context") lands below it.
const daybar = document.querySelector('.daybar');
if (daybar && window.ResizeObserver) {
  new ResizeObserver(() => document.documentElement.style.setProperty('--daybar-h', `${daybar.offsetHeight}px`)).observe(daybar);
}

main();
