// The workspace kept in this browser (IndexedDB): saved after each
// change, one writer at a time across tabs, restored at start, cleared on
// demand.
import { noteTop, plural, progress, setStatus } from '../dom.js';
import { showLoadError } from '../load/build.js';
import { loading, recheckLater, whileLoading } from '../load/busy.js';
import { switchWorkspace } from '../load/switch.js';
import { STORE_KEY, workspace } from '../state.js';
import { applyHash, stateToHash } from '../url.js';
import { renderFromState } from '../views/day.js';

// Why the browser refused, in words: a full quota named as such, else the
// error's message (an aborted transaction may give no error at all).
function reason(err) {
  if (err && err.name === 'QuotaExceededError') return 'its storage for this page is full';
  if (err && err.message) return err.message;
  return err ? String(err) : 'no reason given';
}

function idbRequest(mode, work) {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('dateline', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('workspace');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction('workspace', mode);
      let req;
      try {
        req = work(tx.objectStore('workspace'));
      } catch (err) {
        // A full quota can throw here rather than fail the transaction.
        try { tx.abort(); } catch (e) { /* already finished */ }
        open.result.close();
        reject(err);
        return;
      }
      tx.oncomplete = () => { open.result.close(); resolve(req.result); };
      tx.onerror = () => { open.result.close(); reject(tx.error || new Error('the browser refused to store it')); };
      tx.onabort = () => { open.result.close(); reject(tx.error || new Error('the browser refused to store it')); };
    };
  });
}

// One writer at a time, nothing lost between tabs. The stored record
// carries `dataRev`, raised each time its texts, dates or names change;
// each tab knows the one it last read or wrote (`synced`). A tab writes
// only over the version it knows: when another tab has written newer data,
// this tab follows it instead (and asks first if it has changes of its
// own). Tabs tell each other of each change (BroadcastChannel) and follow
// at once; "Clear my data" writes an empty record that they follow too.
let synced = { dataRev: 0, files: null, rest: '', base: null };

let channel = null;

function dataKey(w) {
  return JSON.stringify([w.withSeeds, Object.entries(w.overrides).sort(), w.entities, w.title || '']);
}

// What a workspace holds, as `synced` keeps it; taken when its record is
// built, not when the write ends: a date set while the write was under way
// (dates change in place) is then still this tab's own change, saved and
// announced next, rather than taken for saved.
function heldBy(w) {
  return { files: w.files, rest: dataKey(w), base: snapshot(w) };
}

export function markSynced(dataRev, held = heldBy(workspace)) {
  synced = { dataRev, ...held };
}

function snapshot(w) {
  return { files: [...w.files], withSeeds: w.withSeeds, overrides: { ...w.overrides }, entities: w.entities, title: w.title || '' };
}

// Both tabs' work, when another tab saved while this one had changes of
// its own: the other tab's workspace (`theirs`) with this tab's changes
// since it last read or wrote (`base` → `mine`) made on it. A text this
// tab added under a name the other tab also used is kept beside it (its
// name marked); a date or the names this tab changed are this tab's.
function mergeWorkspaces(base, mine, theirs) {
  const named = list => new Map(list.map(f => [f.name, f]));
  const baseNames = named(base.files);
  const mineNames = named(mine.files);
  const files = theirs.files.filter(f => !(baseNames.has(f.name) && !mineNames.has(f.name)));
  const taken = new Set(files.map(f => f.name));
  for (const f of mine.files) {
    if (baseNames.get(f.name) === f) continue;
    if (!taken.has(f.name)) { files.push(f); taken.add(f.name); continue; }
    if (files.some(g => g.name === f.name && g.size === f.size && g.blob === f.blob)) continue;
    const dot = f.name.lastIndexOf('.');
    const [stem, ext] = dot > f.name.lastIndexOf('/') ? [f.name.slice(0, dot), f.name.slice(dot)] : [f.name, ''];
    let n = 2;
    while (taken.has(`${stem} (${n})${ext}`)) n += 1;
    const name = `${stem} (${n})${ext}`;
    files.push({ ...f, name });
    taken.add(name);
  }
  const overrides = { ...theirs.overrides };
  for (const id of new Set([...Object.keys(base.overrides), ...Object.keys(mine.overrides)])) {
    if (base.overrides[id] === mine.overrides[id]) continue;
    if (id in mine.overrides) overrides[id] = mine.overrides[id];
    else delete overrides[id];
  }
  // A date for a text no longer in the workspace goes with it.
  const userNames = new Set([...base.files, ...mine.files, ...theirs.files].map(f => f.name));
  const names = new Set(files.map(f => f.name));
  for (const id of Object.keys(overrides)) {
    const file = id.slice(0, id.lastIndexOf('#'));
    if (userNames.has(file) && !names.has(file)) delete overrides[id];
  }
  return {
    files,
    withSeeds: mine.withSeeds !== base.withSeeds ? mine.withSeeds : theirs.withSeeds,
    overrides,
    entities: mine.entities !== base.entities ? mine.entities : theirs.entities,
    title: mine.title !== base.title ? mine.title : theirs.title,
  };
}

