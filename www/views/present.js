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
// The events list the presentation's place belongs to: a corpus loaded
// since starts again.
let presentedEvents = null;

// Where a presentation starts: the first event on or after the first
// article's day, so that the corpus's own time comes first and events
// it tells of from years before are one step back.
function startIndex() {
  const events = data.events.events;
  const days = data.summary.articles.map(a => a.date).filter(Boolean).sort();
  if (!days.length) return 0;
  const k = events.findIndex(e => e.date >= days[0].slice(0, e.date.length));
  // (All of them before it: the latest is the nearest.)
  return k < 0 ? Math.max(0, events.length - 1) : k;
}

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
    if (presentedEvents !== data.events.events) {
      presentedEvents = data.events.events;
      state.eventIndex = startIndex();
    }
    state.eventIndex = Math.min(state.eventIndex || 0, Math.max(0, data.events.events.length - 1));
    return showEvent();
  }
  $('reader').style.maxHeight = '';
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
  fitReader();
  $('present-prev').disabled = state.eventIndex === 0;
  $('present-next').disabled = state.eventIndex === events.length - 1;
}

// The reader ends where the bar starts, on a short screen (a projector's
// 768 px) as on a tall one, so that no line of it hides under the bar.
export function fitReader() {
  const reader = $('reader');
  reader.style.maxHeight = '';
  const room = $('present-bar').getBoundingClientRect().top - reader.getBoundingClientRect().top - 12;
  if (room >= 96 && room < reader.getBoundingClientRect().height) reader.style.maxHeight = `${Math.floor(room)}px`;
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
