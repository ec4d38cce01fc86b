// Your own texts: files picked, dropped or pasted, the load panel and
// what a load says it brought.
import { WorkerCore } from '../core/cores.js';
import { $, mb, num, plural, progress, saveBlob } from '../dom.js';
import { loadToken, MAX_CORPUS_BYTES, MAX_FILE_BYTES, showLoadError, showMeter, takeFiles } from './build.js';
import { whileLoading } from './busy.js';
import { switchWorkspace } from './switch.js';
import { downloadPage } from '../save/page.js';
import { bundled, corpusName, data, isSidecarFile, isTextFile, workspace } from '../state.js';
import { clearData, persist } from '../store/storage.js';
import { exportText, importWorkspace } from '../store/workspace-file.js';

// Files of a dropped folder, recursively, as { name, blob, fromFolder }.
async function entryFiles(entry, path) {
  if (entry.isFile) {
    const file = await new Promise((ok, fail) => entry.file(ok, fail));
    return [{ name: path + entry.name, blob: file, fromFolder: true }];
  }
  const reader = entry.createReader();
  const out = [];
  for (;;) {
    const batch = await new Promise((ok, fail) => reader.readEntries(ok, fail));
    if (!batch.length) break;
    for (const e of batch) {
      if (!e.name.startsWith('.')) out.push(...await entryFiles(e, `${path}${entry.name}/`));
    }
  }
  return out;
}

// Orders paths as the command line walks folders: by their first
// component, then the next (a folder's entries sorted by name; by UTF-16
// code unit, which is Rust's byte order but for characters beyond U+FFFF).
function byPath(a, b) {
  const x = a.name.split('/');
  const y = b.name.split('/');
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  }
  return x.length - y.length;
}

async function loadFiles(files) {
  return whileLoading(() => loadFilesNow(files));
}

async function loadFilesNow(files) {
  performance.mark('dateline:load-start');
  // The line says at once that a new load runs (the last "Loaded …" goes).
  progress(`Reading ${plural(files.length, 'file')}…`);
  showMeter(true);
  const token = loadToken;
  const skipped = [];
  const texts = [];
  // In the order the command line reads a folder (the browser lists it in
  // an order of its own): each folder's entries sorted by name.
  for (const f of [...files].sort(byPath)) {
    if (f.fromFolder && !isTextFile(f.name) && !isSidecarFile(f.name)) {
      skipped.push({ source: f.name, message: 'skipped: not a .txt, .md or .html file' });
    } else {
      texts.push(f);
    }
  }
  // The files go to the worker that will read them, which gives their
  // sizes: handing a picked file over, or asking its size, takes the
  // browser a look at the disk, some 0.1 ms a file, so a large folder goes
  // over a part at a time and the page keeps answering.
  const next = await WorkerCore.start();
  next.token = token;
  const taken = await takeFiles(next, texts).catch(err => {
    next.free();
    throw err;
  });
  if (!taken) {
    showMeter(false);
    progress('Cancelled: nothing was loaded; the corpus shown is unchanged.');
    return;
  }
  // "add": the files join the corpus shown (the bundled corpus stays in
  // or out as it is); "replace": they are the whole corpus now.
  const add = document.querySelector('input[name="load-mode"]:checked').value === 'add';
  const withSeeds = add && workspace.withSeeds;
  // Added to the bundled corpus, a text of the name of one of its pages
  // would give two articles the same id.
  const bundledNames = new Set(withSeeds ? bundled()?.map(f => f.name) ?? wasm_bindgen.Workspace.bundledNames() : []);
  const usable = [];
  texts.forEach((f, i) => {
    if (bundledNames.has(f.name) && !isSidecarFile(f.name)) {
      skipped.push({ source: f.name, message: 'skipped: the bundled corpus has a file of this name; rename yours to add it' });
    } else if (f.size > MAX_FILE_BYTES) {
      skipped.push({ source: f.name, message: `skipped: too large (${mb(f.size)}; the limit is 64 MB per file)` });
    } else {
      usable.push({ name: f.name, blob: f.blob, size: f.size });
    }
  });
  // Added, files join those loaded before (a file of the same name is
  // replaced).
  const incoming = new Set(usable.map(f => f.name));
  const renewed = add ? workspace.files.filter(f => incoming.has(f.name)).map(f => f.name) : [];
  const files2 = await withoutCopies(add ? [...workspace.files.filter(f => !incoming.has(f.name)), ...usable] : usable, skipped);
  const before = { files: workspace.files.length, seeds: workspace.withSeeds };
  // Refused before anything is read when the corpus would be too large:
  // the corpus shown stays as it is.
  const after = files2.reduce((sum, f) => sum + f.size, 0);
  if (after > MAX_CORPUS_BYTES) {
    next.free();
    showMeter(false);
    progress(`Not loaded: ${plural(usable.length, 'file')} would make your texts ${mb(after)}; the page takes up to ${mb(MAX_CORPUS_BYTES)} (it analyses in the browser's memory). The corpus shown is unchanged. Load a part of them, or use the command line (dateline counts, sentiment, events), which has no such limit.`);
    return;
  }
  // Added, the files earlier loads skipped stay listed (unless loaded
  // now).
  if (add) {
    const now = new Set(texts.map(f => f.name));
    for (const w of data.loadWarnings || []) {
      if (w.message.startsWith('skipped:') && !now.has(w.source) && !skipped.some(s => s.source === w.source)) skipped.push(w);
    }
  }
  const unreadable = [];
  // Added, the texts keep the dates set by hand and the edited names;
  // a corpus that replaces the one shown starts with neither.
  const kept = add ? { overrides: { ...workspace.overrides }, entities: workspace.entities, title: workspace.title || '' } : { overrides: {}, entities: '', title: '' };
  if (!await switchWorkspace({ files: files2, withSeeds, ...kept }, skipped, unreadable, { next, taken })) {
    // A load that a newer one stopped says nothing: the newer one reports.
    if (token === loadToken) progress('Cancelled: nothing was loaded; the corpus shown is unchanged.');
    return;
  }
  performance.mark('dateline:loaded');
  persist();
  progress(loadMessage(files.map(f => f.name), skipped, add ? null : before, renewed));
}

