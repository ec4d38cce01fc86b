// Switching the corpus shown: the new core is built and drawn, and on any
// failure the one shown before stays.
import { core, setCore } from '../core/cores.js';
import { $, plural, setStatus } from '../dom.js';
import { buildWorkspace, loadToken, showMeter } from './build.js';
import { whileLoading } from './busy.js';
import { loadReports } from '../reports.js';
import { data, setSeries, setWorkspace, state, workspace } from '../state.js';
import { renderAll } from '../views/day.js';
import { renderChips } from '../views/mentions.js';
import { openLatest } from '../views/reader.js';

// Thrown inside a switch when Cancel was pressed while the new corpus was
// drawn.
const CANCELLED = new Error('cancelled');

export async function switchWorkspace(next, loadWarnings = [], unreadable = [], worker = null) {
  return whileLoading(() => switchWorkspaceNow(next, loadWarnings, unreadable, worker));
}

async function switchWorkspaceNow(next, loadWarnings, unreadable, worker) {
  const start = performance.now();
  if (next.files.length && !worker) showMeter(true);
  // This switch's load: a load started meanwhile marks it cancelled.
  const token = worker?.next.token ?? loadToken;
  try {
    return await buildAndDraw(next, loadWarnings, unreadable, worker, token, start);
  } finally {
    // The meter, and its Cancel, stay until the new corpus is drawn (or
    // the one before is back). (The meter of a load started meanwhile is
    // that load's.)
    if (token === loadToken) showMeter(false);
  }
}

async function buildAndDraw(next, loadWarnings, unreadable, worker, token, start) {
  // `next` is built apart: the workspace shown (and saved, and joined by
  // a load started meanwhile) stays the one before until `next` is drawn.
  let built = await buildWorkspace(next, loadWarnings, unreadable, worker);
  if (built && token.cancelled) {
    built.free();
    built = null;
  }
  if (!built) return false;
  const before = workspace;
  setWorkspace(next);
  // The corpus shown before stays alive until the new one is drawn: if
  // drawing fails, it comes back, and nothing of the failed load is shown
  // or saved (a later click saves what is shown).
  const old = core;
  const view = { queries: state.queries, day: state.day, readerId: state.readerId, slots: state.slots, series: state.series, loadWarnings: data.loadWarnings };
  const status = { kind: $('status').dataset.state, text: $('status-text').textContent };
  try {
    await useWorkspace(built, loadWarnings, performance.now() - start);
    // Cancel pressed while the new corpus was being drawn: the one shown
    // before comes back, as after a failure.
    if (token.cancelled) throw CANCELLED;
  } catch (err) {
    setWorkspace(before);
    setCore(old);
    built.free();
    Object.assign(state, { queries: view.queries, day: view.day, readerId: view.readerId, slots: view.slots });
    data.loadWarnings = view.loadWarnings;
    try {
      // The series first: the reports' day counts are those of the series
      // shown (see ensureCounts).
      setSeries(view.series);
      await loadReports();
      renderChips();
      await renderAll();
      if (err === CANCELLED) setStatus(status.kind, status.text);
    } catch (again) {
      console.error(again);
    }
    if (err === CANCELLED) return false;
    throw new Error(`${err && err.message ? err.message : err}; the corpus shown before is kept`);
  }
  if (old) old.free();
  return true;
}

async function useWorkspace(next, loadWarnings, ms) {
  setCore(next);
  data.loadWarnings = loadWarnings;
  state.queries = [];
  state.day = null;
  state.readerId = null;
  // The series first: the reports' day counts are those of the series
  // shown (see ensureCounts).
  state.slots = [];
  setSeries(await core.call('topSeries', 4));
  await loadReports();
  performance.mark('dateline:reports');
  renderChips();
  await renderAll();
  // The reader showed an article of the corpus before.
  await openLatest();
  performance.mark('dateline:drawn');
  setStatus('ready', `Analysed ${plural(data.summary.articles.length, 'article')} in ${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`);
  suggestLoadMode();
  // What stands out in a period needs the words counted by day: done now,
  // in the worker, while the reader looks at the corpus.
  core.call('prepareKeywords').catch(() => {});
}

// The load mode a user expects until they choose one: texts of their own
// replace the bundled corpus (a class's texts mixed with the bundled news
// would answer nobody's question), and join the texts of their own shown.
function suggestLoadMode() {
  const set = document.querySelector('fieldset.mode');
  if (!set) return;
  set.dataset.switched = '';
  if (set.dataset.chosen) return;
  const mode = workspace.files.length ? 'add' : 'replace';
  const radio = set.querySelector(`input[name="load-mode"][value="${mode}"]`);
  // (The load's message says so when the choice shown changes.)
  set.dataset.switched = radio.checked ? '' : mode;
  radio.checked = true;
}
