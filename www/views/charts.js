// The three charts (mentions, tone, the events strip) drawn again for
// the period counted.
import { core } from '../core/cores.js';
import { $ } from '../dom.js';
import { height, width } from '../layout.js';
import { applyPeriod } from '../reports.js';
import { hooks, state, theme } from '../state.js';
import { listEventsFrom } from './events.js';
import { wireChart } from './hover.js';
import { renderMentions } from './mentions.js';
import { renderSentiment } from './sentiment.js';

async function renderTimeline() {
  $('timeline-chart').innerHTML = await core.call('timelineSvg', width('timeline-chart'), height(70), theme(), state.day || '');
  wireChart('timeline-chart');
  // "+N", "← N earlier", "N later →": the events they count, listed from
  // the first (all days shown again, if a period was selected).
  for (const hit of $('timeline-chart').querySelectorAll('.note-hit')) {
    const list = async () => {
      if (state.day) await hooks.selectDay(state.day);
      await listEventsFrom(Number(hit.dataset.event), Number(hit.dataset.last));
    };
    hit.addEventListener('click', list);
    hit.addEventListener('keydown', ev => {
      if (ev.key !== 'Enter' && ev.key !== ' ') return;
      ev.preventDefault();
      list();
    });
  }
}

export async function renderCharts() {
  await applyPeriod();
  await Promise.all([renderMentions(), renderSentiment(), renderTimeline()]);
}