// The same text twice (a folder loaded again under another name, a copy in
// a subfolder) is read once: each later copy is skipped, and said. Only
// files of one size are compared, byte for byte.
async function withoutCopies(files, skipped) {
  const bySize = new Map();
  for (const f of files) {
    if (!f.size || isSidecarFile(f.name)) continue;
    bySize.set(f.size, [...(bySize.get(f.size) || []), f]);
  }
  const copies = new Set();
  for (const group of bySize.values()) {
    if (group.length < 2) continue;
    // (A file that cannot be read now is compared with none: reading it
    // says what is wrong.)
    const bytes = await Promise.all(group.map(f => f.blob.arrayBuffer().then(b => new Uint8Array(b), () => new Uint8Array(0))));
    for (let i = 1; i < group.length; i++) {
      const j = bytes.slice(0, i).findIndex((b, k) => !copies.has(group[k]) && b.length === bytes[i].length && b.length > 0 && b.every((x, n) => x === bytes[i][n]));
      if (j < 0) continue;
      copies.add(group[i]);
      skipped.push({ source: group[i].name, message: `skipped: the same text as ${group[j].name}, read once`, copy: true });
    }
  }
  return copies.size ? files.filter(f => !copies.has(f)) : files;
}

// What a load brought: the articles and problems of its own files (not
// those of earlier loads), what it replaced (the corpus shown, or files of
// the same names loaded before), and what is shown now.
function loadMessage(names, skipped, replaced, renewedNames = []) {
  // Texts only (an entities.toml or corpus.toml is no text of its own);
  // a skipped file gave none of the articles shown, even one of its name.
  names = names.filter(n => !isSidecarFile(n));
  const mine = new Set(names);
  const given = new Set(names.filter(n => !skipped.some(w => w.source === n)));
  const fileOf = id => id.slice(0, id.lastIndexOf('#'));
  const articles = data.summary.articles.filter(a => given.has(fileOf(a.id)));
  const gaveFrom = new Set(articles.map(a => fileOf(a.id)));
  const gave = gaveFrom.size;
  // (A file that gave its articles with a warning — read in a legacy
  // encoding, or from its own description — was read with a note; one
  // that gave none has a problem.)
  const warned = new Set([...skipped, ...data.loadWarnings, ...data.summary.warnings]
    .map(w => w.source).filter(s => mine.has(s)));
  const notes = [...warned].filter(s => gaveFrom.has(s)).length;
  const problems = warned.size - notes;
  // A copy is not kept with one's texts: said, so that the files counted
  // here and under the corpus's name agree (30 loaded, one a copy: "Your
  // texts: 29 files").
  const copies = skipped.filter(w => w.copy && mine.has(w.source)).length;
  const notKept = copies ? ` (${copies === 1 ? 'one a copy of another, not kept' : `${num(copies)} copies of others, not kept`})` : '';
  let what = `Loaded ${gave === names.length ? plural(gave, 'file') : `${num(gave)} of ${plural(names.length, 'file')}`}${notKept}: ${plural(articles.length, 'article')}`;
  const noted = notes ? `${problems ? ' and' : ''} ${plural(notes, 'file')} read with a note` : '';
  if (problems || notes) what += `;${problems ? ` ${plural(problems, 'file')} with problems` : ''}${noted} (see "Files with problems")`;
  // (A file of an earlier load's name that could not be read now
  // replaced nothing worth saying: it gave no text.)
  const renewed = renewedNames.filter(n => gaveFrom.has(n)).length;
  if (renewed) what += ` (${renewed === 1 ? 'it replaces the file' : `they replace the ${num(renewed)} files`} of the same name loaded before)`;
  if (replaced) {
    const was = [replaced.files ? plural(replaced.files, 'earlier file') : '', replaced.seeds ? 'the bundled corpus' : ''].filter(Boolean).join(' and ');
    if (was) what += `, instead of ${was}`;
  }
  // The choice above turned to "join" (one's own texts are shown now).
  const next = document.querySelector('fieldset.mode')?.dataset.switched === 'add'
    ? ' The next texts you load join these (or choose “replace it” above).' : '';
  return `${what}. Shown now: ${corpusName()}.${next}`;
}

