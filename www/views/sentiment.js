// The tone chart, its table, and the words behind its tallies.
import { core } from '../core/cores.js';
import { $, appendAll, el, languageList, plural } from '../dom.js';
import { height, width } from '../layout.js';
import { CHART_TITLE, data, inPeriod, periodHeading, periodLabel, state, theme } from '../state.js';
import { wireChart } from './hover.js';

function renderSentimentTable() {
  const cols = state.lens === 'tone' ? ['positive', 'negative', 'net'] : ['cooperation', 'conflict', 'goldstein'];
  // A period with no word scored has no net score (the chart draws no dot).
  const fmt = (k, v, d) => (v === null || v === undefined || (k === 'net' && d.positive + d.negative === 0)) ? '–'
    : (k === 'net' || k === 'goldstein') ? v.toFixed(2) : String(v);
  $('sentiment-table').replaceChildren(
    el('thead', null, el('tr', null, el('th', { scope: 'col' }, periodHeading()), el('th', { scope: 'col' }, 'Articles'), ...cols.map(c => el('th', { scope: 'col' }, c)))),
    appendAll(el('tbody'), data.sentimentP.days.map(d => el('tr', { 'data-date': periodLabel(d.date, data.period) }, el('td', null, periodLabel(d.date, data.period)), el('td', null, String(d.articles)),
      ...cols.map(c => el('td', { 'data-key': c, 'data-value': String(d[c]) }, fmt(c, d[c], d)))))));
}

export async function renderSentiment() {
  const svg = await core.call('sentimentSvg', state.lens, width('sentiment-chart'), height(220), theme(), state.day || '', false);
  $('sentiment-heading').textContent = CHART_TITLE.sentiment;
  $('sentiment-chart').innerHTML = svg;
  wireChart('sentiment-chart');
  renderSentimentTable();
  $('sentiment-hint').textContent = state.lens === 'tone'
    ? 'Bars: positive words above zero, negative below (negated words count on the other side), on the left scale. Line: net = (positive − negative) / (positive + negative), on the right scale from −1 to +1.'
    : 'Bars: cooperation terms above zero, conflict terms below, on the left scale. Line: mean Goldstein weight of the terms, on the right scale from −10 to +10.';
  renderSkipped();
}

// What the tone lists (English) did not score in the selection, said under
// the chart: a day of Spanish or French articles has no bar, which would
// otherwise read as a neutral day.
// The languages are named by the core ("German and French"), asked only
// when some words were skipped.
async function renderSkipped() {
  const day = state.day;
  let spanish = 0;
  let other = 0;
  for (const d of data.sentiment.days.filter(d => inPeriod(d.date, day))) {
    spanish += d.spanish_words_skipped;
    other += d.other_words_skipped;
  }
  const languages = other ? await core.call('skippedLanguages', day || '') : [];
  if (day !== state.day) return;
  const parts = [other ? `${plural(other, 'word')} of articles in ${languageList(languages)}` : '', spanish ? `${plural(spanish, 'word')} in Spanish sentences` : ''].filter(Boolean);
  const note = $('sentiment-skipped');
  note.hidden = !parts.length;
  note.textContent = parts.length ? `Not scored: ${parts.join(' and ')}. The tone lists are English; a day with only such articles has no bar.` : '';
}

// The words behind the tallies of the selection, merged over its days by
// the core, most counted first.
export async function renderDrivers() {
  const lens = state.lens === 'tone' ? 'tone' : 'diplomacy';
  const sides = lens === 'tone' ? ['positive', 'negative'] : ['cooperation', 'conflict'];
  const day = state.day;
  const all = await core.call('drivers', day || '', lens);
  if (day !== state.day) return;
  const item = x => el('li', { 'data-word': x.word, 'data-count': String(x.count), 'data-negated': String(x.negated) },
    `${x.word} ${x.count}`, x.negated ? el('span', { class: 'neg-mark' }, ` (${x.negated} negated)`) : null);
  $('drivers').replaceChildren(...sides.map(side => {
    const words = all.filter(x => x.side === side);
    // The ten most counted; the others one click away, not cut silently.
    const rest = words.length > 10
      ? el('details', { class: 'drivers-more' }, el('summary', null, `${words.length - 10} more`),
        el('ol', { start: '11' }, ...words.slice(10).map(item)))
      : null;
    return el('div', { 'data-side': side },
      el('h3', null, `${side} words ${state.day ? `on ${state.day}` : '(all days)'}`),
      el('ol', null, ...words.slice(0, 10).map(item)), rest);
  }));
}
