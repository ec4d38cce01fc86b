// The three charts (mentions, tone, the events strip) drawn again for
// the period counted.
import { core } from '../core/cores.js';
import { $ } from '../dom.js';
import { height, width } from '../layout.js';
import { applyPeriod } from '../reports.js';
import { state, theme } from '../state.js';
import { wireChart } from './hover.js';
import { renderMentions } from './mentions.js';
import { renderSentiment } from './sentiment.js';

async function renderTimeline() {
  $('timeline-chart').innerHTML = await core.call('timelineSvg', width('timeline-chart'), height(70), theme(), state.day || '');
  wireChart('timeline-chart');
}

export async function renderCharts() {
  await applyPeriod();
  await Promise.all([renderMentions(), renderSentiment(), renderTimeline()]);
}