export function wireLoading() {
  const zone = $('drop-zone');
  const pick = input => input.addEventListener('change', () => {
    const fromFolder = input.id === 'folder-input';
    const files = [...input.files].map(f => ({ name: f.webkitRelativePath || f.name, blob: f, fromFolder }));
    input.value = '';
    if (files.length) loadFiles(files).catch(showLoadError);
  });
  // Once the user chooses a mode, it is theirs (see suggestLoadMode).
  for (const radio of document.querySelectorAll('input[name="load-mode"]')) {
    radio.addEventListener('change', () => { document.querySelector('fieldset.mode').dataset.chosen = '1'; });
  }
  pick($('file-input'));
  pick($('folder-input'));
  zone.addEventListener('dragover', ev => { ev.preventDefault(); zone.classList.add('over'); });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', ev => {
    ev.preventDefault();
    zone.classList.remove('over');
    const items = [...(ev.dataTransfer.items || [])].map(i => i.webkitGetAsEntry && i.webkitGetAsEntry()).filter(Boolean);
    progress('Reading the dropped files…');
    const work = items.length
      ? Promise.all(items.map(e => entryFiles(e, ''))).then(lists => lists.flat().map(f => ({ ...f, fromFolder: f.name.includes('/') })))
      : Promise.resolve([...ev.dataTransfer.files].map(f => ({ name: f.name, blob: f, fromFolder: false })));
    work.then(files => files.length && loadFiles(files)).catch(showLoadError);
  });
  $('load-cancel').addEventListener('click', () => { loadToken.cancelled = true; });
  $('paste-load').addEventListener('click', () => {
    const text = $('paste-text').value;
    if (!text.trim()) { progress('Paste a text first.'); return; }
    let name = $('paste-name').value.trim() || 'pasted-text.txt';
    if (!isTextFile(name)) name += '.txt';
    loadFiles([{ name, blob: new Blob([text], { type: 'text/plain' }), fromFolder: false }]).catch(showLoadError);
  });
  $('reset-seeds').addEventListener('click', async () => {
    await switchWorkspace({ files: [], withSeeds: true, overrides: {}, entities: '', title: '' });
    persist();
    progress('Back to the bundled corpus.');
  });
  $('download-page').addEventListener('click', downloadPage);
  $('embed-download').addEventListener('click', downloadPage);
  $('export-workspace').addEventListener('click', async () => {
    saveBlob(new Blob([await exportText()], { type: 'application/json' }), 'dateline-workspace.json');
  });
  $('import-workspace').addEventListener('change', ev => {
    const file = ev.target.files[0];
    ev.target.value = '';
    if (file) importWorkspace(file).catch(showLoadError);
  });
  $('top-note-close').addEventListener('click', () => { $('top-note').hidden = true; });
  $('clear-data').addEventListener('click', () => { clearData().catch(showLoadError); });
}
