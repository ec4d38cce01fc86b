// The reports asked of the core (summary, counts, tone, events, totals)
// and the period the charts count by.
import { core } from './core/cores.js';
import { $ } from './dom.js';
import { width } from './layout.js';
import { CHART_TITLE, data, state } from './state.js';

export async function loadReports() {
  // Asked for at once: a worker answers them in order.
  const countsFor = [...state.series];
  const [summary, corpusTotals, counts, sentiment, events] = await Promise.all([
    // Per-article figures stay in the core: the articles table asks for
    // its mentions (articleMentions), the downloads for the whole reports.
    // The day counts hold the series shown (see ensureCounts).
    core.call('summary'), core.call('corpusTotals'), core.call('countsDays', countsFor), core.call('sentimentDays'), core.call('events')]);
  Object.assign(data, { summary, corpusTotals, counts, countsFor, sentiment, events, mentions: null });
  await loadTotals();
  await applyPeriod();
}

// After new queries: the mention counts alone change (the core counts
// them again and keeps the tallies and events, which queries do not touch).
export async function loadCounts() {
  data.countsFor = [...state.series];
  data.counts = await core.call('countsDays', data.countsFor);
  data.mentions = null;
  await loadTotals();
  await applyPeriod();
}

// The day (and period) counts hold the series asked for when they were
// fetched (every series mentioned on two thousand days took the page's
// thread 106 ms to take in): asked again when a series shown is not among
// them.
export async function ensureCounts() {
  if (state.series.every(t => data.countsFor.includes(t))) return;
  const countsFor = [...state.series];
  const [counts, countsP] = await Promise.all([core.call('countsDays', countsFor),
    data.period === 'day' ? null : core.call('countsBy', data.period, countsFor)]);
  Object.assign(data, { counts, countsFor, countsP: countsP ?? counts });
}

// Occurrences of each series in the whole corpus, as the core sums them
// (its days and its undated articles).
export async function loadTotals() {
  const pairs = await core.call('totals');
  // No prototype: a query or a name may be `__proto__` or `constructor`.
  data.totals = Object.create(null);
  for (const [t, n] of pairs) data.totals[t] = n;
}

// Picks the period the charts use (the finest that fits the chart's width,
// unless the reader chose one) and the reports summed per that period.
export async function applyPeriod() {
  const period = state.by === 'auto' ? await core.call('fittingPeriod', width('mentions-chart')) : state.by;
  core.call('setPeriod', period);
  const [countsP, sentimentP] = await Promise.all([
    period === 'day' ? data.counts : core.call('countsBy', period, data.countsFor),
    // Before the first chart, only the counts exist.
    period === 'day' || !data.sentiment ? data.sentiment : core.call('sentimentBy', period)]);
  Object.assign(data, { period, countsP, sentimentP });
  $('mentions-heading').textContent = CHART_TITLE.mentions;
  $('sentiment-heading').textContent = CHART_TITLE.sentiment;
}

// The mentions of the series shown, per article: asked of the core once
// per set of series.
export async function articleMentions() {
  const key = state.series.join('\n');
  if (!data.mentions || data.mentions.key !== key) {
    const values = await core.call('articleMentions', state.series);
    data.mentions = { key, values };
  }
  return data.mentions.values;
}
