// The names editor: rename, merge, split off a form, hide, add, undo.
import { core } from '../core/cores.js';
import { $, el, num } from '../dom.js';
import { showLoadError } from '../load/build.js';
import { loadReports } from '../reports.js';
import { data, setSeries, state, workspace } from '../state.js';
import { persist } from '../store/storage.js';
import { saveView } from '../url.js';
import { renderAll } from './day.js';
import { renderChips } from './mentions.js';

const KINDS = ['person', 'place', 'organisation', 'other'];

function entitiesStatus(kind, text) {
  $('entities-status').dataset.state = kind;
  $('entities-status').textContent = text;
}

// Applies one edit (see crate::entities::Edit) in the core, which counts
// everything again; the edited list is kept with the workspace. The series
// shown follow a renamed or merged entity.
async function editEntities(edit, done) {
  const began = performance.now();
  entitiesStatus('busy', 'Counting again…');
  let toml;
  try {
    const arg = edit.to ?? edit.kind ?? edit.into ?? edit.alias ?? '';
    toml = await core.call('editEntities', edit.op, edit.name, arg, edit.aliases ?? []);
  } catch (err) {
    entitiesStatus('error', `Not changed: ${err && err.message ? err.message : err}`);
    return false;
  }
  workspace.entities = toml;
  const follow = { rename: edit.to, merge: edit.into, hide: null }[edit.op];
  if (follow !== undefined) {
    // A renamed series keeps its place; one merged into a series shown
    // leaves its place free.
    const slots = state.slots.map(t => (t === edit.name ? (follow && !state.slots.includes(follow) ? follow : '') : t));
    state.slots = slots;
    setSeries(slots.filter(Boolean));
  }
  await afterEntitiesChanged();
  entitiesStatus('ok', `${done} Counted again in ${Math.round(performance.now() - began)} ms.`);
  return true;
}

// The views after the entity list changed: the reports again, the series
// shown that still exist (the most mentioned if none does).
async function afterEntitiesChanged() {
  persist();
  await loadReports();
  setSeries(state.series.filter(t => data.counts.terms.includes(t)));
  if (!state.series.length) setSeries(await core.call('topSeries', 4));
  if (state.kwicTerm && !data.counts.terms.includes(state.kwicTerm)) state.kwicTerm = null;
  saveView();
  renderChips();
  await Promise.all([renderAll(), $('entities-dialog').open ? renderEntityEditor() : null]);
}

async function openEntityEditor() {
  entitiesStatus('', '');
  await renderEntityEditor();
  $('entities-dialog').showModal();
}

function kindSelect(value, label, onChange) {
  const select = el('select', { 'aria-label': label },
    ...[...new Set([...KINDS, value])].map(k => el('option', { value: k, ...(k === value ? { selected: '' } : {}) }, k)));
  select.addEventListener('change', () => onChange(select.value));
  return select;
}

