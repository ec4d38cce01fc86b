// The views together: the corpus line, the day bar, a period selected,
// and everything drawn again from the state.
import { $ } from '../dom.js';
import { articleRows, BAKED, data, defaultTitle, inPeriod, isSidecarFile, sortRows, state, workspace } from '../state.js';
import { applyTheme, replaceView, saveView } from '../url.js';
import { corpusAbout, corpusLine } from '../words.js';
import { renderArticles, renderWarnings } from './articles.js';
import { renderCharts } from './charts.js';
import { renderCounting } from './counting.js';
import { renderEvents } from './events.js';
import { renderKeywords } from './keywords.js';
import { renderKwic, renderKwicTerms } from './kwic.js';
import { renderChips } from './mentions.js';
import { openReader } from './reader.js';
import { renderDrivers } from './sentiment.js';

// The corpus shown: what it is, its name, its figures (the build's first
// chart writes the same sentences, from words.js).
function renderCorpusLine() {
  const texts = files => files.filter(f => !isSidecarFile(f.name)).length;
  const gave = new Set((data.summary?.articles || []).map(a => a.id.slice(0, a.id.lastIndexOf('#'))));
  $('corpus-about').textContent = corpusAbout({
    baked: BAKED && { name: BAKED.name, texts: texts(BAKED.files) },
    yours: texts(workspace.files),
    withSeeds: workspace.withSeeds,
    silent: workspace.files.filter(f => !isSidecarFile(f.name) && !gave.has(f.name)).length,
  });
  $('corpus-name-default').textContent = `(left empty: “${defaultTitle()}”)`;
  // (Not while it is typed in.)
  if (document.activeElement !== $('corpus-name')) $('corpus-name').value = workspace.title || '';
  $('corpus-line').textContent = corpusLine(data.corpusTotals);
}

// A period no article is dated in (an event told later: "in 2016", in a
// text of 2024; a Sunday's events, in Monday's paper) has nothing of its
// own in the charts and lists of articles: the label says why.
function renderDayBar() {
  const label = $('day-label');
  label.textContent = state.day ? `Showing ${state.day}` : 'All days';
  if (state.day && !data.summary.articles.some(a => a.date && inPeriod(a.date, state.day))) {
    const unit = /^\d{4}$/.test(state.day) ? 'year' : /W/.test(state.day) ? 'week' : /^\d{4}-\d{2}$/.test(state.day) ? 'month' : 'day';
    const note = document.createElement('span');
    note.className = 'day-note';
    note.textContent = ` · no article that ${unit}`;
    label.append(note);
  }
  $('all-days').hidden = !state.day;
  $('by').value = state.by;
}

export function selectDay(day) {
  state.day = state.day === day ? null : day;
  saveView();
  return renderDayViews();
}

// Everything that depends on the selected day.
export async function renderDayViews() {
  renderDayBar();
  await Promise.all([renderDrivers(), renderEvents(), renderCounting(), renderCharts(), renderKwic(), renderArticles(), renderKeywords(), followDay()]);
}

// The reader follows a selected period: an article of another period
// gives way to the period's first article (quietly: the page does not
// scroll to it), and the link says so (a reload showed the article read
// before under the new day).
async function followDay() {
  if (!state.day) return;
  const current = data.summary.articles.find(a => a.id === state.readerId);
  if (current && inPeriod(current.date, state.day)) return;
  const first = sortRows(articleRows()).find(a => inPeriod(a.date, state.day));
  if (first) {
    await openReader(first.id, null, true);
    replaceView();
  }
}

export async function renderFromState() {
  applyTheme();
  for (const x of document.querySelectorAll('[data-mode]')) x.setAttribute('aria-pressed', String(x.dataset.mode === state.mode));
  for (const x of document.querySelectorAll('[data-lens]')) x.setAttribute('aria-pressed', String(x.dataset.lens === state.lens));
  renderChips();
  await renderAll();
  if (state.readerId && data.summary.articles.some(a => a.id === state.readerId)) await openReader(state.readerId, null, true);
  const panel = state.panel && $(`${state.panel}-section`);
  if (panel) panel.scrollIntoView();
}

export async function renderAll() {
  renderCorpusLine();
  renderDayBar();
  renderWarnings();
  await Promise.all([renderDrivers(), renderEvents(), renderCounting(), renderCharts(), renderKwicTerms(), renderArticles(), renderKeywords()]);
}
