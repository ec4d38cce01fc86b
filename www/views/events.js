// The list of dated events of the period selected.
import { core } from '../core/cores.js';
import { $, el, plural } from '../dom.js';
import { data, state } from '../state.js';
import { LIST_PAGE, listPage, listShown } from './lists.js';
import { openReader } from './reader.js';

function highlighted(sentence, expression) {
  const at = sentence.indexOf(expression);
  if (at < 0) return [sentence];
  return [sentence.slice(0, at), el('mark', null, expression), sentence.slice(at + expression.length)];
}

const RANK = { day: 0, week: 1, month: 2, year: 3 };

// The precision of a period's label: 2026-01-07, 2026-W02, 2026-01, 2026.
function labelRank(label) {
  if (/^\d{4}-\d{2}-\d{2}$/.test(label)) return RANK.day;
  if (/W/.test(label)) return RANK.week;
  return /^\d{4}-\d{2}$/.test(label) ? RANK.month : RANK.year;
}

export function ownFirst(events, label) {
  const rank = labelRank(label);
  const own = events.filter(e => RANK[e.precision] <= rank);
  return own.concat(events.filter(e => RANK[e.precision] > rank));
}

// The list of events (the timeline strip is drawn with the charts).
// With a period selected, its events as the core selects and counts them
// (the strip's count for the period, in the same words: "2026-01-07: 8
// events, and 2 of its month").
export async function renderEvents(firstPage = true) {
  if (firstPage) listShown.events = LIST_PAGE;
  const day = state.day;
  const selected = day ? await core.call('eventsIn', day) : null;
  if (day !== state.day) return;
  // The period's own events first, in date order, then those of the
  // longer periods that hold it ("and 8 of its year"): a day's events are
  // not listed after a year's.
  const all = selected ? ownFirst(selected.indices.map(i => data.events.events[i]), day) : data.events.events;
  $('events-count').textContent = selected ? `${day}: ${selected.count}` : plural(all.length, 'event');
  const shown = listPage('events', all, renderEvents);
  // A source is named by its article's title (its file id in the tooltip),
  // and by its day where the event's sources share a title (the same
  // headline on several days, a speech given every year).
  const articles = new Map(data.summary.articles.map(a => [a.id, a]));
  const sourceLabel = (e, id) => {
    const title = articles.get(id)?.title || id;
    const shared = e.sources.some(other => other !== id && (articles.get(other)?.title || other) === title);
    return shared ? `“${title}”, ${articles.get(id)?.date || 'undated'}` : `“${title}”`;
  };
  // Grouped by date: the date is written once, on the group's first event.
  $('events').replaceChildren(...shown.map((e, i) => el('li', { 'data-date': e.date, 'data-precision': e.precision, class: i > 0 && shown[i - 1].date === e.date ? 'same-day' : null },
    el('div', { class: 'when' }, i > 0 && shown[i - 1].date === e.date ? '' : e.date, el('small', null, i > 0 && shown[i - 1].date === e.date ? '' : e.precision)),
    el('div', null,
      el('div', { class: 'sentence' }, ...highlighted(e.sentence, e.expression)),
      el('div', { class: 'meta' },
        e.entities.length ? el('span', { class: 'entities' }, ...e.entities.flatMap((n, k) => (k ? [', ', el('bdi', null, n)] : [el('bdi', null, n)]))) : null,
        ...e.sources.map(id => {
          const b = el('button', { type: 'button', class: 'link-button', 'data-article': id, title: id }, 'read ', el('bdi', null, sourceLabel(e, id)));
          b.addEventListener('click', () => openReader(id, e.sentence));
          return b;
        }))))));
}

// The list of all events shown down to event `last` of the report; the
// events `first` to `last` are marked, and the first scrolled to and
// focused (a note of the events strip lists the events it counts).
export async function listEventsFrom(first, last = first) {
  listShown.events = Math.max(listShown.events, (Math.floor(last / LIST_PAGE) + 1) * LIST_PAGE);
  await renderEvents(false);
  const items = $('events').children;
  const item = items[first];
  if (!item) return;
  for (const old of $('events').querySelectorAll('li.target')) old.classList.remove('target');
  for (let i = first; i <= last && i < items.length; i++) items[i].classList.add('target');
  item.tabIndex = -1;
  item.scrollIntoView({ block: 'nearest' });
  item.focus({ preventScroll: true });
}