function hasOwnChanges() {
  return workspace.files !== synced.files || dataKey(workspace) !== synced.rest;
}

// Reads the stored record and writes what `decide` returns in the same
// transaction (nothing when it returns null); resolves to what was written.
function idbUpdate(decide) {
  let written = null;
  // A full quota can throw at the put rather than fail the transaction.
  let refused = null;
  return idbRequest('readwrite', store => {
    const get = store.get(STORE_KEY);
    get.onsuccess = () => {
      written = decide(get.result);
      if (!written) return;
      try {
        store.put(written, STORE_KEY);
      } catch (err) {
        refused = err;
        try { get.transaction.abort(); } catch (e) { /* already finished */ }
      }
    };
    return get;
  }).then(() => written, err => { throw refused || err; });
}

let persistTimer = 0;
// One save at a time: each reads the revision the one before it wrote. Two
// in flight (a large load's save still writing when "Back to the bundled
// corpus" saved again) took this tab's own save for another tab's, asked
// which to keep, and showed the texts again.
let saving = Promise.resolve();

export function persist() {
  clearTimeout(persistTimer);
  persistTimer = setTimeout(() => {
    const run = saving.then(() => save());
    saving = run.catch(() => {});
  }, 50);
}

async function save() {
  if (loading) { recheckLater(); return; }
  const changed = hasOwnChanges();
  const known = synced.dataRev;
  const held = heldBy(workspace);
  // Version 2 keeps each file as a Blob (version 1 kept its bytes). (A
  // copy of the dates: the record is cloned when the write starts.)
  const record = { version: 2, files: held.base.files, withSeeds: held.base.withSeeds, overrides: held.base.overrides, entities: held.base.entities, title: held.base.title, view: stateToHash() };
  let newer = false;
  let written;
  try {
    written = await idbUpdate(current => {
      const stored = current?.dataRev ?? 0;
      // Another tab saved newer texts, dates or names: not overwritten
      // unless the user says so below.
      if (stored > known) { newer = true; return null; }
      return { ...record, dataRev: Math.max(stored, known) + (changed ? 1 : 0) };
    });
  } catch (err) {
    noteTop(`Not saved: this browser refused to store your workspace (${reason(err)}). What was saved before is kept; export it to keep a copy.`);
    return;
  }
  if (written) {
    markSynced(written.dataRev, held);
    if (changed) channel?.postMessage({ key: STORE_KEY, dataRev: written.dataRev });
    return;
  }
  if (newer && changed && confirm('Another tab of this page changed your saved workspace since this tab read it. OK keeps both: the other tab\'s texts, dates and names with this tab\'s changes made on them. Cancel shows the other tab\'s here and drops this tab\'s changes.')) {
    await keepBoth(synced.base, snapshot(workspace));
    return;
  }
  await followStored('Your workspace was changed in another tab of this page: this tab now shows it.');
}

// Shows and saves both tabs' work (see `mergeWorkspaces`); on a failure
// this tab's workspace stays shown and the stored one stays as it is.
async function keepBoth(base, mine) {
  if (loading) { recheckLater(); return; }
  const shown = await whileLoading(async () => {
    const saved = await readStored();
    const theirs = saved ? storedWorkspace(saved) : { files: [], withSeeds: true, overrides: {}, entities: '', title: '' };
    const merged = mergeWorkspaces(base, mine, theirs);
    try {
      if (!await switchWorkspace(merged)) return false;
    } catch (err) {
      noteTop(`Could not join this tab's changes to the other tab's (${reason(err)}); nothing was saved.`);
      return false;
    }
    const held = heldBy(workspace);
    let written;
    try {
      written = await idbUpdate(current => ({ version: 2, ...held.base, view: stateToHash(), dataRev: (current?.dataRev ?? 0) + 1 }));
    } catch (err) {
      noteTop(`Not saved: this browser refused to store your workspace (${reason(err)}).`);
      return false;
    }
    markSynced(written.dataRev, held);
    channel?.postMessage({ key: STORE_KEY, dataRev: written.dataRev });
    return true;
  });
  if (!shown) return;
  noteTop('Another tab of this page had changed your workspace: this tab now shows its texts with your changes, and both are saved.');
  progress(`Joined your changes to the other tab's workspace: ${plural(workspace.files.length, 'file')}, ${plural(Object.keys(workspace.overrides).length, 'date')} set by hand.`);
}

// Reads the stored workspace; null when there is none (or it cannot be
// read), else it with its files as Blobs.
async function readStored() {
  let saved;
  try {
    saved = await idbRequest('readonly', store => store.get(STORE_KEY));
  } catch (err) {
    return null;
  }
  if (!saved || (saved.version !== 1 && saved.version !== 2)) return null;
  saved.files = saved.files.map(f => (saved.version === 1
    ? { name: f.name, blob: new Blob([f.bytes]), size: f.bytes.length }
    : { name: f.name, blob: f.blob, size: f.size ?? f.blob.size }));
  saved.dataRev = saved.dataRev ?? 0;
  return saved;
}

