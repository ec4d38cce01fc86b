// The list of articles (dates, where each came from, words, mentions),
// dates set by hand, and the files with problems.
import { core } from '../core/cores.js';
import { $, appendAll, el, num, plural, progress } from '../dom.js';
import { articleMentions, loadReports } from '../reports.js';
import { articleRows, data, DATE_SOURCE_LABEL, hooks, sortRows, state, workspace } from '../state.js';
import { LIST_PAGE, listPage, listShown } from './lists.js';
import { openReader } from './reader.js';

function fromCell(a) {
  const cell = el('td', { class: 'from-cell' }, el('span', { class: `from from-${a.date_source}` }, DATE_SOURCE_LABEL[a.date_source]));
  if (a.date_source === 'none' || a.date_source === 'manual' || a.date_source === 'wire') {
    cell.append(dateControl(a));
  }
  if (a.date_source === 'manifest' && a.date_note) {
    cell.append(el('details', { class: 'from-detail' }, el('summary', null, 'evidence'), a.date_note));
  } else if (a.printed_date) {
    cell.append(el('span', { class: 'from-detail' }, a.printed_date));
  }
  return cell;
}

// An undated article can be given a day by hand; the override is marked
// and can be undone.
function dateControl(a) {
  const box = el('span', { class: 'date-set' });
  box.addEventListener('click', ev => ev.stopPropagation());
  if (a.date_source === 'manual') {
    const undo = el('button', { type: 'button', class: 'link-button', 'data-undo': a.id }, 'undo');
    undo.addEventListener('click', () => setDate(a.id, ''));
    box.append(undo);
    return box;
  }
  const input = el('input', { type: 'date', 'aria-label': `Date for ${a.title}`, 'data-date-for': a.id });
  const set = el('button', { type: 'button', class: 'link-button', 'data-set-date': a.id }, 'set date');
  set.addEventListener('click', () => { if (input.value) setDate(a.id, input.value); });
  box.append(input, set);
  return box;
}

async function setDate(id, date) {
  try {
    await core.call('setDate', id, date);
  } catch (err) {
    progress(`Could not set the date: ${err.message || err}`);
    return;
  }
  if (date) workspace.overrides[id] = date;
  else delete workspace.overrides[id];
  await loadReports();
  await hooks.renderAll();
  hooks.persist();
}

export async function renderArticles(firstPage = true) {
  const mentions = await articleMentions();
  if (firstPage) listShown.articles = LIST_PAGE;
  const rows = sortRows(articleRows(mentions));
  $('articles-count').textContent = `${plural(rows.length, 'article')}${state.day ? ` on ${state.day}` : ''}`;
  for (const th of document.querySelectorAll('#articles th')) {
    const k = th.querySelector('button').dataset.sort;
    if (k === state.sort.key) th.setAttribute('aria-sort', state.sort.dir > 0 ? 'ascending' : 'descending');
    else th.removeAttribute('aria-sort');
  }
  document.querySelector('#articles tbody').replaceChildren(...listPage('articles', rows, renderArticles).map(a => {
    const link = el('a', { class: 'title', href: `#${encodeURIComponent(a.id)}` }, a.title);
    link.addEventListener('click', ev => { ev.preventDefault(); openReader(a.id); });
    return el('tr', { 'data-id': a.id, 'data-date': a.date || '', 'data-words': String(a.words) },
      el('td', { class: a.date ? 'date' : 'date undated' }, a.date || 'undated'),
      el('td', { class: 'title-cell' }, link, el('span', { class: 'source' }, a.id)),
      fromCell(a),
      el('td', { class: 'num words' }, num(a.words)),
      el('td', { class: 'num mentions' }, String(a.mentions)));
  }));
}

export function renderWarnings() {
  const ws_ = [...(data.loadWarnings || []), ...data.summary.warnings];
  // (A file name is isolated: U+202E in it cannot reverse the message.)
  $('warnings').replaceChildren();
  appendAll($('warnings'), ws_.map(w => el('li', null, el('bdi', { class: 'file' }, w.source), `: ${w.message}`)));
  $('warnings-section').hidden = ws_.length === 0;
}
