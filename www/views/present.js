// Presentation mode: large type, the events stepped through with the
// arrow keys or the bar's buttons.
import { $, el } from '../dom.js';
import { boxWidths } from '../layout.js';
import { data, state } from '../state.js';
import { saveView } from '../url.js';
import { renderDayViews } from './day.js';
import { openReader, sentenceRange } from './reader.js';

// Large type, high contrast, full width; arrow keys step through the events
// in date order while the charts mark the event's day and the reader shows
// its sentence.
// Leaving it puts back the period selected before (or none), and the
// article that was in the reader.
let beforePresent = null;

export function setPresent(on) {
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
  if (!e) { $('present-text').textContent = 'No events to present.'; return; }
  state.day = e.date;
  await renderDayViews();
  await openReader(e.sources[0], e.sentence, true);
  // Scroll the reader (not the page) to the event's sentence: its first
  // line near the top, however long its paragraph.
  const focus = $('reader').querySelector('p.focus');
  if (focus) {
    const at = sentenceRange(focus, e.sentence) || focus;
    $('reader').scrollTop += at.getBoundingClientRect().top - $('reader').getBoundingClientRect().top - 24;
  }
  window.scrollTo(0, 0);
  $('present-text').replaceChildren(
    el('span', { class: 'where' }, `Event ${state.eventIndex + 1} of ${events.length} · ${e.date}`),
    el('span', null, e.sentence));
  $('present-prev').disabled = state.eventIndex === 0;
  $('present-next').disabled = state.eventIndex === events.length - 1;
}

// One event on or back (the arrow keys, or the bar's buttons on a touch
// screen, which has no keys).
export function presentStep(by) {
  if (!state.present) return null;
  const n = data.events.events.length;
  state.eventIndex = Math.max(0, Math.min(n - 1, state.eventIndex + by));
  return showEvent();
}

export function presentKeys(ev) {
  if (!state.present) return;
  if (ev.key === 'ArrowRight' || ev.key === 'ArrowLeft') {
    ev.preventDefault();
    presentStep(ev.key === 'ArrowRight' ? 1 : -1);
  } else if (ev.key === 'Escape') {
    setPresent(false);
  }
}