// The workspace a stored record holds.
function storedWorkspace(saved) {
  return { files: saved.files, withSeeds: saved.withSeeds, overrides: { ...saved.overrides }, entities: typeof saved.entities === 'string' ? saved.entities : '', title: typeof saved.title === 'string' ? saved.title : '' };
}

// Shows the workspace another tab stored, keeping this tab's view where
// it still applies.
async function followStored(message) {
  if (loading) { recheckLater(); return; }
  // (As a load: a change announced meanwhile is followed after it.)
  const shown = await whileLoading(async () => {
    const saved = await readStored();
    const next = saved ? storedWorkspace(saved) : { files: [], withSeeds: true, overrides: {}, entities: '', title: '' };
    const held = heldBy(next);
    const view = stateToHash();
    try {
      if (!await switchWorkspace(next)) return false;
    } catch (err) {
      noteTop(`Could not show the workspace saved in another tab (${reason(err)}); this tab still shows its own.`);
      return false;
    }
    markSynced(saved ? saved.dataRev : 0, held);
    if (await applyHash(view)) await renderFromState();
    return true;
  });
  if (!shown) return;
  noteTop(message);
  // (The progress line no longer says "Analysing …" of the switch.)
  progress(message);
}

function listenToOtherTabs() {
  if (typeof BroadcastChannel !== 'function') return;
  channel = new BroadcastChannel('dateline-workspace');
  channel.onmessage = ev => {
    const m = ev.data;
    if (!m || m.key !== STORE_KEY || !(m.dataRev > synced.dataRev)) return;
    // While loading, or with changes of this tab not yet saved: the save
    // (after the load) asks which to keep or follows.
    if (loading) { recheckLater(); return; }
    if (hasOwnChanges()) { persist(); return; }
    followStored(m.cleared
      ? 'Your data was removed in another tab of this page; the bundled corpus is back.'
      : 'Your workspace was changed in another tab of this page: this tab now shows it.').catch(showLoadError);
  };
}

export async function restore() {
  listenToOtherTabs();
  const saved = await readStored();
  // Until the saved texts are shown, this tab holds none of them: should
  // it save first (the restore cancelled), it follows them instead.
  markSynced(0);
  if (!saved) return;
  if (!saved.files.length && !Object.keys(saved.overrides || {}).length && !saved.entities && !saved.title) {
    markSynced(saved.dataRev);
    if (!location.hash && saved.view && await applyHash(saved.view)) await renderFromState();
    return;
  }
  progress(`Restoring your workspace: ${plural(saved.files.length, 'file')}…`);
  // The bundled corpus on screen is no longer what the page is about to
  // show: the status says so until the saved texts are drawn.
  setStatus('loading', `Restoring your workspace: ${plural(saved.files.length, 'file')}…`);
  const shown = await whileLoading(async () => {
    const next = storedWorkspace(saved);
    const held = heldBy(next);
    if (!await switchWorkspace(next)) return false;
    markSynced(saved.dataRev, held);
    return true;
  });
  if (!shown) {
    progress('Cancelled: your saved texts were not loaded; they stay saved in this browser.');
    setStatus('ready', 'Your saved texts were not loaded: the bundled corpus is shown.');
    return;
  }
  if (await applyHash(location.hash || saved.view || '')) await renderFromState();
  progress(`Restored your workspace: ${plural(workspace.files.length, 'file')}, ${plural(Object.keys(workspace.overrides).length, 'date')} set by hand.`);
}

// "Clear my data": asks first, then stores an empty record that other
// tabs follow, and shows the bundled corpus again.
export async function clearData() {
  // One click next to "Import" must not erase everything: asked first.
  const what = `${plural(workspace.files.length, 'file')}, ${plural(Object.keys(workspace.overrides).length, 'date')} set by hand`;
  if (!confirm(`Remove your texts (${what}) and your view from this browser? Export them first to keep a copy.`)) {
    progress('Nothing was removed.');
    return;
  }
  // An empty record, newer than any tab's: other tabs follow it rather
  // than save their copy over it.
  let written;
  try {
    written = await idbUpdate(current => ({ version: 2, files: [], withSeeds: true, overrides: {}, entities: '', title: '', view: '', dataRev: Math.max(current?.dataRev ?? 0, synced.dataRev) + 1 }));
  } catch (err) {
    progress(`Could not remove your data from this browser (${reason(err)}); it is still stored.`);
    return;
  }
  const empty = { files: [], withSeeds: true, overrides: {}, entities: '', title: '' };
  const held = heldBy(empty);
  await switchWorkspace(empty);
  markSynced(written.dataRev, held);
  channel?.postMessage({ key: STORE_KEY, dataRev: written.dataRev, cleared: true });
  history.replaceState(null, '', location.pathname);
  progress('Your data was removed from this browser; the bundled corpus is back.');
}