// One row per entity, most mentioned first: its name (edit to rename),
// kind, mentions, the forms it was met in (each can be split off), a
// "merge into" choice and "hide".
async function renderEntityEditor() {
  const report = await core.call('entitiesReport');
  const names = report.entities.map(e => e.name);
  const head = el('tr', null, ...['Name', 'Kind', 'Mentions', 'Forms met (mentions)', 'Merge into', ''].map(h => el('th', { scope: 'col' }, h)));
  const rows = report.entities.map(e => {
    const name = el('input', { type: 'text', value: e.name, spellcheck: 'false', 'aria-label': `Name of ${e.name}` });
    // Enter and leaving the field both ask (Enter also fires "change"):
    // a name is sent once.
    let sent = e.name;
    const rename = () => {
      const to = name.value.trim();
      if (!to) name.value = e.name;
      if (!to || to === sent) return;
      sent = to;
      editEntities({ op: 'rename', name: e.name, to }, `Renamed "${e.name}" to "${to}".`).then(ok => { if (!ok) { sent = e.name; name.value = e.name; } });
    };
    name.addEventListener('change', rename);
    name.addEventListener('keydown', ev => { if (ev.key === 'Enter') { ev.preventDefault(); rename(); } });
    // The forms the texts never wrote (a place's names in other languages,
    // 'Pakistán', 'Paquistão') are summed up after the others, named on
    // hover: a row lists what was met.
    const met = e.aliases.filter(a => a.mentions > 0 || a.alias === e.name);
    const unmet = e.aliases.filter(a => !met.includes(a));
    const forms = met.map(a => {
      const parts = [a.alias, el('span', { class: 'count' }, num(a.mentions))];
      if (a.alias !== e.name) {
        const split = el('button', { type: 'button', class: 'link-button', title: `Count "${a.alias}" as an entity of its own`, 'aria-label': `Split "${a.alias}" off ${e.name}` }, 'split');
        split.addEventListener('click', () => editEntities({ op: 'split', name: e.name, alias: a.alias }, `"${a.alias}" is now an entity of its own.`));
        parts.push(' ', split);
      }
      return el('span', { class: 'alias' }, ...parts);
    });
    if (unmet.length) forms.push(el('span', { class: 'alias muted', title: unmet.map(a => a.alias).join(', ') }, `+ ${unmet.length} not met`));
    // The choices are made when the list is opened: a long list of names
    // in every row would slow the dialog down.
    const merge = el('select', { 'aria-label': `Merge ${e.name} into` }, el('option', { value: '' }, 'merge into…'));
    const fill = () => {
      if (merge.options.length > 1) return;
      merge.append(...names.filter(n => n !== e.name).map(n => el('option', { value: n }, n)));
    };
    merge.addEventListener('focus', fill);
    merge.addEventListener('pointerdown', fill);
    merge.addEventListener('change', () => {
      if (merge.value) editEntities({ op: 'merge', name: e.name, into: merge.value }, `Merged "${e.name}" into "${merge.value}".`);
    });
    const hide = el('button', { type: 'button', class: 'link-button', 'aria-label': `Hide ${e.name}` }, 'hide');
    hide.addEventListener('click', () => editEntities({ op: 'hide', name: e.name }, `"${e.name}" is hidden.`));
    return el('tr', { 'data-entity': e.name },
      el('td', null, name),
      el('td', null, kindSelect(e.kind, `Kind of ${e.name}`, kind => editEntities({ op: 'kind', name: e.name, kind }, `"${e.name}" is ${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}.`))),
      el('td', { class: 'num' }, num(e.mentions)),
      el('td', null, ...forms),
      el('td', null, merge),
      el('td', null, hide));
  });
  $('entities-table').replaceChildren(el('thead', null, head), el('tbody', null, ...rows));
  $('entities-ambiguous').hidden = !report.ambiguous.length;
  $('entities-ambiguous').textContent = report.ambiguous.length
    ? `Counted on their own, as two full names share them: ${report.ambiguous.join(', ')}. To count one for a person, merge it into that person.` : '';
  $('entities-hidden').hidden = !report.hidden.length;
  $('entities-hidden').replaceChildren(el('span', { class: 'muted' }, 'Hidden: '), ...report.hidden.map(h => {
    const show = el('button', { type: 'button', class: 'link-button', 'aria-label': `Show ${h} again` }, 'show again');
    show.addEventListener('click', () => editEntities({ op: 'show', name: h }, `"${h}" may be found again.`));
    return el('span', { class: 'hidden-name' }, h, ' ', show);
  }));
  $('entities-reset').hidden = !workspace.entities;
}

export function wireEntityEditor() {
  $('entities-edit').addEventListener('click', () => { openEntityEditor().catch(showLoadError); });
  $('entities-close').addEventListener('click', () => $('entities-dialog').close());
  $('entity-add').addEventListener('submit', async ev => {
    ev.preventDefault();
    const name = $('entity-add-name').value.trim();
    const aliases = $('entity-add-aliases').value.split(',').map(a => a.trim()).filter(Boolean);
    if (await editEntities({ op: 'add', name, kind: $('entity-add-kind').value, aliases }, `Added "${name}".`)) {
      $('entity-add-name').value = '';
      $('entity-add-aliases').value = '';
    }
  });
  $('entities-reset').addEventListener('click', async () => {
    const began = performance.now();
    try {
      await core.call('useEntities', '');
    } catch (err) {
      entitiesStatus('error', `Not changed: ${err && err.message ? err.message : err}`);
      return;
    }
    workspace.entities = '';
    await afterEntitiesChanged();
    entitiesStatus('ok', `Your changes are undone. Counted again in ${Math.round(performance.now() - began)} ms.`);
  });
}
